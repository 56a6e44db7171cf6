class O:
    pass
o = O()
o.a = 1
o.b = 2
delattr(o, "a")
print(hasattr(o, "a"), vars(o))
try:
    delattr(o, "zz")
except AttributeError as e:
    print(e)
