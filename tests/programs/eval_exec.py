x = 5
print(eval("x * 2 + 1"))
exec("y = x + 100\ndef sq(n):\n    return n * n")
print(y, sq(7), eval("sq(y)"))
def f():
    return eval("[i * x for i in range(3)]")
print(f())
try:
    eval("1 +")
except SyntaxError:
    print("syntax error")
try:
    eval("undefined_thing")
except NameError as e:
    print(e)
