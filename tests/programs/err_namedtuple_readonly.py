from collections import namedtuple

Color = namedtuple("Color", "r g b")
c = Color(10, 20, 30)
print(c, sum(c))
c2 = c._replace(g=200)
print(c2, c2.g, c.g)
print(Color._fields, c2 > c)
c.r = 99
print("unreachable", c)
