x = "outer"
vals = [x for x in range(3)]
print(vals, x)
labels = ["even" if n % 2 == 0 else "odd" for n in range(5)]
print(labels)
fizz = ["FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i) for i in range(1, 16)]
print(" ".join(fizz))
class Config:
    base = 10
    scaled = [base * i for i in range(3)] if False else None
print(Config.scaled)
def f(n):
    return [n * i for i in range(n)]
print(f(4))
data = [3, -1, 4, -1, 5, -9]
print([abs(d) for d in data if d < 0], [d if d > 0 else 0 for d in data])
pairs = [(a, b) for a in "xy" for b in (1, 2)]
print(pairs)
gen = (y * 2 for y in range(4))
print(sum(gen), [i for i in range(20) if i % 3 == 0 if i % 2 == 0])
print([[c for c in w if c not in "aeiou"] for w in ["hello", "sky"]])
