items = [("apple", 3, 1.5), ("banana", 12, 0.25), ("kiwi", 100, 12.0)]
for name, qty, price in items:
    print(name.ljust(8) + "|" + str(qty).rjust(5) + "|" + str(price).center(8) + "|")
print("42".zfill(6), "-42".zfill(6), "abc".zfill(2))
print("title".center(11, "*"))
print("[" + "x".center(4) + "]")
print("[" + "ab".ljust(5, ".") + "]", "[" + "ab".rjust(5, "-") + "]")
for i in range(1, 5):
    print(("*" * (2 * i - 1)).center(9))
