# repr() and ascii() of builtins; default object repr with only the address varying.
print(repr(1), repr("a"), repr([1, "b"]), repr(None), repr(...), repr(print), repr(int))
print(ascii("é"), ascii(["ü", 1]), ascii({"k": "日"}), ascii(b"\xff"), ascii(1.5))
class C:
    pass
r = repr(C())
print(r.startswith("<__main__.C object at 0x"), r.endswith(">"))
print(C())
print(repr(C), repr(len), repr(str.upper), repr(type))
class R:
    def __repr__(self):
        return "R!"
print(repr(R()), str(R()), [R()], ascii(R()))
class U:
    def __repr__(self):
        return "ü"
print(repr(U()), ascii(U()))
class Bad:
    def __repr__(self):
        return 5
try:
    repr(Bad())
except TypeError as e:
    print(type(e).__name__, e)
