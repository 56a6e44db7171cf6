class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem
class Quiet(Exception):
    def __str__(self):
        return "quiet!"
errs = [ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), ValidationError("age", "negative"), Quiet("x")]
for e in errs:
    print(type(e).__name__, repr(str(e)), e.args)
v = errs[4]
print(v.field, v.problem, isinstance(v, Exception))
try:
    raise ValidationError("name", "empty")
except ValidationError as e:
    print(f"field={e.field} msg={e}")
try:
    {}["missing"]
except KeyError as e:
    print(repr(e), str(e), e.args[0])
try:
    [1][5]
except IndexError as e:
    print(e)
try:
    int("4.5")
except ValueError as e:
    print(e)
print(repr(Exception("m")), repr(RuntimeError()))
