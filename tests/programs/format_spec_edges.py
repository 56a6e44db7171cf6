# Format specs as CPython: 'c' and 'n', bools as ints, a precision with no type, E, the
# alternate form with no digits, grouped zero padding, '0' with an alignment, 'z', errors.
cases = [
    (65, "c"), (1234, "n"), (1.5, "n"), (1234567.891, "n"), (True, ">5"), (True, "d"), (False, ""),
    (123.456, ".3"), (1.0, ".1"), (1e16, ".17"), (100.0, ".3"), (0.0001234, ".2"), (123456789.0, ".12"),
    (1.5, "E"), (1.5, ".2E"), (3.0, "#.0f"), (3.0, "#.0e"), (3.0, "#g"), (1234, "08,"), (42, "<05"),
    (42, "^07"), (-42, "=+8"), (1234567, "_"), (255, "#_x"), (3.14159, "010.3f"), (-0.0, ".1f"),
    (12.5, "%"), (0.5, ".0%"), (1e100, "g"), (1e-5, "g"), (123.0, "g"), (2.5, ".0f"), (3.5, ".0f"),
    (1234.5, ",.2f"), (1234.5, "_.1f"), (5, "+"), (5, " "), (-5, " "), ("abc", "^9"), ("abc", ".2"),
    (1e16, ""), (1.0, ".0"), (0.1, ".20"), (float("inf"), "08.2f"), (float("nan"), "+"),
]
for v, spec in cases:
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
for v, spec in [(100, ".3"), (5, "c,"), ("x", "d"), (1.5, "d"), (1, "z")]:
    try:
        print(repr(format(v, spec)))
    except Exception as e:
        print(type(e).__name__, e)
print("%E %G %e %.3g %#x %#o %5.1f%% %c %r %a" % (1.5, 1e-10, 12345.678, 0.000123456, 255, 8, 99.5, 65, "q", "é"))
print(f"{65:c}{66:c}", "{:n}".format(10**6), "{0:{1}}".format(3.14159, ".3"), f"{True:>5}|{False:<6}|{True!r:>6}")
for v,s in [("abc","<<<"),(1.5,"..2"),(5,"5x5"),(True,"zz"),(True, "d"), (2.5, "z.0f"), (-0.001, "z.1f"), (-0.0, "z"), ("x", "z")]:
  try: print(repr(format(v,s)))
  except ValueError as e: print(e)
