HANDLERS = {}
def route(path, methods=("GET",)):
    def deco(fn):
        for m in methods:
            HANDLERS[(m, path)] = fn
        return fn
    return deco

@route("/")
def index():
    return "home"

@route("/items", methods=("GET", "POST"))
def items():
    return "items"

@route("/admin", methods=["DELETE"])
def admin():
    return "admin"

def dispatch(method, path):
    fn = HANDLERS.get((method, path))
    return fn() if fn else "404"

for req in [("GET", "/"), ("POST", "/items"), ("GET", "/items"), ("DELETE", "/admin"), ("GET", "/admin")]:
    print(req, "->", dispatch(*req))
print(sorted(HANDLERS))
def repeat(times):
    def deco(fn):
        def wrapper(*a, **k):
            return [fn(*a, **k) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def greet(name, punct="!"):
    return "hi " + name + punct
print(greet("zoe"), greet("al", punct="?"))
