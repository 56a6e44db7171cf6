rows = []
for i in range(1, 6):
    rows.append("*" * i + " " * (5 - i) + "|")
for r in rows:
    print(r)
table = ""
for i in range(1, 4):
    for j in range(1, 4):
        table += f"{i * j:3d}"
    table += "\n"
print(table, end="")
print(repr("tab\there"), len("tab\there"), "quote's" + '"dq"')
