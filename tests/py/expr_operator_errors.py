# TypeError messages of binary operators with unsupported operand types.
pairs = [(1, "a"), ("a", 1), ([1], 1), (None, 1), ({}, {}), (1.5, "x"), ((1,), [1]), ({1}, [1]),
         (b"a", "a"), (1j, None)]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
       ("/", lambda a, b: a / b), ("%", lambda a, b: a % b), ("**", lambda a, b: a ** b),
       ("@", lambda a, b: a @ b), ("<<", lambda a, b: a << b)]
for a, b in pairs[:5]:
    for sym, f in ops:
        try:
            r = f(a, b)
            print(sym, repr(a), repr(b), "->", repr(r))
        except TypeError as e:
            print(sym, type(e).__name__, e)
for a, b in pairs[5:]:
    try:
        a + b
    except TypeError as e:
        print(type(e).__name__, e)
x = 1
try:
    x += "s"
except TypeError as e:
    print(type(e).__name__, e)
