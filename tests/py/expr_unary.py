# Unary operators -, +, ~, not on all numeric types, and their errors.
for v in (5, -5, 0, 2.5, -0.0, 1 + 2j, True, False, 2 ** 70):
    try:
        inv = ~v
    except TypeError as e:
        inv = type(e).__name__
    print(repr(v), -v, +v, inv, not v)
for v in ("s", [1], None):
    for op, f in (("-", lambda x: -x), ("+", lambda x: +x), ("~", lambda x: ~x)):
        try:
            f(v)
        except TypeError as e:
            print(op, type(e).__name__, e)
print(- -5, -(-5), ~~5, not not 5, -+-+1)
