import _string
for s in ['a{{b', 'a}}b', '{0}', 'x{a.b[0]!r:>{w}}y', '{}', '{:}', '{!s}', 'end{', '}', '{0!}', '{a[}', '{0:{{}}}', 'tail', '', '{a!r:x}z{b}', '{{}}', '{ 0 }', '{a!rx}', '{a{b}', 'ab}c', '{0!r}', '{!}']:
    try: print(repr(s), list(_string.formatter_parser(s)))
    except Exception as e: print(repr(s), type(e).__name__, e)
for s in ['a.b[0].c', '0[x][1]', '', 'a[', 'a.', 'a..b', '[0]', 'a[0]b', '10', 'a[]', 'x[ab].c[2]']:
    try:
        f, rest = _string.formatter_field_name_split(s); print(repr(s), repr(f), list(rest))
    except Exception as e: print(repr(s), type(e).__name__, e)
import string
f = string.Formatter()
print(f.format("{0} {x!r:>5} {y[1]} {z.real}", 1, x="a", y=[1, 2], z=3))
print(f.vformat("{:{w}}|", (5,), {"w": 4}))
t = string.Template("$who likes ${what} $$")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"), t.get_identifiers(), t.is_valid())
try: t.substitute(who=1)
except KeyError as e: print("KeyError", e)
try: string.Template("$").substitute()
except ValueError as e: print(e)
class T(string.Template):
    delimiter = "%"
print(T("%a %%").substitute(a=1), string.capwords(" hello  world "), string.ascii_letters)
