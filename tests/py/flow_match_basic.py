# match statement (3.10+): literals, captures, sequences, mappings, guards, or-patterns.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case [a, b]:
            return f"pair {a},{b}"
        case [first, *rest]:
            return f"starts with {first}, {len(rest)} more"
        case {"type": "point", "x": px, "y": py}:
            return f"point at {px},{py}"
        case str() as s:
            return f"string {s!r}"
        case None:
            return "none"
        case _:
            return "something else"
for v in (0, 2, -7, [1, 2], [9, 8, 7], (5,), {"type": "point", "x": 1, "y": 2, "z": 0}, "hi",
          None, 4.5, []):
    print(repr(v), "->", describe(v))
