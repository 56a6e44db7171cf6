# Names in class bodies: a class's own names are not the enclosing function's, even when a
# method uses the function's variable of the same name; comprehensions and lambdas in a class
# body; nonlocal and global in a class body; nested classes; del.
def same_name_in_class_and_method():
    x = 1
    class A:
        x = 2
        def m(self): return x
        y = x
    return A().m(), x, A.x, A.y

print(same_name_in_class_and_method())

def class_name_read_before_bound():
    x = 1
    class A:
        def m(self): return x
        try:
            y = x
        except NameError as e:
            y = 'NameError: ' + str(e)
        x = 3
        z = x
        del x
        try:
            w = x
        except NameError as e:
            w = 'NameError: ' + str(e)
    return A.y, A.z, A.w, A().m(), hasattr(A, 'x')

print(class_name_read_before_bound())

def nonlocal_in_class():
    v = 'outer'
    class B:
        nonlocal v
        v = 'set by class'
        w = v
    return v, B.w, hasattr(B, 'v')

print(nonlocal_in_class())

g = 'global g'
def global_in_class():
    g = 'local g'
    class C:
        global g
        g = 'class set global'
        def m(self): return g
    return g, C().m()

print(global_in_class(), g)

def late_binding():
    class C:
        q = 5
        def m(self): return __class__.__name__, q
    q = 7
    return C().m()

print(late_binding())

def free_only_in_class():
    t = 10
    class D:
        u = t + 1
        def m(self): return t
    return D.u, D().m()

print(free_only_in_class())

def unbound_free_in_class():
    class D:
        try:
            print(t)
        except NameError as e:
            print('NameError', e)
        def m(self): return t
    t = 1
    return D().m()

print(unbound_free_in_class())

def comprehension_in_class():
    n = 3
    class E:
        n = 100
        xs = [i for i in range(n)]            # the first iterable: the class's n
        ys = [n for i in range(2)]            # the element: the function's n
        zs = (lambda: n)()                    # a lambda: the function's n
        d = {k: n for k in 'ab'}
    return E.xs[-1], E.ys, E.zs, E.d

print(comprehension_in_class())

def nested_classes():
    a = 'f'
    class Outer:
        a = 'Outer'
        class Inner:
            b = a                             # the function's: Outer's names are not seen
            def m(self): return a
        def m(self): return a
    return Outer.Inner.b, Outer.Inner().m(), Outer().m(), Outer.a

print(nested_classes())

def default_args_in_class():
    x = 'fx'
    class F:
        x = 'Fx'
        def m(self, y=x): return y, x
    return F().m()

print(default_args_in_class())

def mutate_in_method():
    count = 0
    class G:
        count = 'class count'
        def bump(self):
            nonlocal count
            count += 1
            return count
    g1 = G(); g1.bump(); g1.bump()
    return count, G.count

print(mutate_in_method())

def annotations_in_class():
    x = int
    class H:
        x: str = 'h'
        y: x
        def m(self): return x
    return H.__annotations__, H().m()

print(annotations_in_class())

def class_sees_module_after_del():
    class I:
        len = 5
        a = len
        del len
        b = len('abc')
    return I.a, I.b

print(class_sees_module_after_del())

# A function's `global` hides the enclosing function's variable from its inner functions.
gg = 'module gg'
def global_hides_enclosing():
    gg = 'a local'
    def b():
        global gg
        def c(): return gg
        return c(), [gg for _ in range(1)][0], (lambda: gg)()
    return b(), gg

print(global_hides_enclosing())
