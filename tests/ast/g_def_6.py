# Default values are evaluated once: the mutable default trap
def append_bad(item, target=[]):
    target.append(item)
    return target


def append_good(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target


def defaults_from_expressions(a=1 + 2, b=len("four"), c=[x * x for x in range(3)],
                              d=lambda: 0, e=(1, 2), f={"k": "v"}):
    return a, b, c, d(), e, f


print(append_bad(1), append_bad(2))
print(append_good(1), append_good(2))
print(defaults_from_expressions())
