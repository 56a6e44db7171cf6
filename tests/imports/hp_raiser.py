import sys
sys._hp_raiser_runs = getattr(sys, "_hp_raiser_runs", 0) + 1
print("hp_raiser: body run", sys._hp_raiser_runs)
raise ValueError("boom from hp_raiser")
