print("%s has %d items costing %.2f" % ("cart", 3, 19.999))
print("%5d|%-5d|%05d|%+d" % (42, 42, 42, 42))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%e %.3e %g %g" % (12345.678, 0.000123, 0.00001, 123456789.0))
print("%(name)s is %(age)d years" % {"name": "bo", "age": 7})
print("%r %s %a" % ("hi", "hi", "hi"))
print("%c%c%c" % (72, 105, 33))
print("100%% done, %s" % "ok")
print("%10.3f|%-10.1f|" % (3.14159, 2.5))
print("%s" % [1, 2], "%s" % (("tuple",),))
print("%*d|%-*d|" % (6, 7, 4, 8))
table = [("alice", 93.5), ("bob", 78.25), ("carol", 88.0)]
for name, score in table:
    print("%-8s%6.1f %s" % (name, score, "#" * int(score // 10)))
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("one",)
except TypeError as e:
    print("TypeError:", e)
