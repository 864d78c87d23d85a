# sys.exc_info() and sys.exception() inside and outside handlers.
import sys
print(sys.exc_info())
try:
    raise ValueError("boom")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, type(tb).__name__)
    print(sys.exc_info()[1] is v)
print(sys.exc_info())
def nested():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise TypeError("inner")
        except TypeError:
            print("inner:", sys.exc_info()[0].__name__)
        print("back to outer:", sys.exc_info()[0].__name__)
nested()
try:
    raise IndexError("i")
except IndexError as e:
    print(e.__traceback__ is not None, e.__traceback__.tb_lineno)
def in_finally():
    try:
        raise OSError("o")
    except OSError:
        pass
    finally:
        print("finally sees:", sys.exc_info())
in_finally()
