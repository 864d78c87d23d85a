# An uncaught TypeError from a builtin called with a wrong argument deep in calls.
def total(items):
    return sum(items)

def report(rows):
    return [total(r) for r in rows]

print(report([[1, 2], [3]]))
print(report([[1, "two"], [3]]))
print("not reached")
