# try/except/else/finally in every combination, with and without an exception.
def run(raise_it):
    log = []
    try:
        log.append("try")
        if raise_it:
            raise ValueError("boom")
    except ValueError as e:
        log.append(f"except {e}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(run(False))
print(run(True))
def try_finally(raise_it):
    log = []
    try:
        try:
            log.append("inner try")
            if raise_it:
                raise KeyError("k")
        finally:
            log.append("inner finally")
    except KeyError:
        log.append("outer except")
    return log
print(try_finally(False), try_finally(True))
def try_else_only(x):
    try:
        v = 10 // x
    except ZeroDivisionError:
        return "div by zero"
    else:
        return f"ok {v}"
print(try_else_only(2), try_else_only(0))
try:
    pass
finally:
    print("finally after pass")
try:
    print("try body")
except Exception:
    print("never")
print("end")
