# break and continue inside try/except/else in loops, and with nested functions.
results = []
for v in ["3", "x", "0", "5", "stop", "7"]:
    if v == "stop":
        break
    try:
        n = 10 // int(v)
    except ValueError:
        results.append("bad")
        continue
    except ZeroDivisionError:
        results.append("zero")
        continue
    else:
        results.append(n)
print(results)
i = 0
out = []
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 7:
        break
    out.append(i)
print(out, i)
def make_checkers():
    checks = []
    for limit in (2, 4):
        def check(v, limit=limit):
            return v < limit
        checks.append(check)
    return checks
print([c(3) for c in make_checkers()])
