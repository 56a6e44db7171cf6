n = 5
print("%d items" % n, "%s and %s" % ("a", "b"), "%5.2f|" % 3.14159, "%-5d|" % 42, "%05d" % 42)
print("%r %s" % ("x", "x"), "%x %o %e" % (255, 8, 12345.678), "100%%" % (), "%c%c" % (72, "i"))
print("name: %-8s age: %3d" % ("ann", 31))
print("%s" % [1, 2], "%+d" % 5, "%.3s" % "abcdef")
print("%d %d" % (1,))
