def f(x) -> :
    pass
