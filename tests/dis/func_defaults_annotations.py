def f(a: int, b: str = 'x', *args: tuple, c: float = 1.0, **kw: dict) -> bool:
    return True
def g(x=[], y={}, z=None):
    pass
def h(*, a=1, b):
    pass
def k(a, b=2, *, c=3):
    pass
