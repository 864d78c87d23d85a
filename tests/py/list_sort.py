# sort and sorted with key and reverse; stability of equal keys.
nums = [5, 2, 9, 1, 5, 6, -3, 0]
print(sorted(nums), sorted(nums, reverse=True), nums)
nums.sort()
print(nums)
words = ["banana", "Apple", "cherry", "date", "Elder", "fig", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1)]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(sorted(pairs), sorted(pairs, key=lambda p: (-p[1], p[0])))
students = [("ann", "B"), ("bob", "A"), ("cid", "B"), ("dee", "A"), ("eve", "C")]
by_grade = sorted(students, key=lambda s: s[1])
print([s[0] for s in by_grade])
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: "c", 1: "a"}), sorted([]))
print(sorted([3.5, 1, 2.25, True]), sorted([[2, 1], [1, 9], [1, 2]]))
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
r = [1, 2]
print(r.sort(), r)
