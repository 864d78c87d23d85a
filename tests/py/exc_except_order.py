# The first matching except clause wins; tuples of types; except without a type.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup: " + type(e).__name__
    except ValueError:
        return "value"
    except ArithmeticError as e:
        return "arith: " + type(e).__name__
    except Exception as e:
        return "other: " + type(e).__name__
for exc in (KeyError(), IndexError(), ValueError(), UnicodeError(), ZeroDivisionError(), TypeError()):
    print(classify(exc))
def broad_first():
    try:
        raise KeyError("k")
    except LookupError:
        return "LookupError first"
    except KeyError:
        return "KeyError never reached"
print(broad_first())
try:
    raise OSError("x")
except:
    print("bare except caught it")
try:
    try:
        raise TypeError("t")
    except ValueError:
        print("not this")
except TypeError as e:
    print("outer handler:", e)
