# Sequence patterns: lists, tuples, stars, nesting; what is not a sequence.
import collections
import array
from collections.abc import Sequence


def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x!r}"
        case [x, y]:
            return f"two: {x!r} {y!r}"
        case [first, *middle, last]:
            return f"first {first!r} middle {middle!r} last {last!r}"
        case _:
            return "not a sequence"


for v in [[], [1], (1,), [1, 2], (1, 2), [1, 2, 3], (1, 2, 3, 4), range(5),
          "ab", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}, 12, None,
          collections.deque([7, 8, 9]), memoryview(b"xyz"), array.array("i", [4, 5])]:
    print(type(v).__name__, "->", seq(v))

# Tuples and lists match both kinds of brackets.
match (1, 2):
    case [a, b]:
        print("tuple with list pattern", a, b)
match [1, 2]:
    case (a, b):
        print("list with tuple pattern", a, b)

# The starred name always gets a list.
match (1, 2, 3):
    case (*init, last):
        print(init, last)
match "x", "y":
    case a, *rest:
        print(a, rest)
match range(4):
    case [*all_of_it]:
        print(all_of_it)

# Star wildcards: items taken by index, len() asked.
class Loud(Sequence):
    def __init__(self, data):
        self.data = data
    def __len__(self):
        print("  len()")
        return len(self.data)
    def __getitem__(self, i):
        print("  getitem", i)
        return self.data[i]

print("star wildcard:")
match Loud([1, 2, 3, 4]):
    case [a, *_, z]:
        print(a, z)
print("star name:")
match Loud([1, 2, 3]):
    case [a, *rest]:
        print(a, rest)
print("fixed length:")
match Loud([1, 2]):
    case [a, b, c]:
        print("no")
    case [a, b]:
        print(a, b)

# Nested patterns.
def nested(v):
    match v:
        case [1, [2, x]]:
            return f"inner {x}"
        case [[a, b], [c, d]]:
            return f"matrix {a}{b}{c}{d}"
        case [(x, y), *others] if others:
            return f"pairs from {x},{y} then {len(others)} more"
        case _:
            return "no"

for v in [[1, [2, 3]], [[1, 2], [3, 4]], [(0, 0), (1, 1), (2, 2)], [1, [2]], [(5, 6)]]:
    print(v, nested(v))

# Strings are not sequences here, but a str pattern value still matches.
match "hello":
    case [*chars]:
        print("chars", chars)
    case str(s):
        print("a str:", s)
