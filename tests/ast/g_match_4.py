# Mapping patterns: literal and value keys, **rest
import enum

class Color(enum.Enum):
    RED = 1
    GREEN = 2

def handle(event):
    match event:
        case {}:
            print("empty?")
        case {"type": "click", "pos": (x, y)}:
            print("click at", x, y)
        case {"type": "key", "key": str(k), **rest}:
            print("key", k, "and more:", rest)
        case {Color.RED: value, Color.GREEN: other,}:
            print("colors", value, other)
        case {1: one, -2: two, 3+4j: z, None: n, True: t, False: f}:
            print(one, two, z, n, t, f)
        case {**everything}:
            print("any mapping", everything)
        case {"a": 1, **rest,}:
            print(rest)

handle({"type": "click", "pos": (1, 2)})
