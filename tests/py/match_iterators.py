# Generators, iterators, sets and other non-sequences do not match
# sequence patterns; they are not consumed.

def gen():
    print("  generator started")
    yield 1
    yield 2


def kind(v):
    match v:
        case [a, b]:
            return f"pair {a} {b}"
        case {"k": _}:
            return "mapping"
        case _:
            return f"other ({type(v).__name__})"


g = gen()
print(kind(g))
print(list(g))

it = iter([1, 2])
print(kind(it))
print(list(it))

print(kind({1, 2}))
print(kind(frozenset({3, 4})))
print(kind(x for x in "ab"))
print(kind(zip([1], [2])))
print(kind(enumerate("ab")))
print(kind(dict(k=1).keys()))
print(kind(dict(k=1).items()))
print(kind(range(2)))

# Converting to a list first makes them match.
match list(gen()):
    case [a, b]:
        print("as a list:", a, b)

# A class registered as a Sequence matches; its subclasses too.
from collections.abc import Sequence


class Pair:
    def __init__(self, a, b):
        self.items = (a, b)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return self.items[i]


class SubPair(Pair):
    pass


print(kind(Pair(1, 2)))
Sequence.register(Pair)
print(kind(Pair(1, 2)))
print(kind(SubPair(3, 4)))


class LaterSub(Pair):
    pass


print(kind(LaterSub(5, 6)))
print(issubclass(Pair, Sequence), type(Pair).__name__)
