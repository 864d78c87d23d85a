# Dict equality ignores order; comparisons other than == raise TypeError.
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, a != b, list(a) == list(b))
print({1: 1} == {1.0: 1}, {1: [1]} == {1: [1]}, {} == {}, {} == [])
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
print(a.keys() == b.keys(), list(a.values()) == list(b.values()))
print(a.items() == b.items())
c = dict(a)
c["x"] = 1.0
print(a == c)
nan = float("nan")
print({1: nan} == {1: nan})
k = {nan: 1}
print(nan in k, float("nan") in k)
