# Constants of every kind, as ast.dump prints them.
ints = [0, 7, 0o17, 0xff, 0b1010, 1_000_000, 0xdead_beef, 123456789012345678901234567890]
big = 0xffffffffffffffffffffffffffffffffffff + 0b11111111111111111111111111111111111111111111111111111111111111111
floats = [0.0, 1.0, 0.1, 1.5e-7, 1e16, 1e15, 100.0, 1e-4, 1e-5, 123.456e2, 1_0.0_1, 3.141592653589793, 1e308, 1e309]
imag = [1j, 0j, 1.5j, 1e16j, 1e309j, 2.5e-8j, 10J]
neg = [-1, -1.5, -1j, -0.0]
other = [None, True, False, ...]
