# finally always runs: even with return, break and continue
def f():
    try:
        return "from try"
    finally:
        print("finally in f")


def g():
    for i in range(3):
        try:
            if i == 0:
                continue
            if i == 1:
                break
        finally:
            print("finally for", i)
    return i


def h():
    try:
        raise KeyError("k")
    except KeyError:
        return "handled"
    finally:
        print("finally in h")


print(f(), g(), h())
