# complex arithmetic: division, powers, mixed operands, equality and hashing.
a = 3 + 4j
b = 1 - 2j
print(a + b, a - b, a * b, a / b, b / a)
print(a ** 2, a ** 0.5, a ** -1, (1j) ** 3, (-1) ** 0.5)
print(2 * a, a * 2.5, a + True, a - 1.5, 1 / (1j))
print(a == complex(3, 4), a != b, a == 3, complex(3, 0) == 3.0, 1j * 1j == -1)
print(hash(complex(5, 0)) == hash(5), hash(0j) == hash(False))
print(abs(a), abs(b), abs(-1j), abs(complex(-3, -4)))
print(a.conjugate() * a, (a * a.conjugate()).real)
z = 0j
for k in range(1, 5):
    z += 1j ** k
print(z)
print(sum([1j, 2, 3.5]), sum([1 + 1j] * 3))
c = complex(1, 1)
c *= 2
c += 1j
print(c, c.real, c.imag, type(c.real).__name__)
print(complex("1.5e2-2.5j"), complex(" (1+2j) "), complex("j"), complex("-J"))
