print("{} + {} = {}".format(2, 3, 5))
print("{0}{1}{0}".format("ab", "cd"))
print("{name} is {age}".format(name="Eve", age=25))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:.2f} {:,} {:08.3f}".format(2 / 3, 10 ** 7, 3.14159))
point = (3, 4)
print("x={0[0]} y={0[1]}".format(point))
data = {"a": 1}
print("a={0[a]}".format(data))
class P:
    def __init__(self):
        self.x = 7
print("P.x={0.x}".format(P()))
print("{:x}-{:o}-{:b}".format(255, 255, 255))
print("{{literal}} {}".format("ok"))
print("{!r:>10}".format("hi"))
