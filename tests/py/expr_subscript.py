# Subscripting: negative indices, nested, slices with expressions, assignment targets.
data = {"list": [10, 20, 30], "map": {"k": ("a", "b")}, "str": "hello"}
print(data["list"][-1], data["map"]["k"][0], data["str"][1:3], data["str"][-1::-2])
n = 2
print(data["list"][n - 1], data["list"][: n], data["list"][n:] + data["list"][:n])
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid[1][2], grid[-1][-1], [row[1] for row in grid], grid[::2])
grid[0][0] = "x"
grid[-1] = grid[-1][::-1]
print(grid)
t = ((1, 2), (3, 4))
print(t[1][0], t[-1][-1], t[0][::-1])
s = "abcdef"
print(s[len(s) // 2:], s[:-len(s)], s[1:-1][::-1])
idx = {"a": 0}
lst = ["zero"]
print(lst[idx["a"]], [1, 2, 3][True], "xy"[-True])
