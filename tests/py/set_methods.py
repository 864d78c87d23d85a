# add, remove, discard, pop, clear, copy, update family, subset tests.
s = {1, 2}
s.add(3)
s.add(2)
print(s, len(s))
s.update([4, 5], (6,), range(7, 9))
print(s)
s.intersection_update({1, 2, 3, 4, 10})
print(s)
s.difference_update([1])
print(s)
s.symmetric_difference_update({3, 4, 5})
print(s)
c = s.copy()
c.add(100)
print(s, c)
print(s.issubset({2, 5, 9}), s.issuperset({2}), s.isdisjoint({7}), s.isdisjoint({2}))
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
s.discard(42)
print(s.pop(), s)
s.clear()
print(s, len(s))
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    s.add([1])
except TypeError as e:
    print(type(e).__name__, e)
print(set("aab") == {"a", "b"}, len(set("mississippi")))
