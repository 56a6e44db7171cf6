import math

def table(n):
    for i in range(n, -3, -1):
        f = math.factorial(i)
        print(i, f, len(str(f)))

print(math.factorial(5) // math.factorial(3))
table(4)
print("unreachable")
