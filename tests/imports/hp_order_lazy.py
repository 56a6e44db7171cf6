print("hp_order_lazy: body")


def use():
    print("hp_order_lazy.use: before inner import")
    import hp_order_inner
    print("hp_order_lazy.use: after inner import")
    return hp_order_inner.INNER
