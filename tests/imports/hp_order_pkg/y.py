print("hp_order_pkg.y: body")
