nums = [7, -3, 12, 0, -15, 8]
print(min(nums), max(nums), sum(nums), len(nums))
print(min(3, 1, 2), max("apple", "banana", "cherry"), max([], default="none"))
print(min(nums, key=abs), max(nums, key=abs), max(nums, key=lambda n: -n))
print(min("hello"), max("hello"), min([(2, "b"), (1, "z"), (1, "a")]))
print([abs(n) for n in nums], abs(-2.5), abs(-(2 ** 70)))
print(round(7 / 3, 4), round(-2.5), round(3.5), round(1234, -2), round(0.0001, 2))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(pow(3, 4), pow(2, 0.5), pow(10, -1), pow(5, 3, 7))
print(sum(x * x for x in nums if x > 0))
words = ["kiwi", "fig", "banana", "apple"]
print(min(words, key=len), max(words, key=len), sorted(words, key=lambda w: (len(w), w)))
print(max(range(10), key=lambda i: (i * 7) % 10))
