class MyError(ValueError):
    def __init__(self, code, text):
        super().__init__(text)
        self.code = code

class Other(Exception):
    pass

try:
    raise MyError(42, "bad thing")
except ValueError as e:
    print("caught", e.code, e, e.args, repr(e))

try:
    raise Other
except Other as e:
    print("other", repr(e), e.args, isinstance(e, Exception), isinstance(e, Other))

try:
    {}["k"]
except KeyError as e:
    print("key", e, repr(e), e.args)

try:
    raise Other("a", 1)
except Exception as e:
    print(e)

print(1)
e = ValueError("x")
print(e.args, str(e))
e.args = (1, 2)
print(e)
class A(object):
    pass
print(isinstance(A(), object), isinstance(3, object))
raise MyError(3, "final")
