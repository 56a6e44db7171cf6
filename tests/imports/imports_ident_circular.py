# A module that asks for the thread's ident during its body and is part of an import
# cycle: importing it finishes (it used to wait forever for "another thread").
import hp_ident_a

print(hp_ident_a.A_LATE)
