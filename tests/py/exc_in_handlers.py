# Exceptions raised inside except, else and finally blocks replace the current one.
def in_except():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
try:
    in_except()
except TypeError as e:
    print("got", repr(e), "context", repr(e.__context__))
def in_else():
    try:
        pass
    except Exception:
        pass
    else:
        raise KeyError("from else")
try:
    in_else()
except KeyError as e:
    print("got", repr(e), "context", e.__context__)
def in_finally():
    try:
        raise ValueError("hidden")
    finally:
        raise IndexError("from finally")
try:
    in_finally()
except IndexError as e:
    print("got", repr(e), "context", repr(e.__context__))
def except_not_covering_else():
    try:
        x = 1
    except ZeroDivisionError:
        return "handled"
    else:
        return 1 / 0
try:
    except_not_covering_else()
except ZeroDivisionError as e:
    print("else errors are not caught by the same try:", e)
