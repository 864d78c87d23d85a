# complex literals, arithmetic, abs, real/imag, repr.
z = 3 + 4j
print(z, repr(z), type(z).__name__)
print(z.real, z.imag, abs(z), z.conjugate())
print(1j, -1j, 0j, 2j * 2j, 1j ** 2)
print(z + 1, z - 1j, z * 2, z * z, z / 2, z / (1 + 1j))
print(complex(1, 2), complex(), complex("3+4j"), complex("-2j"), complex(2.5))
print((1 + 2j) == (1 + 2j), (1 + 0j) == 1, 1j != 1)
print(-(1 + 1j), +(2 - 3j))
print(complex(1.5, -0.0), complex(-0.0, 0.0), complex(0, -1))
print([1j, 2 + 0j], (3.5 - 1j,))
print(complex(1e300, 1e300) * 10)
print(abs(3j), abs(-4 + 0j), type(abs(1j)).__name__)
try:
    (1 + 2j) < (2 + 3j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex("1+2")
except ValueError as e:
    print(type(e).__name__, e)
try:
    (1 + 1j) / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(complex(1, 2) ** 2, pow(1j, 2), (1 + 1j) ** 0)
