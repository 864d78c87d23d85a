# Exception args and their str/repr with zero, one and several arguments.
cases = [ValueError(), ValueError("msg"), ValueError("a", "b"), ValueError(42), ValueError(None),
         ValueError(""), KeyError("k"), KeyError(), KeyError("a", "b"), KeyError(1),
         IndexError("index"), Exception("x", 1, [2]), TypeError(("tuple",)), OSError(2, "No such file"),
         OSError("plain"), StopIteration(5), SystemExit(3), AttributeError("attr")]
for e in cases:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
e = ValueError("x")
e.args = ("replaced", 2)
print(str(e), repr(e))
print(str(KeyError("it's")), str(KeyError('"q"')), str(KeyError("")))
print(OSError(2, "No such file").errno, OSError(2, "No such file").strerror, type(OSError(2, "x")).__name__)
