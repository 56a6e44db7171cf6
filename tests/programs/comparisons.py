x = 5
print(1 < 2 < 3, 3 > 2 > 5, 1 < 5 > 3, 0 <= x < 10, 0 <= x < 3)
print("a" in "abc", "z" not in "abc", "" in "abc", "bc" in "abc")
print(None is None, x is None, x is not None)
print(1 == 1 == 1.0, 1 != 2 != 1)
print(2 < 3.5, 3.5 < 2, 1.0 == 1, -0.0 == 0.0)
