print("hp_order_pkg.child: init start")
from . import grand_b
print("hp_order_pkg.child: init end")
