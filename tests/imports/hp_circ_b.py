import sys
print("hp_circ_b: start")
import hp_circ_a
print("hp_circ_b: hp_circ_a is partial; A_EARLY =", hp_circ_a.A_EARLY,
      "| has A_LATE:", hasattr(hp_circ_a, "A_LATE"),
      "| in sys.modules:", "hp_circ_a" in sys.modules)
from hp_circ_a import A_EARLY       # defined before the cycle: fine
B_VAL = "b-val"


def b_func():
    return "b_func sees " + hp_circ_a.A_LATE      # fine at call time
print("hp_circ_b: end")
