# frozenset: immutable, hashable, usable as dict keys and set members.
f = frozenset([3, 1, 2, 3])
print(f, len(f), type(f).__name__, frozenset(), repr(frozenset()))
print(hash(f) == hash(frozenset({1, 2, 3})), f == {1, 2, 3})
d = {f: "numbers", frozenset(): "empty"}
print(d[frozenset([1, 2, 3])], d[frozenset()])
nested = {frozenset({1}), frozenset({1, 2}), frozenset({1})}
print(len(nested), frozenset({2, 1}) in nested)
print(f | {4}, f & {1, 9}, f - {1}, f ^ {3, 4}, type(f | {4}).__name__)
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    {{1}}
except TypeError as e:
    print(type(e).__name__, e)
print(frozenset(range(5)), frozenset("a") == frozenset(["a"]))
print(f.issubset(range(10)), f.copy() is f, frozenset(f) is f)
print(hash(frozenset()) == hash(frozenset([])))
