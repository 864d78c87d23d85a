# Tuples in loops, as dict keys built from data, and multiple return values.
points = [(0, 0), (3, 4), (-1, 1), (3, 4)]
for x, y in points:
    print(f"({x}, {y}) distance^2 = {x * x + y * y}")
seen = {}
for p in points:
    seen[p] = seen.get(p, 0) + 1
print(seen)
def stats(nums):
    return min(nums), max(nums), sum(nums) / len(nums)
lo, hi, mean = stats([4, 8, 15, 16, 23, 42])
print(lo, hi, mean)
result = stats([1, 2])
print(result, type(result).__name__, result[2])
pairs = list(zip("abc", (1, 2, 3)))
print(pairs, dict(pairs), [k * v for k, v in pairs])
grid = {(r, c): "." for r in range(2) for c in range(3)}
grid[(1, 2)] = "#"
print("".join(grid[(1, c)] for c in range(3)), len(grid))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], sum(nested[0]), nested[1][1][::-1])
