# Exceptions inside loops: retry patterns, continue on error, collecting errors.
inputs = ["1", "x", "3", "", "5.5", "-2"]
ok, bad = [], []
for s in inputs:
    try:
        ok.append(int(s))
    except ValueError as e:
        bad.append(str(e))
        continue
print(ok)
for b in bad:
    print(b)
attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise ConnectionError(f"attempt {attempts} failed")
    return "connected"
while True:
    try:
        print(flaky())
        break
    except ConnectionError as e:
        print("retry after:", e)
total = 0
for v in [10, 0, 5, "a", 2]:
    try:
        total += 100 // v
    except ZeroDivisionError:
        print("skip zero")
    except TypeError as e:
        print("skip", type(e).__name__, e)
    else:
        print("added", 100 // v)
print(total)
