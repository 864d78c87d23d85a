# Assignment expressions bind in the containing function scope, even inside comprehensions.
data = [1, 5, 3, 8, 2]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 5], y)
def f():
    total = 0
    vals = [total := total + v for v in range(4)]
    return vals, total
print(f())
print(any((found := v) > 4 for v in data), found)
pos = 0
while (pos := pos + 3) < 10:
    print("pos", pos)
print(pos)
def g():
    [last := ch for ch in "abc"]
    return last
print(g())
print((z := 5) + z, z)
