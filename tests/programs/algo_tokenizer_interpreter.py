def tokenize(src):
    toks = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            toks.append(("NUM", int(src[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            toks.append(("ID", src[i:j]))
            i = j
        else:
            toks.append(("OP", c))
            i += 1
    return toks
def run(program):
    env = {}
    for line in program.strip().splitlines():
        toks = tokenize(line)
        if toks[0] == ("ID", "print"):
            print(" ".join(str(evaluate(toks[1:], env)) for _ in [0]))
            continue
        name = toks[0][1]
        env[name] = evaluate(toks[2:], env)
    return env
def evaluate(toks, env):
    pos = [0]
    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else ("EOF", None)
    def atom():
        kind, v = peek()
        pos[0] += 1
        if kind == "NUM":
            return v
        if kind == "ID":
            return env[v]
        if v == "(":
            r = expr()
            pos[0] += 1
            return r
        if v == "-":
            return -atom()
    def term():
        v = atom()
        while peek() in [("OP", "*"), ("OP", "/"), ("OP", "%")]:
            op = peek()[1]
            pos[0] += 1
            r = atom()
            v = v * r if op == "*" else v // r if op == "/" else v % r
        return v
    def expr():
        v = term()
        while peek() in [("OP", "+"), ("OP", "-")]:
            op = peek()[1]
            pos[0] += 1
            r = term()
            v = v + r if op == "+" else v - r
        return v
    return expr()
print(tokenize("x1 = (a+23)*b"))
env = run("""
a = 6
b = a * 7
c = (b - 2) / 5 + -3
print c * c
print a % 4 + b
d = c * (a + b) - 1
""")
print(sorted(env.items()))
