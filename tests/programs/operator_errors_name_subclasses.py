# Operator errors name the operands' own classes (builtin subclasses included), and a
# builtin subclass's operator gives the other operand's reflected method its turn.
class MyInt(int):
    pass


class MyList(list):
    pass


class MyStr(str):
    pass


class MyFloat(float):
    pass


class Reflector:
    def __radd__(self, other):
        return ("radd", type(other).__name__)

    def __rmul__(self, other):
        return ("rmul", type(other).__name__)

    def __rsub__(self, other):
        return ("rsub", type(other).__name__)


class Plain:
    pass


cases = [
    lambda: MyInt(1) + "x",
    lambda: "x" + MyInt(1),
    lambda: MyInt(1) - None,
    lambda: None - MyInt(2),
    lambda: MyInt(3) ** "a",
    lambda: MyList([1]) + (2,),
    lambda: MyList([1]) * "x",
    lambda: "x" * MyList([1]),
    lambda: MyList([1]) - MyList(),
    lambda: MyStr("a") + 1,
    lambda: 1 + MyStr("a"),
    lambda: MyFloat(1.5) / "x",
    lambda: "x" + Plain(),
    lambda: [1] + Plain(),
    lambda: (1,) + Plain(),
    lambda: b"x" + Plain(),
    lambda: Plain() + "x",
    lambda: MyInt(5) + Reflector(),
    lambda: MyList([2]) + Reflector(),
    lambda: MyStr("s") * Reflector(),
    lambda: MyFloat(2.0) - Reflector(),
    lambda: MyInt(2) + MyInt(3),
    lambda: type(MyInt(2) + 1).__name__,
    lambda: MyList([1]) + [2],
    lambda: MyStr("a") + "b",
    lambda: type(MyStr("a") + "b").__name__,
]
for case in cases:
    try:
        print(case())
    except TypeError as e:
        print("TypeError:", e)
