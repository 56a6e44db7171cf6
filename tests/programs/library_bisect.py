# bisect: positions and insertions in sorted lists, with lo/hi bounds and key functions.
import bisect

a = [1, 2, 2, 2, 3, 5, 8]
print([bisect.bisect_left(a, x) for x in (0, 2, 4, 9)])
print([bisect.bisect_right(a, x) for x in (0, 2, 4, 9)], bisect.bisect(a, 2))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 5, hi=4))
b = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 4)
bisect.insort_right(b, 4.0)
print(b, [type(x).__name__ for x in b])
people = [("ann", 31), ("bob", 25), ("cy", 40)]
people.sort(key=lambda p: p[1])
print(bisect.bisect_left(people, 30, key=lambda p: p[1]))
bisect.insort(people, ("dee", 33), key=lambda p: p[1])
print(people)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in (33, 99, 77, 70, 89, 90, 100)])
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError", e)
words = ["apple", "banana", "cherry"]
print(bisect.bisect_left(words, "blueberry"), bisect.bisect_right(words, "cherry"))
