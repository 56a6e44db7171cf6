print("hp_order_pkg.child.grand_a: start")
import hp_order_shared
from . import grand_b
print("hp_order_pkg.child.grand_a: end")
