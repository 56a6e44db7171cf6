s = "hello"
t = 'world'
print(s + " " + t, s * 2, len(s + t))
print(repr(s), repr("it's"), str(42), str(1.5), repr(None))
print("a" < "b", "b" < "a", "abc" == "abc", "x" != "y")
print("")
print(len(""), len("héllo"))
