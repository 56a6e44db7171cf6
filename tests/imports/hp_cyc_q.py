print("hp_cyc_q: start")
from hp_cyc_p import EARLY
Q = EARLY + 1
print("hp_cyc_q: end")
