import sys
sys._hp_order_shared_runs = getattr(sys, "_hp_order_shared_runs", 0) + 1
print("hp_order_shared: body run", sys._hp_order_shared_runs)
