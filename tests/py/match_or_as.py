# Or-patterns and as-patterns.

def kind(v):
    match v:
        case 0 | 1 | 2 as small:
            return f"small {small}"
        case [x] | (x, _) | {"x": x}:
            return f"x = {x}"
        case (a, b, c) | [c, b, a, _]:
            # The names come out in the same places whichever alternative
            # matched.
            return f"a={a} b={b} c={c}"
        case (str() | bytes()) as text:
            return f"text {text!r}"
        case [(1 | 2) as first, *rest] as whole:
            return f"first {first} of {whole}, rest {rest}"
        case _:
            return "other"


for v in [0, 2, [7], (8, 9), {"x": 10}, (1, 2, 3), [1, 2, 3, 4], "s", b"b",
          [1, 5, 6], [2], [3, 4]]:
    print(repr(v), "->", kind(v))

# Alternatives are tried left to right; the first that matches wins.
def trace(label, result=True):
    print("  checking", label)
    return result

class Probe:
    def __eq__(self, other):
        print("  == ", other)
        return other == 3

match Probe():
    case 1 | 2 | 3 | 4:
        print("matched at 3")

# as binds the value the sub-pattern matched.
match [1, [2, 3]]:
    case [_, [_, _] as inner] as outer:
        print(inner, outer)

# Nested or-patterns inside sequences and mappings.
match {"op": "+", "args": (1, 2)}:
    case {"op": "+" | "-" as op, "args": (int() | float() as a, int() | float() as b)}:
        print(op, a, b)

match (1, (2, 3)):
    case (x, (y, z)) | (x, y, z):
        print(x, y, z)
match (1, 2, 3):
    case (x, (y, z)) | (x, y, z):
        print(x, y, z)
