db = {
    "users": [
        {"name": "ann", "roles": ["admin", "dev"], "age": 31},
        {"name": "ben", "roles": ["dev"], "age": 24},
        {"name": "cal", "roles": [], "age": 45},
    ],
    "meta": {"version": 3, "tags": ("x", "y")},
}
for u in db["users"]:
    print(u["name"], len(u["roles"]), "admin" in u["roles"])
by_role = {}
for u in db["users"]:
    for r in u["roles"]:
        by_role.setdefault(r, []).append(u["name"])
print(by_role)
print(db["meta"]["tags"][1], db["meta"].get("missing", "n/a"))
ages = {u["name"]: u["age"] for u in db["users"]}
print(ages, sum(ages.values()) / len(ages))
db["meta"]["version"] += 1
print(db["meta"])
def depth(x):
    if isinstance(x, dict):
        return 1 + max((depth(v) for v in x.values()), default=0)
    if isinstance(x, (list, tuple)):
        return 1 + max((depth(v) for v in x), default=0)
    return 0
print(depth(db))
