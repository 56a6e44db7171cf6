x = [0] * 2000000
print(len(x), x[-1])
s = "ab" * 1000000
print(len(s))
try:
    y = "a" * (10**12)
except MemoryError:
    print("MemoryError caught")
try:
    z = list(range(10**12))
except MemoryError:
    print("MemoryError again")
print(round(1.5, 10**6), "x".center(5, "*"))
