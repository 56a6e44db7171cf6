def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


primes = []
for n in range(100):
    if is_prime(n):
        primes.append(n)
print(len(primes), primes[0], primes[-1], sum(primes))


def sieve(limit):
    flags = []
    for i in range(limit + 1):
        flags.append(True)
    flags[0] = flags[1] = False
    p = 2
    while p * p <= limit:
        if flags[p]:
            m = p * p
            while m <= limit:
                flags[m] = False
                m += p
        p += 1
    found = []
    for i, flag in enumerate(flags):
        if flag:
            found.append(i)
    return found


print(sieve(100) == primes, len(sieve(10000)))
