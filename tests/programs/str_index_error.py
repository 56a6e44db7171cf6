s = "hello world"
print(s.find("world"))
print(s.index("o"))
print(s.index("world"))
print(s.index("xyz"))
