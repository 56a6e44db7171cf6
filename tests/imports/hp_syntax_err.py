print("hp_syntax_err: never printed")
def broken(:
    pass
