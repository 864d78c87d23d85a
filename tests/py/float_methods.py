# is_integer, as_integer_ratio, hex/fromhex, real/imag, conjugate.
for v in (1.0, 1.5, -2.0, 0.0, 1e20, 0.1, -0.75):
    print(v, v.is_integer(), v.as_integer_ratio())
print((0.5).real, (0.5).imag, (2.5).conjugate())
print(float("inf").is_integer(), float("nan").is_integer())
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print(type(e).__name__, e)
print((1.0).hex(), (0.1).hex(), (-2.5).hex(), (0.0).hex())
print(float.fromhex("0x1.999999999999ap-4"), float.fromhex("ff"))
print(float.__name__, isinstance(1.0, float), isinstance(1, float))
print((2.5).__add__(1), (2.5).__floordiv__(1), (2.5).__trunc__())
