# Tabs and spaces that order lines differently are CPython's TabError (an IndentationError);
# consistent ones compile.
cases = [
    "if 1:\n\tx = 1\n        y = 2\n",
    "if 1:\n        x = 1\n\ty = 2\n",
    "if 1:\n    if 2:\n\tx = 1\n",
    "if 1:\n\tx = 1\n\ty = 2\n",
    "if 1:\n  if 2:\n\t  x = 1\n",
    "if 1:\n\tif 2:\n\t\tx = 1\n\ty = 2\n",
    "if 1:\n    x = 1\n  y = 2\n",
]
for src in cases:
    try:
        exec(src, {})
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, isinstance(e, IndentationError), e.msg, e.lineno)
