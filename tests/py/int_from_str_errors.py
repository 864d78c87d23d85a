# The ValueError messages of int() on bad strings and bases.
bad = [("", 10), ("abc", 10), ("1.5", 10), ("12a", 10), ("_1", 10), ("1_", 10),
       ("1__0", 10), ("2", 2), ("9", 8), ("g", 16), ("0x", 16), ("010", 0),
       ("0b2", 0), ("- 1", 10), ("++1", 10), ("1 2", 10), (" ", 10)]
for s, base in bad:
    try:
        int(s, base)
    except ValueError as e:
        print(type(e).__name__, e)
for base in (1, 37, -1):
    try:
        int("1", base)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
