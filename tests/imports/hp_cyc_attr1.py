import hp_cyc_attr2
VALUE = "attr1-value"
