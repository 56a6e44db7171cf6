parts = ["count", ": "]
msg = ""
for p in parts:
    msg += p
print(msg)
n = 5
print(msg + str(n))
print(msg + n)
