def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print([is_even(i) for i in range(8)])
print(is_odd(99), is_even(100))
def parse_expr(tokens, i):
    v, i = parse_term(tokens, i)
    while i < len(tokens) and tokens[i] in "+-":
        op = tokens[i]
        r, i = parse_term(tokens, i + 1)
        v = v + r if op == "+" else v - r
    return v, i
def parse_term(tokens, i):
    v, i = parse_atom(tokens, i)
    while i < len(tokens) and tokens[i] in "*/":
        op = tokens[i]
        r, i = parse_atom(tokens, i + 1)
        v = v * r if op == "*" else v // r
    return v, i
def parse_atom(tokens, i):
    if tokens[i] == "(":
        v, i = parse_expr(tokens, i + 1)
        return v, i + 1
    return int(tokens[i]), i + 1
for e in ["1+2*3", "(1+2)*3", "8/2/2", "2*(3+4)*5-6", "9"]:
    print(e, parse_expr(list(e), 0)[0])
