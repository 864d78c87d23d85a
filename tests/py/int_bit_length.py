# int.bit_length and int.bit_count for various values.
for n in (0, 1, 2, 3, 4, 255, 256, -1, -2, -255, -256, 2 ** 63, 2 ** 63 - 1, 2 ** 200, -(2 ** 200)):
    print(n, n.bit_length(), n.bit_count())
print((37).bit_length(), True.bit_length(), False.bit_length())
x = 1
for i in range(5):
    print(x, x.bit_length())
    x = x * 1000
print(int.bit_length(1023))
print((-(2 ** 64)).bit_length(), (2 ** 64 - 1).bit_count())
