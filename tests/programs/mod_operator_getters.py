from operator import itemgetter, attrgetter

rows = [("ann", 31, "oslo"), ("bob", 25, "rome"), ("cy", 31, "bern"), ("di", 22, "oslo")]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 0)))
print(sorted(rows, key=itemgetter(2, 1), reverse=True))
g = itemgetter(0, 2)
print([g(r) for r in rows])
print(itemgetter(-1)("hello"), itemgetter("x")({"x": 42}))
class City:
    def __init__(self, name, pop, country):
        self.name = name
        self.pop = pop
        self.country = country
    def __repr__(self):
        return f"City({self.name})"
cities = [City("Oslo", 700, "NO"), City("Bergen", 285, "NO"), City("Rome", 2800, "IT"), City("Milan", 1400, "IT")]
print(sorted(cities, key=attrgetter("pop")))
print(sorted(cities, key=attrgetter("country", "name")))
print(list(map(attrgetter("name"), cities)))
name_pop = attrgetter("name", "pop")
print(name_pop(cities[2]))
class Wrap:
    def __init__(self, inner):
        self.inner = inner
print(attrgetter("inner.name")(Wrap(cities[0])))
print(max(cities, key=attrgetter("pop")).name, min(rows, key=itemgetter(1))[0])
