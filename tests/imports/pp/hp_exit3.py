import sys
print("hp_exit3: exiting with status 3")
sys.exit(3)
