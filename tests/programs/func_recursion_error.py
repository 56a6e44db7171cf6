def countdown(n):
    if n == 0:
        return "done"
    return countdown(n - 1)
print("start")
print(countdown(50))
def forever(n):
    return forever(n + 1) + 1
print("going deep")
forever(0)
