# Generator pipelines and comprehensions.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(it):
    for x in it:
        yield x * x


evens = sum(x for x in squares(numbers(300000)) if x % 2 == 0)
table = [[i * j for j in range(50)] for i in range(400)]
print(evens, sum(map(sum, table)))
