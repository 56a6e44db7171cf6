import random

random.seed(12345)
print([round(random.random(), 6) for _ in range(5)])
print([random.randint(1, 6) for _ in range(12)])
print([random.randrange(10) for _ in range(8)])
print([random.randrange(5, 50, 5) for _ in range(8)])
print(random.choice(["red", "green", "blue", "yellow"]))
print(random.choice("xyz"), random.choice(range(100)))
print(round(random.uniform(-1, 1), 8), round(random.uniform(10, 20), 8))
random.seed(12345)
print(round(random.random(), 6))
