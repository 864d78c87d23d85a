# Complex numbers
z = 3 + 4j
w = 2.5J
unit = 1j
zero = 0j
pure = 1e3j
under = 1_0j
dot = .5j
print(z, w, unit, zero, pure, under, dot)
print(abs(z), z.real, z.imag, z.conjugate(), z * unit, -1j)
