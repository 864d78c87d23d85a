# Chained comparisons
x = 7
print(0 < x < 10)
print(0 <= x <= 5 < 100)
print(1 < 2 > 0 == 0 != 1)
print(x == 7 is not None)
print(1 in [1] in [[1]])
print("a" < "b" <= "b" < "c" != "d")
low, high = 1, 9
inside = low <= x <= high
outside = not low <= x <= high
print(inside, outside)
