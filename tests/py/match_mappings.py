# Mapping patterns: keys, extra keys, **rest, non-dict mappings,
# defaultdict and get().
import collections
import types
from collections.abc import Mapping


def m(v):
    match v:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} rest={rest}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"


for v in [{"type": "point", "x": 1, "y": 2},
          {"type": "point", "x": 1, "y": 2, "z": 3},
          {"type": "circle", "r": 5, "color": "red", "fill": True},
          {"type": "square"},
          {"x": 1},
          {},
          [("type", "point")],
          "type",
          types.MappingProxyType({"type": "circle", "r": 1}),
          collections.OrderedDict(type="point", x=0, y=0),
          collections.Counter(type=3)]:
    print(m(v))

# **rest is a new dict without the matched keys.
d = {1: "a", 2: "b", 3: "c"}
match d:
    case {1: first, **others}:
        print(first, others, others is d)
match {}:
    case {**everything}:
        print("rest of empty:", everything)

# A defaultdict does not create missing keys while matching.
dd = collections.defaultdict(list)
dd["present"].append(1)
match dd:
    case {"missing": value}:
        print("no")
    case {"present": [one]}:
        print("present", one)
print(sorted(dd))

# Lookups go through get(key, default).
class Logged(dict):
    def get(self, key, default=None):
        print("  get", repr(key))
        return super().get(key, default)
    def __getitem__(self, key):
        print("  getitem", repr(key))
        return super().__getitem__(key)

match Logged(a=1, b=2):
    case {"a": 1, "b": b, "c": c}:
        print("no")
    case {"a": 1, "b": b}:
        print("b =", b)

# A class registered or derived from Mapping matches.
class Config(Mapping):
    def __init__(self, **kw):
        self._d = kw
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

match Config(debug=True, level=3):
    case {"level": level, **rest}:
        print("level", level, rest)

class Plain:
    def get(self, key, default=None):
        return 1
    def __len__(self):
        return 1

match Plain():
    case {"k": v}:
        print("plain matched?")
    case _:
        print("Plain is not a mapping")
Mapping.register(Plain)
match Plain():
    case {"k": v}:
        print("registered Plain matches, v =", v)

# Values can be any pattern; keys are literals or dotted names.
class K:
    NAME = "name"
match {"name": "Ada", "langs": ["en", "fr"], 1: None, -2: True}:
    case {K.NAME: str(name), "langs": [*langs], 1: None, -2: True}:
        print(name, langs)

# Duplicate keys (not literal) are found when matching.
class Keys:
    A = "k"
    B = "k"
try:
    match {"k": 1}:
        case {Keys.A: _, Keys.B: _}:
            print("no")
except ValueError as e:
    print(type(e).__name__, e)
