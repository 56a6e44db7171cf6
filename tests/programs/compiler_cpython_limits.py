# CPython's compile-time limits, with its errors: 200 open brackets, 99 indentation levels,
# 20 static blocks, and nesting about 3,000 deep.

def probe(label, src, mode="exec"):
    try:
        if mode == "exec":
            exec(src, {})
        else:
            eval(src, {})
        print(label, "ok")
    except SyntaxError as e:
        print(label, type(e).__name__, e.msg, e.lineno, e.offset)
    except RecursionError as e:
        print(label, "RecursionError", e)

for n in (200, 201):
    probe(f"parens{n}", "x = " + "(" * n + "1" + ")" * n)
    probe(f"brackets{n}", "x = " + "[" * n + "]" * n)
    probe(f"eval-parens{n}", "(" * n + "2" + ")" * n, "eval")
probe("mixed-brackets", "x = [" + "{" * 150 + "(" * 60)
probe("brackets-in-strings", "x = '" + "(" * 300 + "'\n# " + "[" * 300 + "\ny = '''" + "{" * 300 + "'''")
probe("unclosed-before-limit", "x = (1,\ny = " + "(" * 250)

for n in (99, 100):
    probe(f"indent{n}", "".join(" " * i + "if 1:\n" for i in range(n)) + " " * n + "pass\n")
probe("continuation-lines", "x = (1,\n" + "".join(" " * i + "2,\n" for i in range(150)) + ")\n")

def nested(stmt, n, body="pass"):
    return "".join(" " * i + stmt + "\n" for i in range(n)) + " " * n + body + "\n"

for n in (20, 21):
    probe(f"for{n}", "if 0:\n" + "".join(" " + line + "\n" for line in nested("for x in y:", n).splitlines()))
    probe(f"while{n}", "if 0:\n" + "".join(" " + line + "\n" for line in nested("while 1:", n).splitlines()))
    probe(f"with{n}", "if 0:\n" + "".join(" " + line + "\n" for line in nested("with a:", n).splitlines()))
    tries = nested("try:", n) + "".join(" " * i + "except E as e: pass\n" for i in reversed(range(n)))
    probe(f"try{n}", "if 0:\n" + "".join(" " + line + "\n" for line in tries.splitlines()))
    fins = nested("try:", n) + "".join(" " * i + "finally: pass\n" for i in reversed(range(n)))
    probe(f"finally{n}", "if 0:\n" + "".join(" " + line + "\n" for line in fins.splitlines()))
probe("blocks-per-function", nested("for x in []:", 15, "def f():\n" + "".join(" " * (16 + i) + "for x in y:\n" for i in range(15)) + " " * 31 + "pass"))

for n in (2900, 3100):
    probe(f"sum{n}", "x = " + "+".join(["1"] * n))
    probe(f"neg{n}", "x = " + "-" * n + "1")
    probe(f"elif{n}", "x = 5\nif x == 0: pass\n" + "".join(f"elif x == {i}: pass\n" for i in range(1, n)))
    probe(f"eval-sum{n}", "+".join(["1"] * n), "eval")
# Nested lambdas compile (each is a function of its own).
probe("lambdas-ok", "f = " + "lambda: " * 900 + "1")
