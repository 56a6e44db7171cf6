# A statement from Python 2: CPython suggests the call.
x = 1
print "x is", x
