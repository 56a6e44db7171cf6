import sys
sys._hp_reload_runs = getattr(sys, "_hp_reload_runs", 0) + 1
print("hp_reload_me: body run", sys._hp_reload_runs)
RUNS = sys._hp_reload_runs
if RUNS == 1:
    ONLY_FIRST = True
