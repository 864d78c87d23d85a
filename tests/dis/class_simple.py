class A:
    pass
class B(A):
    x = 1
    def m(self):
        return self.x
class C(A, B, metaclass=M):
    """Doc."""
    y: int = 2
    def __init__(self, v):
        self.v = v
