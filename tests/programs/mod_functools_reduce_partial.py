import functools
import operator

print(functools.reduce(operator.add, [1, 2, 3, 4]))
print(functools.reduce(lambda a, b: a * 10 + b, [1, 2, 3, 4], 0))
print(functools.reduce(max, [3, 9, 2, 7]))
print(functools.reduce(operator.add, [], "empty"))
print(functools.reduce(lambda acc, w: acc + [w.upper()], ["a", "b"], []))
def power(base, exp):
    return base ** exp
square = functools.partial(power, exp=2)
two_to = functools.partial(power, 2)
print(square(9), two_to(10), square(base=4))
print(square.func is power, square.args, square.keywords)
int2 = functools.partial(int, base=2)
print(int2("101101"), int2("1111"))
def tag(name, text, cls="plain"):
    return f"<{name} class={cls}>{text}</{name}>"
bold = functools.partial(tag, "b", cls="strong")
print(bold("hi"), bold("yo", cls="weak"))
compose = lambda *fs: functools.reduce(lambda f, g: lambda x: g(f(x)), fs)
inc_then_double = compose(lambda x: x + 1, lambda x: x * 2, str)
print(repr(inc_then_double(5)))
