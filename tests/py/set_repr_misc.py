# repr of sets and frozensets, set() vs {}, truthiness, iteration.
print(set(), {1}, frozenset({1}), type({}).__name__, type(set()).__name__)
print(repr({1, 2, 3}), str(frozenset([4, 5])))
print(bool(set()), bool({0}), len({None}), {None})
s = {5, 1, 3}
for x in s:
    print(x, end=" ")
print()
print(list(s), sorted(s, reverse=True), max(s), min(s), sum(s))
print(set([1, 2]) == set((2, 1)), {1, 2}.__len__(), {1}.__contains__(1))
class Sub(set):
    pass
print(Sub([1, 2]), repr(Sub()))
print({1, 2}.union(), set.union({1}, {2}))
