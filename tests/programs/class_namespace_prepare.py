# A class body keeps its names in its namespace mapping, as CPython's does: what the
# metaclass's __prepare__ made is read and written by the body (each assignment through
# __setitem__, in order), locals() is that namespace, and del goes through __delitem__.
from enum import Enum, auto


class Recording(dict):
    def __init__(self):
        super().__init__()
        self.log = []

    def __setitem__(self, key, value):
        if key in self and not key.startswith('__'):
            raise TypeError('duplicate ' + key)
        self.log.append(('set', key))
        super().__setitem__(key, value)

    def __delitem__(self, key):
        self.log.append(('del', key))
        super().__delitem__(key)

    def __getitem__(self, key):
        self.log.append(('get', key))
        return super().__getitem__(key)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        ns = Recording()
        ns['helper'] = lambda x: x * 2
        return ns

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.log = [entry for entry in ns.log if not entry[1].startswith('__')]
        return cls


class C(metaclass=Meta):
    """Doc."""
    a = helper(2)
    b = a + 1
    tmp = 5
    del tmp
    def m(self):
        return 'm'


print(C.a, C.b, C.__doc__, C.log, hasattr(C, 'tmp'), C().m(), C.__module__)

try:
    class D(metaclass=Meta):
        x = 1
        x = 2
except TypeError as e:
    print('TypeError', e)


class Plain:
    x = 1
    names = sorted(k for k in locals() if not k.startswith('__'))
    locals()['injected'] = 'yes'
    y = x + 1
    print('body sees', sorted(k for k in locals() if not k.startswith('__')))


print(Plain.names, Plain.injected, Plain.y, '__module__' in vars(Plain))


class NotADict:
    """A namespace that is a mapping but no dict: the metaclass turns it into one."""

    def __init__(self):
        self.data = {}

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        self.data[key.upper() if key.startswith('value') else key] = value

    def __delitem__(self, key):
        del self.data[key]


class UpperMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NotADict()

    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns.data))


class U(metaclass=UpperMeta):
    value = 3
    try:
        print(value)
    except NameError as e:
        print('NameError', e)
    VALUE = VALUE * 2 if False else 7
    try:
        del missing
    except NameError as e:
        print('NameError', e)


print(U.VALUE, hasattr(U, 'value'))


class Lookup(dict):
    def __missing__(self, key):
        if key.startswith('auto_'):
            return key[5:]
        raise KeyError(key)


class LookupMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Lookup()

    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))


class L(metaclass=LookupMeta):
    first = auto_alpha
    second = len('abc')


print(L.first, L.second)


class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = RED


print(list(Color), Color.BLUE is Color.RED)
try:
    class Bad(Enum):
        A = 1
        A = 2
except TypeError as e:
    print('TypeError', e)


def factory(n):
    class Inner:
        size = n
        doubled = [n * i for i in range(3)]
        def get(self):
            return n, __class__.__name__
    return Inner


I = factory(4)
print(I.size, I.doubled, I().get(), sorted(k for k in vars(I) if not k.startswith('__')))


class Private:
    __secret = 1
    visible = __secret + 1


print(Private._Private__secret, Private.visible)


class Counting(type):
    order = []

    @classmethod
    def __prepare__(mcls, name, bases):
        class Ordered(dict):
            def __setitem__(self, k, v):
                Counting.order.append(k)
                dict.__setitem__(self, k, v)
        return Ordered()


class K(metaclass=Counting):
    z = 1
    a = 2
    z = 3
    for loop_var in range(2):
        pass


print([k for k in Counting.order if not k.startswith('__')], K.z, K.loop_var)
