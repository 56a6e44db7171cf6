# str.find/rfind/index/rindex/count/startswith/endswith with start and end.
s = "abcabcab"
for args in [("b",), ("b", 2), ("b", 2, 4), ("", 8), ("", 9), ("ab", -3), ("c", -100, 3), ("x",)]:
    print(args, s.find(*args), s.rfind(*args), s.count(*args), s.startswith(*args), s.endswith(*args))
print(s.index("c", 3), s.rindex("a", 0, 4))
for bad in [("z",), ("a", 7)]:
    try:
        s.index(*bad)
    except ValueError as e:
        print("ValueError:", e)
print("héllo wörld".find("ö"), "héllo".startswith(("x", "él"), 1), "éé".count("é", 1))
