# Import-time side effects: bodies run once, parents before children, nested
# imports depth-first, function-level imports run at call time.
import sys

print("-- import hp_order_pkg.child.grand_a")
import hp_order_pkg.child.grand_a
print("shared ran:", sys._hp_order_shared_runs)

print("-- again: nothing runs")
import hp_order_pkg.child.grand_a
import hp_order_pkg.child.grand_b
from hp_order_pkg.child import grand_a, grand_b
import hp_order_shared

print("-- from hp_order_pkg import y, x: in the order listed")
from hp_order_pkg import y, x

print("-- import in a function runs when called, once")
import hp_order_lazy
print("defined use()")
print(hp_order_lazy.use())
print(hp_order_lazy.use())

print("-- conditional imports")
import hp_order_cond
print("never-run import not attempted:", "hp_order_inner_never_run" in sys.modules)

print("-- one statement, several modules")
import hp_order_shared, hp_order_inner, hp_order_cond as c2
print(c2 is hp_order_cond)
print("shared ran:", sys._hp_order_shared_runs)
print("done")
