import random

random.seed(2024)
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:13])
hands = [sorted(deck[i * 5:(i + 1) * 5]) for i in range(4)]
for h in hands:
    print(h)
print(random.sample(range(1, 50), 6))
print(random.sample(["a", "b", "c", "d", "e"], 3))
print(sorted(random.sample(range(1000), 10)))
nums = list(range(20))
random.shuffle(nums)
print(nums, sorted(nums) == list(range(20)))
