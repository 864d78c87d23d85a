# ** with negative exponents gives floats; with big exponents gives big ints.
print(2 ** 10, 2 ** 0, 0 ** 0, 1 ** 1000)
print(2 ** -1, 2 ** -2, 10 ** -3, type(2 ** -1).__name__)
print((-2) ** 3, (-2) ** -3, (-1) ** 1001)
print(3 ** 40)
print(7 ** 23 % 13)
print(pow(2, 10), pow(2, -1), pow(-3, 3))
print(pow(2, 0.5))
print(pow(4, 0.5), type(pow(4, 0.5)).__name__)
print((-8) ** (1 / 3))
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(0, -2)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
x = 3
x **= 4
print(x)
print(10 ** 20, 10 ** 20 == 100000000000000000000)
print(2 ** 3.0, type(2 ** 3.0).__name__)
