def check(n):
    if n < 0:
        raise ValueError("negative: " + str(n))
    return n


print(check(3))
try:
    check(-1)
except ValueError as e:
    print("caught", e)
check(-2)
