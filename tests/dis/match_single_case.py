def f(x):
    match x:
        case _ if x:
            return 1

def g(x):
    match x:
        case y if y:
            return y

def h(x):
    match x:
        case _:
            pass
    return 2

match 1:
    case {**r}:
        pass
    case {"a": 1, **r}:
        pass
