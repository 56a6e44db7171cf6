import hp_ident_a

B_VAL = "b-val, a known: " + str(hp_ident_a.IDENT_KNOWN)
