students = [("ann", "B", 88), ("bob", "A", 95), ("cy", "B", 72), ("di", "A", 95), ("ed", "C", 60), ("flo", "A", 81)]
print(sorted(students, key=lambda s: (s[1], -s[2], s[0])))
by_score = sorted(students, key=lambda s: s[2], reverse=True)
print([s[0] for s in by_score])
tmp = sorted(students, key=lambda s: s[0], reverse=True)
tmp.sort(key=lambda s: s[1])
print([s[0] for s in tmp])
words = ["Banana", "apple", "cherry", "Apple", "banana", "date"]
print(sorted(words))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (w.lower(), w)))
print(sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w)))
nums = [-5, 3, -2, 8, 0, -9, 4]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: (n < 0, abs(n))))
data = {"x": 3, "y": 1, "z": 2, "w": 3}
print(sorted(data, key=lambda k: data[k]), sorted(data.items(), key=lambda kv: (-kv[1], kv[0])))
lst = [3, 1, 2]
print(lst.sort(), lst, sorted("hello"), sorted((3, 1, 2), reverse=True))
print(sorted([[2, "b"], [1, "z"], [2, "a"], [1, "a"]]))
