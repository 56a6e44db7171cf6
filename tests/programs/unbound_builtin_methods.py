print(sorted(["Banana", "apple", "Cherry"], key=str.lower), list(map(str.upper, ["a", "b"])), dict.fromkeys("abc", 0), dict.fromkeys([1, 2]))
xs = []
list.append(xs, 5)
print(xs, str.join("-", ["a", "b"]), int.bit_length(255))
try:
    str.lower(5)
except TypeError as e:
    print(e)
