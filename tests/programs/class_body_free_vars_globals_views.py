def f():
    x = 1
    class C:
        y = x
    return C.y
print(f())
def g():
    x = 1
    class C:
        x = 2
        z = x
        def m(self): return x
    return C.z, C().m()
print(g())
def h():
    x = 1
    class C:
        locals()['x'] = 5
        y = x
    return C.y
print(h())
def k():
    v = 'outer'
    class C:
        exec("v = 'inner'")
        w = v
    return C.w
print(k())
def m():
    a = 10
    class C:
        b = [a + i for i in range(3)]
        c = (lambda: a)()
    return C.b, C.c
print(m())
gx = 1
def f(): pass
g = globals()
print(type(g.keys()).__name__, type(g.values()).__name__, type(g.items()).__name__)
print('gx' in g.keys(), ('gx', 1) in g.items())
print(sorted(k for k in g.keys() if not k.startswith('__')))
print(len(g.keys()) == len(g))
for k, v in list(globals().items()):
    if k == 'gx': print(k, v)
print({'gx', 'f'} <= g.keys())
def n():
    q = 'cell'
    class C:
        try:
            r = q
        except NameError as e:
            r = str(e)
        q = 'own'
        s = q
        del q
        try:
            t = q
        except NameError as e:
            t = str(e)
    return C.r, C.s, C.t, q
print(n())
def p():
    class C:
        try:
            u = later
        except NameError as e:
            u = str(e)
    later = 1
    return C.u
print(p())
