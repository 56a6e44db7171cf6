print("hp_order_inner: body")
INNER = "inner"
