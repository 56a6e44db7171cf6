import math

def table(n):
    for i in range(n, -3, -1):
        print(i, math.factorial(i))

table(4)
