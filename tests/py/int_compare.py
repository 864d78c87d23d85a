# Comparisons and ordering of ints, including big and negative ones, chained.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 3 == 3, 3 != 3)
print(-1 < 0 < 1, 1 < 3 > 2, 1 < 2 < 2)
print(2 ** 100 > 2 ** 99, -(2 ** 100) < -(2 ** 99), 2 ** 100 == 2 ** 100)
print(2 ** 64 > 2 ** 63 - 1, -(2 ** 63) < 2 ** 63)
print(sorted([5, -3, 2 ** 70, 0, -(2 ** 70), 17, 2 ** 63]))
print(max(3, 9, -4), min(3, 9, -4), max([2 ** 65, 2 ** 64]))
print(1 == True, 0 == False, 2 == True)
print(1 == "1", 1 != "1")
try:
    1 < "2"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    None > 0
except TypeError as e:
    print(type(e).__name__, e)
