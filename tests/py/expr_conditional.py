# Conditional expressions: nesting, evaluation of only the chosen branch.
x = 7
print("odd" if x % 2 else "even", "big" if x > 100 else "small")
print("neg" if x < 0 else "zero" if x == 0 else "pos")
for n in (-5, 0, 5):
    print(n, "neg" if n < 0 else ("zero" if n == 0 else "pos"))
def boom():
    raise RuntimeError("evaluated")
print(1 if True else boom(), boom() if False else 2)
values = [3, -1, 0, 8]
print([v if v > 0 else 0 for v in values])
print(max(values) if values else None, (lambda: "yes" if values else "no")())
a = 10
b = a if a > 5 else 5
c = (a if a < 5 else 5) * 2
print(b, c)
print(sum(v for v in values if v) if values else -1)
print(["even", "odd"][x % 2], {True: "T", False: "F"}[x > 3])
