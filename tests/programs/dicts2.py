ages = {"ann": 31, "bob": 25}
for name in ages:
    print(name, ages[name])
print(ages.get("ann"), ages.get("cy"), ages.get("cy", 0))
table = {}
i = 0
while i < 500:
    table[str(i)] = [i]
    i += 1
print(len(table), table["499"], table["0"])
mixed = {1: "int", 2.5: "float", "s": "str", None: "none", (1, 2): "tuple"}
print(mixed[1.0], mixed[2.5], mixed[None], mixed[(1, 2)])
mixed[[1]] = 5
