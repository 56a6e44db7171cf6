class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()

    def size(self):
        return len(self.items)


s = Stack()
for i in range(5):
    s.push(i * i)
print(s.size(), s.pop(), s.pop(), s.size())
while s.size():
    print("popped", s.pop())
try:
    s.pop()
except IndexError as e:
    print("error:", e)
