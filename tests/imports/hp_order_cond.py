print("hp_order_cond: body")
try:
    import hp_order_never_exists
    HAVE = True
except ImportError:
    HAVE = False
if False:
    import hp_order_inner_never_run
print("hp_order_cond: HAVE =", HAVE)
