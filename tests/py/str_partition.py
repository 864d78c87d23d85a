# partition and rpartition, found and not found.
print("key=value=more".partition("="), "key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("=start".partition("="), "end=".rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"))
print("".partition("x"), "".rpartition("x"))
k, sep, v = "name: minipy".partition(": ")
print(repr(k), repr(sep), repr(v))
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".rpartition(None)
except TypeError as e:
    print(type(e).__name__, e)
print(type("a=b".partition("=")).__name__)
