# Comparisons mixed with arithmetic and bitwise operators
n = 12
print(n % 2 == 0 and n % 3 == 0)
print(n << 1 > 20)
print(n & 4 == 4)
print((n & 4) == 4)
print(n | 1 != n)
print(-n < 0 > -1)
print(n ** 2 >= 144 == True)
print(n + 1 in range(20), [n] * 2 == [12, 12])
