# A return in finally overrides the try's return and swallows a pending exception.
def override():
    try:
        return "from try"
    finally:
        return "from finally"
print(override())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
def swallow_from_except():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
    finally:
        return "finally wins"
print(swallow_from_except())
def finally_runs_after_return():
    log = []
    def inner():
        try:
            log.append("try")
            return "value"
        finally:
            log.append("finally")
    r = inner()
    return r, log
print(finally_runs_after_return())
def mutate_after_return():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(mutate_after_return())
def rebind_after_return():
    x = 1
    try:
        return x
    finally:
        x = 2
print(rebind_after_return())
