# User exceptions: subclasses of the exception tree and how they print.
class Err(Exception): pass
class Err2(Err):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise Err2(5)
except Err as e:
    print(type(e).__name__, e, e.code, e.args, repr(e))
class ValErr(ValueError): pass
try:
    raise ValErr("bad", 3)
except ValueError as e:
    print(repr(e), str(e))
class KE(KeyError): pass
print(str(KE('x')), repr(KE('x')))
class OE(OSError): pass
e = OE(2, "No such file")
print(e, e.errno, e.strerror, repr(e))
print(type(OSError(2, "x")).__name__)
class AppError(Exception):
    """Base of the application's errors."""
class NotFound(AppError, LookupError):
    def __init__(self, what):
        super().__init__(what)
        self.what = what
    def __str__(self):
        return f"{self.what} not found"
try:
    raise NotFound("key")
except LookupError as e:
    print(type(e).__name__, e, e.args, isinstance(e, AppError), type(e).__mro__[1:3])
class WithRepr(Exception):
    def __repr__(self): return "WithRepr!"
print(repr(WithRepr(1)), str(WithRepr(1)))
class Empty(Exception): pass
print(repr(Empty()), str(Empty()), Empty().args)
class Two(Exception): pass
print(str(Two(1, 2)), repr(Two(1, 2)))
class Attr(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b
x = Attr(1, 2)
print(x.args, str(x), repr(x))
class Grp(ExceptionGroup): pass
g = Grp("many", [ValueError(1)])
print(type(g).__name__, g, g.exceptions)
class SE(StopIteration): pass
print(SE(5).value)
class SysEx(SystemExit): pass
print(SysEx(3).code)
raise NotFound("the last one")
