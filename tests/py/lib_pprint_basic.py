# pprint: pformat/pprint/pp of nested dicts, lists, tuples, sets, strings,
# bytes, collections and dataclasses, with width, indent, depth, compact,
# sort_dicts; saferepr, isreadable, isrecursive and the errors.
import pprint, collections, dataclasses, types, io
data = {"name": "minipy", "versions": [3.9, 3.10, 3.11], "nested": {"a": [1, 2, {"b": (1, 2, 3)}], "z": None, "c": {1, 2, 3}},
        "long": list(range(40)), "t": (1,), "fs": frozenset({5, 1, 3}), "s": "x" * 30}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=40, indent=4)
pprint.pprint(data, depth=2)
pprint.pprint(data, compact=True, width=50)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pp(data, width=60)
print(pprint.pformat(list(range(30)), width=30, compact=True))
print(pprint.pformat("lorem ipsum dolor sit amet " * 6, width=40))
print(pprint.pformat(["lorem ipsum dolor sit amet\n" * 3], width=30))
print(pprint.pformat(b"abcdefghij" * 8, width=30))
print(pprint.pformat(bytearray(b"abcdefghij" * 8), width=30))
l = [1, 2]; l.append(l)
print(pprint.saferepr(l).split(" with id")[0], pprint.isrecursive(l), pprint.isreadable(l))
print(pprint.isreadable({1: [2, (3,)]}), pprint.isreadable(object), pprint.saferepr({"b": 1, "a": [2]}))
print(pprint.pformat(collections.OrderedDict((str(i), i) for i in range(12)), width=40))
print(pprint.pformat(collections.defaultdict(list, {str(i): [i] * 3 for i in range(6)}), width=40))
print(pprint.pformat(collections.Counter("abracadabra" * 3), width=20))
print(pprint.pformat(collections.deque(range(20), maxlen=30), width=40))
print(pprint.pformat(collections.deque(range(20)), width=40))
print(pprint.pformat(collections.ChainMap({"a": list(range(10))}, {"b": list(range(10))}), width=40))
@dataclasses.dataclass
class P:
    x: int
    y: list
    z: str = "zzz"
print(pprint.pformat(P(1, list(range(20))), width=40))
print(pprint.pformat(types.SimpleNamespace(a=list(range(15)), b="b"), width=40))
print(pprint.pformat(type.__dict__["__dict__"] if False else types.MappingProxyType({"k": list(range(20))}), width=40))
print(pprint.pformat({3: 1, "a": 2, (1,): 3}, width=5))
print(pprint.pformat([[1, 2, [3, 4, [5, 6]]]] * 3, depth=2))
print(pprint.pformat(10**20, underscore_numbers=True), pprint.pformat([10**6], underscore_numbers=True))
s = io.StringIO(); pprint.pprint({"x": 1}, stream=s); print(repr(s.getvalue()))
pp = pprint.PrettyPrinter(width=20, indent=2)
print(pp.pformat({"key%d" % i: i for i in range(4)}), pp.isreadable([1]), pp.isrecursive([1]))
for kw in ({"indent": -1}, {"depth": 0}, {"width": 0}):
    try:
        pprint.PrettyPrinter(**kw)
    except ValueError as e:
        print(type(e).__name__, e)
print(pprint.pformat(set(), width=1), pprint.pformat({}, width=1), pprint.pformat([], width=1), pprint.pformat(("a" * 20,), width=10))
print(pprint.pformat(collections.UserList(range(30)), width=40))
