def f(a, b):
    return a - b


print(f(b=1, a=5), f(5, b=2))
print("x", "y", "z", sep="-")
print("no newline", end="")
print(" continued")
print("a", "b", sep="", end="!\n")
print(f(1, a=2))
