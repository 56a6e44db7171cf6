class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
visited = set()
path = [Point(0, 0), Point(0, 1), Point(1, 1), Point(0, 1), Point(0, 0)]
for p in path:
    if p in visited:
        print("revisit", p)
    visited.add(p)
print(len(visited))
dist = {Point(0, 0): 0}
dist[Point(1, 0)] = 1
dist[Point(0, 0)] = 5
print(dist)
class NoHash:
    def __eq__(self, o):
        return True
print(NoHash.__hash__ is None)
try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, len({a, b, a}))
