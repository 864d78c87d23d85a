# Matrix multiply operator and its augmented form
class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols]
                       for r in self.rows])

    def __repr__(self):
        return f"Matrix({self.rows})"


m = Matrix([[1, 2], [3, 4]])
identity = Matrix([[1, 0], [0, 1]])
m @= identity
product = m @ m
print(m, product)
