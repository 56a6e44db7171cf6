xs = [1, 2, 3]
xs.append(4)
print(xs, len(xs), xs[0], xs[-1])
total = 0
for x in xs:
    total += x
print(total)
xs[1] = 20
print(xs, xs.pop(), xs)
big = []
for i in range(1000):
    big.append(i * i)
print(len(big), big[999], big[-2])
print([1, 2] == [1, 2], [1] != [1], [] == [], [1, [2, 3]] == [1, [2, 3]])
nested = [[1, 2], [3, [4, 5]]]
print(nested, nested[1][1][0])
words = ["b", "a"]
words.append("c")
print(words, repr(words[0]))
if []:
    print("empty is true?")
else:
    print("empty is false")


def build(n):
    out = []
    i = 0
    while i < n:
        out.append([i, str(i)])
        i += 1
    return out


print(build(3))
