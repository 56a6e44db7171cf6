print("hp_order_pkg.x: body")
