# random.Random instances (own state, CPython's numbers for a seed, getstate/setstate),
# choices, gauss and the other distributions; module functions share one generator.
import random

r = random.Random(42)
print(r.random(), r.randint(1, 100), r.choice("abcdef"), r.randrange(0, 100, 7))
xs = list(range(10))
r.shuffle(xs)
print(xs, r.sample(range(100), 5), r.getrandbits(70), r.uniform(1, 2))
print(r.choices("abc", k=5), r.choices("abc", weights=[1, 0, 3], k=4),
      r.choices(range(5), cum_weights=[1, 2, 3, 4, 5], k=3))
print(r.gauss(), r.gauss(0, 2), r.normalvariate(), r.expovariate(2.0), r.triangular(0, 10, 2))
print(r.lognormvariate(0, 1), r.vonmisesvariate(1, 2), r.gammavariate(2.0, 1.0),
      r.gammavariate(0.5, 1.0), r.betavariate(2, 3), r.paretovariate(3), r.weibullvariate(1, 2))
print(r.randbytes(6), r.sample(["a", "b", "c"], 2, counts=[2, 1, 3]))
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
print(a == [r.random() for _ in range(3)], state[0], len(state[1]))
r2 = random.Random()
r2.seed(42)
r3 = random.Random(42)
print(r2.random() == r3.random(), random.Random(3.5).random() == random.Random(3.5).random())
s = random.Random(7)
t = random.Random(7)
s.random()
print(s.random() == t.random() or "independent", isinstance(r, random.Random))

random.seed(5)
first = random.random()
random.seed(5)
print(first == random.random(), random.getstate()[1][-1])
random.seed(5)
print(random.choices([1, 2, 3], k=4), random.gauss(1, 0.5), random.random())
for bad in [lambda: r.choice([]), lambda: r.randrange(5, 5), lambda: r.sample([1], 2),
            lambda: r.choices("ab", [1, 2, 3]), lambda: r.randrange(0, 10, 0),
            lambda: r.setstate((2, (), None))]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)


class MyRandom(random.Random):
    def random(self):
        return 0.5


print(MyRandom(1).uniform(0, 10), MyRandom(1).choices("ab", k=2))
