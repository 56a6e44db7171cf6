print("hp_circ_a: start")
A_EARLY = "a-early"
import hp_circ_b
print("hp_circ_a: after import hp_circ_b:", hp_circ_b.B_VAL)
A_LATE = "a-late"


def a_func():
    return "a_func sees " + hp_circ_b.B_VAL
print("hp_circ_a: end")
