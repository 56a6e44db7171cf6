# rows are "name,age[,more...]"; a malformed row ends the program
rows = ["ann,31,oslo", "bob,25,rome,extra,fields", "cy,40", "broken"]
people = []
for row in rows:
    name, age, *rest = row.split(",")
    people.append((name, int(age)))
    print(name, age, rest)
    oldest = max(people, key=lambda p: p[1])
    print("oldest so far:", oldest[0])
print("never reached", people)
