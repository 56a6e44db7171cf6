print("hp_order_pkg.child.grand_b: start")
import hp_order_shared
print("hp_order_pkg.child.grand_b: end")
