# A block whose body is not indented.
def f():
return 1
