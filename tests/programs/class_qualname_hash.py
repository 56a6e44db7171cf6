class A:
    class B:
        pass

    def f(self):
        class C:
            pass
        return C


print(A.B.__qualname__, A.__qualname__, A().f().__qualname__, A.B)


class H:
    __hash__ = None


class E:
    def __eq__(self, other):
        return True


class F(E):
    pass


for cls in (H, E, F):
    try:
        hash(cls())
    except TypeError as e:
        print("TypeError:", e)
print(E.__hash__, "__hash__" in vars(E), A.__dict__["f"].__name__)
