# Float comparisons, nan in containers, sorting mixed values.
nan = float("nan")
print(0.1 + 0.2 == 0.3, 0.1 + 0.2 > 0.3, 0.5 == 0.5)
print(nan < 1, nan > 1, nan == nan, nan != nan)
lst = [nan]
print(nan in lst, lst == lst, [nan] == [nan], float("nan") in lst)
print(-0.0 == 0.0, -0.0 < 0.0)
print(sorted([2.5, -1.0, 0.0, 1e-10, -1e10, 3]))
print(min(0.0, -0.0), max(-0.0, 0.0), min(-0.0, 0.0))
print(float("inf") == float("inf"), float("-inf") < -1e308)
print(1.0 < 2 < 3.5, 1e308 < 1e309)
print(max([1.5, 2.25, 2.0]), min([1.5, 2.25, 2.0]))
x = 1.0
print(x is not None, x is x, 2.0 == 2)
