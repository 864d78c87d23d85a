# json.dumps / json.dump: every option, and the errors.
import json
import io

data = {"name": "Ada", "age": 36, "langs": ["en", "fr"], "ok": True,
        "none": None, "pi": 3.14159, "nested": {"a": [1, 2, {"b": []}], "e": {}}}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t"))
print(json.dumps([1, [2, [3]]], indent=0))
print(json.dumps([1, {"a": 2}], indent=-1))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, indent=4, separators=(",", " = "), sort_keys=True))
print(json.dumps([]), json.dumps({}), json.dumps(()), json.dumps([[], {}], indent=2))

# Scalars and their spelling.
for v in [None, True, False, 0, -17, 10**30, 1.0, -0.0, 1e22, 1e-7, 0.1 + 0.2,
          1/3, 123456789.125, float("inf"), float("-inf"), float("nan"), "",
          "plain", (1, 2)]:
    print(repr(v), "->", json.dumps(v))

# Strings: escapes, ensure_ascii, surrogate pairs.
s = 'quote " backslash \\ slash / \b\f\n\r\t \x00\x1f\x7f é ü € 😀 \ud800'
print(json.dumps(s))
print(ascii(json.dumps(s, ensure_ascii=False)))
print(json.dumps({"ключ": "значение"}))
print(json.dumps({"ключ": "значение"}, ensure_ascii=False))

# Keys that are not strings.
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", False: "e"}))
print(json.dumps({3: 1, 1: 2, 2: 3}, sort_keys=True))
print(json.dumps({(1, 2): 3, "a": 4}, skipkeys=True))
print(json.dumps({(1, 2): 3}, skipkeys=True))
print(repr(json.dumps({(1, 2): 3}, skipkeys=True, indent=2)))
print(json.dumps({float("nan"): 1, float("inf"): 2}))

# Subclasses are written as their base types.
class MyInt(int):
    def __repr__(self):
        return "MyInt!"
class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"
class MyStr(str):
    pass
class MyDict(dict):
    pass
class MyList(list):
    pass
print(json.dumps([MyInt(5), MyFloat(2.5), MyStr("x"), MyDict(a=1), MyList([1])]))

# default= and JSONEncoder subclasses.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(json.dumps(Point(1, 2), default=lambda p: {"x": p.x, "y": p.y}))
print(json.dumps([Point(1, 2), {1, 2, 3}], default=lambda o: sorted(o) if isinstance(o, set) else vars(o)))

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)
print(json.dumps({"p": Point(3, 4)}, cls=PointEncoder))
print(PointEncoder(indent=1).encode([Point(5, 6)]))
print(list(json.JSONEncoder().iterencode({"a": [1, 2], "b": {"c": None}})))
print(list(json.JSONEncoder(indent=2).iterencode([1, {"x": 2}])))
print(json.JSONEncoder().encode("só"), json.JSONEncoder(ensure_ascii=False).encode("só"))
e = json.JSONEncoder(indent=2)
print(repr(e.item_separator), repr(e.key_separator))
e = json.JSONEncoder()
print(repr(e.item_separator), repr(e.key_separator), e.skipkeys, e.ensure_ascii,
      e.check_circular, e.allow_nan, e.sort_keys, e.indent)

# dump writes to a file object.
buf = io.StringIO()
json.dump(data, buf, indent=1, sort_keys=True)
print(buf.getvalue())

# Errors.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: json.dumps(object()))
attempt(lambda: json.dumps({"s": {1, 2}}))
attempt(lambda: json.dumps(b"bytes"))
attempt(lambda: json.dumps({(1, 2): 3}))
attempt(lambda: json.dumps({1: 1, "a": 2}, sort_keys=True))
attempt(lambda: json.dumps(float("nan"), allow_nan=False))
attempt(lambda: json.dumps([float("inf")], allow_nan=False))
attempt(lambda: json.dumps([float("-inf")], allow_nan=False, indent=1))
attempt(lambda: json.dumps({float("inf"): 1}, allow_nan=False))
attempt(lambda: json.dumps(Point(1, 2), cls=PointEncoder, bad=1))
attempt(lambda: json.dumps(1, separators=(",",)))
attempt(lambda: json.JSONEncoder(False))
loop = []
loop.append(loop)
attempt(lambda: json.dumps(loop))
d = {}
d["self"] = d
attempt(lambda: json.dumps(d))
attempt(lambda: json.dumps([d], indent=2))
class Selfish:
    pass
attempt(lambda: json.dumps(Selfish(), default=lambda o: o))
attempt(lambda: json.dumps(Selfish(), default=lambda o: [o]))
shared = [1]
print(json.dumps([shared, shared, {"a": shared}]))
buf = io.StringIO()
try:
    json.dump([1, 2, object(), 3], buf)
except TypeError as e:
    print("TypeError", e, repr(buf.getvalue()))
