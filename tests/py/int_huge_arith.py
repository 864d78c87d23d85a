# Arithmetic past 64 bits, where small ints become big ones.
big = 2 ** 63
print(big, big - 1, big + 1)
print(type(big).__name__)
print(2 ** 64, 2 ** 100, 2 ** 200)
print(-(2 ** 63), -(2 ** 63) - 1)
m = 9223372036854775807
print(m + 1, m * 2, m * m)
print((m + 1) - 1 == m)
print(2 ** 200 // 3 ** 50)
print(2 ** 200 % 1000007)
print(10 ** 30 + 1)
print((10 ** 30 + 1) * (10 ** 30 - 1))
print(-(10 ** 25) // 7, -(10 ** 25) % 7)
print(12345678901234567890 * 98765432109876543210)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f // (2 ** 26), f % 1000)
print(2 ** 128 - 2 ** 64 == (2 ** 64) * (2 ** 64 - 1))
print(len(str(2 ** 1000)))
print(str(3 ** 100)[:20], str(3 ** 100)[-5:])
print(abs(-(2 ** 70)), -abs(2 ** 70))
print(2 ** 63 > 2 ** 62, -(2 ** 63) < 0, 2 ** 65 == 2 ** 65)
