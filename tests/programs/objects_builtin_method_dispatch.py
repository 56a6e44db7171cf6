# Builtin methods reached unbound, bound, with keywords and with __index__ arguments,
# and classes whose bases are not classes (their type is the metaclass, as CPython's).


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


attempt(list.append, [1], 2)
attempt(list.append, (1,), 2)
attempt(list.append)
attempt(int.__add__, True, 1)
attempt(int.bit_length, True)
attempt(str.count, "abcabc", "b", Idx(2))
attempt("abcabc".find, "c", Idx(3), Idx(6))
attempt("x".center, Idx(5), "*")
attempt([5, 6, 7].index, 7, Idx(1))
attempt("a b c".split, maxsplit=1)
attempt("{x}-{y}".format, x=1, y=2)
attempt([].append, x=1)
attempt(sorted([3, 1, 2]).sort, reverse=True)
attempt(dict().update, a=1)
attempt((255).to_bytes, 2, byteorder="big")
print(repr(list.append), repr([].append)[:27])
print(repr(int.__add__), repr(dict.__getitem__), repr((1).__add__)[:30])


class MyList(list):
    pass


m = MyList([1, 2])
list.append(m, 3)
print(m, list.__len__(m), MyList.append is list.append)
attempt(dict.fromkeys, "ab", 0)


class MyDict(dict):
    pass


print(type(MyDict.fromkeys("ab")).__name__, MyDict.fromkeys("ab", 1))
attempt(float.fromhex, "0x1.8p1")
print(int.from_bytes(b"\x01\x00", "big"), type(bool.from_bytes(b"\x01", "big")).__name__)
print(int(), int("12"), int("ff", 16), list(), str(), tuple("ab"), type(None)())
attempt(int, "1", 10, 3)
attempt(type(None), 1)
print(list[int], dict[str, int], type[int])
attempt(lambda: len[int])


class A:
    pass


for bases in ["len", "3", "A, len", "A()"]:
    try:
        exec(f"class X({bases}): pass")
        print("made", type(X))
    except Exception as e:
        print(type(e).__name__, e)
attempt(type, "Y", (3,), {})


class M(type):
    pass


class B(metaclass=M):
    pass


class C(B, A):
    pass


print(type(C).__name__, isinstance(C, M), issubclass(C, A))
print(isinstance(True, int), isinstance(m, list), isinstance(m, MyList), isinstance(3, type))
print(issubclass(bool, int), issubclass(MyList, list), issubclass(list, MyList))
print(super(MyList, m).__len__(), super(bool, True).__add__(2))
it = iter([1, 2])
print(type(it).__name__, it.__next__(), next(it), iter(it) is it)
print(repr(str()), str(b"h\xc3\xa9", "utf-8"), str(b"ab", encoding="ascii"), str(object=5))
attempt(str, "x", "utf-8")
attempt(str, b"x", 3)
attempt(str, 1, 2, 3, 4)
attempt(str, bad=1)
