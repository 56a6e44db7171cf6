class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


b = Box(1)
print(b.get(), Box.get(b))
try:
    Box()
except TypeError as e:
    print(e)


class Bad:
    def __init__(self):
        return 5


Bad()
