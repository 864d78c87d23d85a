# Re-raising with a new message, adding notes, wrapping in another type.
def risky(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n
results = []
for v in (1, -2, 3):
    try:
        results.append(risky(v))
    except ValueError as e:
        results.append(f"caught {e}")
print(results)
try:
    try:
        risky(-1)
    except ValueError as e:
        e.args = ("changed message",)
        raise
except ValueError as e:
    print(e, e.args)
try:
    try:
        risky(-5)
    except ValueError as e:
        e.add_note("while processing item 5")
        raise
except ValueError as e:
    print(e, e.__notes__)
try:
    try:
        risky(-7)
    except ValueError as e:
        raise TypeError(*e.args)
except TypeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
