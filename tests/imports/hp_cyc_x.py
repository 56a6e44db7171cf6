print("hp_cyc_x: start")
from hp_cyc_y import Y_THING
X_THING = "x-thing"
print("hp_cyc_x: end")
