from collections import deque

stack = deque([1, 2, 3])
ops = ["pop", "pop", "push", "pop", "pop", "pop"]
for op in ops:
    if op == "push":
        stack.append(99)
        print("pushed, now", list(stack))
    else:
        print("popped", stack.pop())
