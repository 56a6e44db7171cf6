import random

random.seed(5)
pools = [[1, 2, 3], ["x", "y"], list(range(50)), [], [9]]
history = []
for pool in pools:
    picked = random.choice(pool)
    history.append(picked)
    print("picked", picked, "from", len(pool), "items")
print(history)
