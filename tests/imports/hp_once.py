import sys
COUNT = getattr(sys, "_hp_once_count", 0) + 1
sys._hp_once_count = COUNT
print("hp_once: body run number", COUNT)
