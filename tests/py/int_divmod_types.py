# divmod on ints and mixed types; the result types.
print(divmod(17, 5), type(divmod(17, 5)).__name__)
print(divmod(-17, 5))
print(divmod(17, -5))
print(divmod(17.0, 5), divmod(-17, 5.0))
print(divmod(True, 2))
print(divmod(2 ** 70, 10 ** 10))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(1.5, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod("a", 2)
except TypeError as e:
    print(type(e).__name__, e)
q, r = divmod(100, 7)
print(q, r, q * 7 + r)
