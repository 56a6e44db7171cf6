print("hp_order_pkg: init start")
import hp_order_shared
print("hp_order_pkg: init end")
