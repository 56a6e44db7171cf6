print("hp_err.raising_sub: body")
PARTIAL = 1
raise RuntimeError("raising_sub failed")
