x: int
y: int = 1
z: list[int] = []
obj.attr: int = 2
obj.other: str
seq[0]: int
def f():
    a: int = 1
    b: str
