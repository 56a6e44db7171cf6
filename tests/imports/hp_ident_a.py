# Asks for its thread's ident while it initializes, then imports a module that imports it
# back (asyncio's modules do this): the second import must see the partial module.
import _thread

IDENT_KNOWN = _thread.get_ident() > 0
import hp_ident_b

A_LATE = "a-late sees " + hp_ident_b.B_VAL
