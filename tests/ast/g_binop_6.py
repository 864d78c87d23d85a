# Operators on strings, lists and the @ operator
class Vec:
    def __init__(self, *xs):
        self.xs = xs

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.xs, other.xs))

    def __rmatmul__(self, other):
        return self @ Vec(*other)


v = Vec(1, 2, 3)
w = Vec(4, 5, 6)
print(v @ w, [1, 1, 1] @ v, v @ w * 2, 2 * v @ w if False else 0)
line = "-" * 10 + "|" + "=" * 10
print(line, [1] + [2] * 3, (1,) * 2 + (3,))
