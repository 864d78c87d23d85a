# str.format_map with a dict and a dict subclass providing missing keys.
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"

print("{a} and {b}".format_map({"a": 1, "b": 2}))
print("{a} and {b}".format_map(Default(a="A")))
print("{x[0]}".format_map({"x": [9]}))
try:
    "{c}".format_map({"a": 1})
except KeyError as e:
    print(type(e).__name__, e)
print("{} {}".format(*"ab"))
try:
    "{}".format_map({})
except ValueError as e:
    print(type(e).__name__, e)
print("{n:>5}|".format_map({"n": 42}))
d = Default()
print("{greeting}, {name}!".format_map(d))
