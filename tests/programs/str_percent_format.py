print("%d items" % 5)
print("%s and %s" % ("this", "that"))
print("%5d|%-5d|%05d" % (42, 42, 42))
print("%.3f %10.2f %-10.1f|" % (3.14159, 2.5, 7.25))
print("%x %X %o %e" % (255, 255, 8, 12345.678))
print("%r %s" % ("quoted", "plain"))
print("%c%c%c" % (72, 105, 33))
print("100%% sure")
print("%(name)s is %(age)d" % {"name": "Bob", "age": 30})
print("%+d %+d" % (5, -5))
rows = [("alice", 93.5), ("bob", 78.25)]
for who, score in rows:
    print("%-8s%6.1f" % (who, score))
print("%s" % [1, 2], "%s" % (None,))
