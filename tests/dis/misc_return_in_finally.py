def f():
    try:
        return 1
    finally:
        return 2
def g():
    for x in y:
        try:
            continue
        finally:
            pass
