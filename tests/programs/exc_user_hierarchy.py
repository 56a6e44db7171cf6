class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, reason):
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key
def lookup(db, key):
    if not key:
        raise ValidationError("key", "empty")
    if key not in db:
        raise NotFound(key)
    return db[key]
db = {"a": 1}
for k in ["a", "", "zz"]:
    try:
        print("value", lookup(db, k))
    except ValidationError as e:
        print("validation", e.field, e.reason, str(e))
    except AppError as e:
        print(type(e).__name__, e.key, e.args)
print(issubclass(NotFound, Exception), isinstance(NotFound("q"), AppError))
try:
    raise NotFound("x")
except (ValidationError, NotFound) as e:
    print("tuple catch", repr(e))
