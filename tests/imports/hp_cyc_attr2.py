import hp_cyc_attr1
try:
    hp_cyc_attr1.VALUE
except AttributeError as e:
    print("hp_cyc_attr2:", type(e).__name__, "|", e)
