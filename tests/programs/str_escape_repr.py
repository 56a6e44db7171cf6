print(repr("tab\tnewline\n"))
print(repr('single \' quote'), repr("double \" quote"), repr("both ' and \""))
print("a\\b", len("a\\b"), len("\n"))
print(repr("\x41\u00e9"), "\x41\u00e9")
print(repr(""), repr("\0"))
print(str(["a", 'b"c', "d'e"]))
print(repr(("x",)), repr({"k": "v"}))
raw = r"C:\new\table"
print(raw, len(raw))
print("""triple
quoted""")
print('con' 'cat' "enation")
print(ascii("é"), repr("é"))
