# Augmented assignment with every operator
n = 100
n += 5
n -= 3
n *= 2
n /= 4
n //= 2
n %= 7
n **= 2
print(n)

bits = 0b1010
bits &= 0b0110
bits |= 0b1000
bits ^= 0b0011
bits <<= 2
bits >>= 1
print(bits)
