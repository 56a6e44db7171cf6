import random

random.seed(5)
pools = [[1, 2, 3], ["x", "y"], [], [9]]
for pool in pools:
    picked = random.choice(pool)
    print("picked", picked, "from", pool)
