class Transaction:
    def __init__(self, log):
        self.log = log
        self.ops = []
    def __enter__(self):
        self.log.append("begin")
        return self
    def add(self, op):
        self.ops.append(op)
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.log.append("commit " + ",".join(self.ops))
        else:
            self.log.append(f"rollback {len(self.ops)} ops due to {exc_type.__name__}: {exc}")
        return False
log = []
with Transaction(log) as t:
    t.add("a")
    t.add("b")
try:
    with Transaction(log) as t:
        t.add("c")
        raise ValueError("bad op")
except ValueError:
    log.append("handled")
def f():
    with Transaction(log) as t:
        t.add("r")
        return "returned"
print(f())
for line in log:
    print(line)
