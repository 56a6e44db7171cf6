words = ["kiwi", "fig", "banana", "apple", "plum"]
print(min(words), max(words), min(words, key=len), max(words, key=len))
print(max(words, key=lambda w: (len(w), w)), min(words, key=lambda w: w[-1]))
print(min([], default="empty"), max([], key=len, default=None))
print(min(3, 1, 2), max(3, 1, 2, key=lambda x: -x), max("abc", "abd"))
print(min((5, "b"), (5, "a")), max([[1, 2], [1, 3], [0, 9]]))
scores = {"ann": 88, "bob": 95, "cy": 70}
print(max(scores, key=scores.get), min(scores.items(), key=lambda kv: kv[1]))
print(max(range(-5, 5), key=lambda x: x * x), min(range(-5, 5), key=abs))
print(max([1, 5, 5, 2], key=lambda x: x == 5))
print(min(iter([4, 2, 8]), default=0), max(x for x in [] if x) if False else max((x for x in [3]), default=-1))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
