# Bare raise re-raises the exception being handled; outside a handler it is a RuntimeError.
def reraise():
    try:
        raise ValueError("original")
    except ValueError:
        print("handling, then re-raising")
        raise
try:
    reraise()
except ValueError as e:
    print(type(e).__name__, e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def reraise_after_nested():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise
try:
    reraise_after_nested()
except KeyError as e:
    print(type(e).__name__, e)
def reraise_other():
    try:
        raise ValueError("a")
    except ValueError as e:
        err = e
    raise err
try:
    reraise_other()
except ValueError as e:
    print("raised again:", e)
