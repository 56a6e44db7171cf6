import random

random.seed(7)
for k in [1, 4, 8, 16, 32, 33, 64, 100]:
    v = random.getrandbits(k)
    print(k, v, v < 2 ** k)
random.seed(7)
print(random.getrandbits(8))
bits = "".join(str(random.getrandbits(1)) for _ in range(40))
print(bits)
print(bin(random.getrandbits(20)))
