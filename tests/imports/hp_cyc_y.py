print("hp_cyc_y: start")
from hp_cyc_x import X_THING        # not yet defined: ImportError
Y_THING = "y-thing"
print("hp_cyc_y: end")
