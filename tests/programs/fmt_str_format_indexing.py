print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="ann", age=30))
print("{0[0]} {0[2]} {1[key]}".format([7, 8, 9], {"key": "v"}))
class P:
    x = 3
    y = 4
print("{p.x},{p.y}".format(p=P()))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:08.3f} {:+d} {:x} {:o} {:b} {:#b}".format(3.14159, 5, 255, 8, 5, 5))
print("{:,} {:_} {:.2e}".format(9876543210, 123456, 12345.678))
print("{!r} {!s}".format("q", "q"))
print("{:{w}.{p}f}".format(2.718281828, w=10, p=3))
row = "{:<10}{:>6}{:>8}"
print(row.format("item", "qty", "price"))
for it, q, pr in [("bolt", 100, 0.05), ("nut", 250, 0.03)]:
    print(row.format(it, q, "{:.2f}".format(pr)))
args = ["x", "y"]
kw = {"z": "Z"}
print("{}-{}-{z}".format(*args, **kw))
print("{0:-^20}".format(" title "))
