# Nested try statements: which handler sees which exception, order of finally blocks.
log = []
def step(name, fail=None):
    log.append(name)
    if fail:
        raise fail
try:
    step("outer try")
    try:
        step("inner try", KeyError("k"))
    except ValueError:
        step("inner except (wrong type)")
    finally:
        step("inner finally")
except KeyError as e:
    step(f"outer except {e}")
finally:
    step("outer finally")
print(log)
log.clear()
try:
    try:
        step("a", ValueError("v"))
    except ValueError:
        step("b", TypeError("t"))
    finally:
        step("c")
except TypeError:
    step("d")
print(log)
def deep(level):
    try:
        if level == 0:
            raise IndexError("bottom")
        deep(level - 1)
    finally:
        log.append(f"unwind {level}")
log.clear()
try:
    deep(3)
except IndexError as e:
    log.append(str(e))
print(log)
