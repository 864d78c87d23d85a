# The | and |= operators, {**a, **b}, and update precedence.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a)
c = a.copy()
c |= b
print(c)
c |= [("w", 0)]
print(c)
print({**a, **b}, {**b, **a}, dict(a, **b))
try:
    a | [("q", 1)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict(a, **{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**a, **[1]}
except TypeError as e:
    print(type(e).__name__, e)
print(a | {}, {} | a == a)
