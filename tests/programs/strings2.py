s = "Hello"
print(s.upper(), s.lower(), s[0], s[-1], len(s))
for ch in "ab":
    print(ch * 3)
print("lo" in s, "xyz" in s)
print(str([1, "a"]), repr((1, "b")))
