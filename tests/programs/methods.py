s = "  Hello, World  "
print(s.strip(), s.lstrip() + "|", s.rstrip() + "|", s.strip().split(", "), "a b  c".split())
print("-".join(["x", "y", "z"]), "".join(c.upper() for c in "abc"), "x.y".replace(".", "::"))
print("hello".startswith("he"), "hello".endswith("lo"), "hello".find("l"), "hello".find("z"), "banana".count("an"))
print("123".isdigit(), "12a".isdigit(), "abc".isalpha(), "xxhixx".strip("x"))
xs = [3, 1, 2]
xs.extend([5, 4])
xs.insert(0, 9)
xs.insert(-1, 7)
print(xs, xs.index(5), xs.count(1), [1, 1, 2].count(1), (1, 2, 1).count(1))
xs.reverse()
print(xs)
d = {"a": 1, "b": 2}
for k, v in d.items():
    print(k, v)
print(list(d.keys()), list(d.values()), sum(d.values()))
print(", ".join(str(n) for n in range(3)))
[1, 2].index(5)
