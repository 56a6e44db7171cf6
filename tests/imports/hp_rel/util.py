print("hp_rel.util: body")
UTIL = "hp_rel.util.UTIL"
