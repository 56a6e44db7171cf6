class Res:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append("enter " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        self.log.append(f"exit {self.name} {et.__name__ if et else None}")
        return False
log = []
try:
    with Res("a", log), Res("b", log):
        with Res("c", log):
            log.append("body")
            raise IndexError("boom")
except IndexError as e:
    log.append("handler " + str(e))
finally:
    log.append("finally")
for line in log:
    print(line)
def early_return():
    log2 = []
    with Res("r", log2):
        return log2
print(early_return())
log3 = []
for i in range(3):
    with Res(str(i), log3):
        if i == 1:
            continue
        log3.append("work")
print(log3)
