print("hp_cyc_p: start")
EARLY = 1
from hp_cyc_q import Q
print("hp_cyc_p: end, Q =", Q)
