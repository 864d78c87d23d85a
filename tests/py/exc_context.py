# Implicit chaining: an exception raised while handling another gets __context__.
try:
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("during handling")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise TypeError("inner")
    finally:
        raise OSError("from finally")
except OSError as e:
    print(repr(e), repr(e.__context__))
try:
    raise ValueError("no context")
except ValueError as e:
    print(e.__context__)
def chain3():
    try:
        try:
            raise ValueError(1)
        except ValueError:
            raise TypeError(2)
    except TypeError:
        raise KeyError(3)
try:
    chain3()
except KeyError as e:
    c = e
    names = []
    while c is not None:
        names.append(f"{type(c).__name__}({c.args[0]})")
        c = c.__context__
    print(" <- ".join(names))
