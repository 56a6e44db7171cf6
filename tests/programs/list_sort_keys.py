people = [("alice", 30, 5.5), ("bob", 25, 6.1), ("carol", 35, 5.2), ("dave", 25, 5.9), ("eve", 30, 5.5)]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (p[1], -p[2])))
print(sorted(people, key=lambda p: p[2], reverse=True))
names = ["Banana", "apple", "Cherry", "date"]
print(sorted(names), sorted(names, key=str.lower), sorted(names, key=len))
nums = [5, -3, 2, -8, 0, 7]
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
stable = [(1, "a"), (0, "b"), (1, "c"), (0, "d")]
print(sorted(stable, key=lambda t: t[0]))
print(sorted("hello world"), sorted({3: "a", 1: "b"}))
