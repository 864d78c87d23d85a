"""Recursive calls: the cost of a Python-to-Python call and return.

fib is the classic doubly recursive function; tak (Takeuchi) makes three
recursive calls per level with three arguments each."""


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def main():
    print("fib(33) =", fib(33))
    print("tak(24, 16, 8) =", tak(24, 16, 8))
    total = 0
    for i in range(16):
        total += fib(i)
    print("sum fib(0..15) =", total)


main()
