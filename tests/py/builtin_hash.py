# hash() of hashable builtins (ints, floats, tuples, None, bools), and unhashable errors.
print(hash(42), hash(-1), hash(0), hash(True), hash(False), hash(2 ** 100))
print(hash(1.0), hash(0.5), hash(-0.25), hash(1e300) == hash(int(1e300)))
print(hash((1, 2, 3)), hash((1, (2, 3))), hash(()) == hash(tuple()))
print(hash(None) == hash(None), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(range(5)) == hash(range(5)), hash(1j) == hash(1j), hash(complex(3, 0)) == hash(3))
for bad in ([], {}, set(), bytearray(), ([],)):
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class K:
    def __hash__(self):
        return 7
class Big:
    def __hash__(self):
        return 2 ** 70
class Neg:
    def __hash__(self):
        return -1
class Bad:
    def __hash__(self):
        return "x"
print(hash(K()), hash(Big()), hash(Neg()))
try:
    hash(Bad())
except TypeError as e:
    print(type(e).__name__, e)
