# repr/str of complex numbers with special parts and formats.
for z in (1j, 1 + 1j, -1 - 1j, 0.5 + 0.25j, 1e20j, 1e-5 + 1j, complex(float("inf"), 1),
          complex(1, float("nan")), complex(-0.0, -0.0), complex(0, 0), 2 + 0j, -2.5 + 0j):
    print(repr(z), str(z))
print(f"{1 + 2j}", f"{1.5 + 2.25j:.1f}", format(3 - 4j, ""), "%s" % (1j,))
print(hash(1 + 0j) == hash(1), hash(0j) == hash(0))
print(complex("1e3+1e-3j"), complex(" 1+1j "), complex("inf+nanj"))
print((2j).real, (2j).imag, (5).imag, (2.5).imag)
print(isinstance(1j, complex), 1j.__class__.__name__)
print(complex(True, False), complex(1, 1j))
