# Guards: when they run, what they see, their side effects.

calls = []

def check(label, value):
    calls.append(label)
    print("  guard", label)
    return value


def first(v):
    match v:
        case [x, y] if check("sum", x + y > 10):
            return "big pair"
        case [x, y] if check("equal", x == y):
            return "equal pair"
        case [x, *_] if check("any", True):
            return f"starts with {x}"
        case _:
            return "no"


for v in [[5, 6], [2, 2], [1, 2], [3], "x"]:
    print(v, "->", first(v))
print(calls)

# A name bound by a pattern stays bound even when the guard fails.
match (1, 2):
    case (a, b) if a > b:
        print("no")
    case _:
        print("guard failed, a and b still:", a, b)

# The guard is evaluated after the captures are stored.
x = "outer"
match 99:
    case x if print("in guard x =", x) or False:
        pass
print("x is now", x)

# A guard with a walrus.
match [3, 4]:
    case [a, b] if (total := a + b) > 5:
        print("total", total)

# A guarded wildcard case, then an unguarded one.
for v in [0, 5]:
    match v:
        case _ if v > 3:
            print(v, "big")
        case _:
            print(v, "small")

# Guard errors propagate.
try:
    match 1:
        case n if n / 0:
            pass
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# Matching inside loops with break and continue.
for item in [1, "skip", 2, "stop", 3]:
    match item:
        case "skip":
            continue
        case "stop":
            break
        case n:
            print("item", n)

# Return from inside a case inside a loop.
def find(items):
    for it in items:
        match it:
            case {"id": i, "ok": True}:
                return i
    return None

print(find([{"id": 1, "ok": False}, {"id": 2, "ok": True}]))
