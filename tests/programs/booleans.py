print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "x", "" or 0)
print(not 0, not 1, not "", not "a", not None)
x = 5
print("big" if x > 3 else "small", "big" if x > 10 else "small")
print(1 == 1.0, 2 != 2, 3 >= 3, 2 <= 1, True == 1, None == None)
if 0.0:
    print("no")
elif "":
    print("no")
else:
    print("falsy values")
