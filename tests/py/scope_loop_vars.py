# Loop variables live on after the loop; for-loops at module level bind globals.
for i in range(3):
    pass
print(i)
for i in []:
    pass
print(i)
def f():
    for j in range(5):
        if j == 2:
            break
    return j
print(f())
k = "before"
for k in "xy":
    pass
print(k)
while False:
    w = 1
print("w" in dir())
def g():
    for m in range(0):
        pass
    try:
        return m
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(g())
for a, (b, c) in [(1, (2, 3))]:
    pass
print(a, b, c)
