mixed = [3, 1, 2]
print(sorted(mixed))
mixed.append("four")
print(mixed)
print(sorted(mixed))
