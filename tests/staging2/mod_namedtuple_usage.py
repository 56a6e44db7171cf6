from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
Emp = namedtuple("Emp", "name dept salary")
p = Point(3, 4)
print(p, p.x + p.y, p._fields)
q = p._replace(y=10)
print(q, p)
x, y = q
print(x, y, len(q))
staff = [Emp("ann", "eng", 120), Emp("bob", "ops", 90), Emp("cy", "eng", 100), Emp("di", "ops", 95)]
for e in sorted(staff, key=lambda e: (e.dept, -e.salary)):
    print(e.name, e.dept, e.salary)
print(Emp._make(["ed", "hr", 70]))
print(max(staff, key=lambda e: e.salary).name)
print(p == (3, 4), p < Point(3, 5), hash(p) == hash((3, 4)))
d = staff[0]._asdict()
print(d)
print(Point(*[7, 8]), Point(**{"x": 1, "y": 2}))
print(isinstance(p, tuple), p[0], p[-1])
