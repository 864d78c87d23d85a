# struct: the float formats e (half), f (single) and d (double) in every
# byte order: rounding, overflow, special values, what counts as a float.
import math
import struct


def t(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


class Flt:
    def __float__(self):
        return 2.5


class Idx:
    def __index__(self):
        return 3


class BadFlt:
    def __float__(self):
        raise ValueError("no float")


inf = float('inf')
nan = float('nan')
values = [0.0, -0.0, 1.0, -1.0, 0.1, 1.5, -2.75, 1 / 3, 100.0, 65504.0, 65519.0,
          65520.0, 1e5, 2**-14, 2**-24, 2**-25, 2**-25 * 1.0001, 2**-26, 6e-8, 3e-5,
          1.0009765625, 1.00048828125, 1.00146484375, 2049.0, 2051.0, 3.4028234663852886e38,
          3.4028235677973366e38, 3.5e38, 1e39, 1e-45, 1e-46, 1.7976931348623157e308,
          5e-324, inf, -inf]

for order in ['', '<', '>', '=', '!']:
    for c in 'efd':
        fmt = order + c
        print('--', fmt)
        for v in values:
            try:
                b = struct.pack(fmt, v)
                print(v, b, struct.unpack(fmt, b)[0])
            except Exception as e:
                print(v, type(e).__name__, e)

# NaNs: the sign survives, the payload of a half does not.
for fmt in ['<e', '>e', '<f', '>f', '<d', '>d']:
    b = struct.pack(fmt, nan)
    nb = struct.pack(fmt, -nan)
    x = struct.unpack(fmt, b)[0]
    y = struct.unpack(fmt, nb)[0]
    print(fmt, b, nb, math.isnan(x), math.copysign(1, x), math.isnan(y), math.copysign(1, y))
t(struct.unpack, '<e', b'\x01\x7c')
t(struct.unpack, '>e', b'\xfe\x01')
t(struct.unpack, '<e', b'\x01\x00')
t(struct.unpack, '<e', b'\xff\x03')
t(struct.unpack, '<e', b'\x00\x04')
t(struct.unpack, '<e', b'\xff\x7b')
t(struct.unpack, '<f', b'\x01\x00\x00\x00')
t(struct.unpack, '>d', b'\x7f\xef\xff\xff\xff\xff\xff\xff')

# Every half value survives a round trip through a double.
ok = 0
for bits in range(65536):
    b = struct.pack('<H', bits)
    x = struct.unpack('<e', b)[0]
    if math.isnan(x):
        ok += 1
    elif struct.pack('<e', x) == b:
        ok += 1
    else:
        print('round trip fails for', hex(bits), x)
print('half round trips', ok)

# Ties round to even; halfway between two halves.
for k in range(0, 12):
    x = 1 + (2 * k + 1) / 2048
    print(x, struct.pack('<e', x), struct.unpack('<e', struct.pack('<e', x))[0])

# Floats from other objects.
for fmt in ['e', 'f', 'd', '<e', '>f', '!d']:
    for v in (3, True, Flt(), Idx(), 10**400, 'x', None, [1.0], BadFlt()):
        print(fmt, type(v).__name__, end=' ')
        t(struct.pack, fmt, v)

# An int too large for the format's range: a struct.error for ints.
t(struct.pack, '<e', 100000)
t(struct.pack, '>e', -70000)
t(struct.pack, '<f', 10**39)
t(struct.pack, 'f', 10**39)
t(struct.pack, '<e', 1e300)
t(struct.pack, '>f', -1e300)
t(struct.pack, 'd', 1e300)
t(struct.pack, '<3e', 1, 2, 3)
t(struct.unpack, '<3e', b'\x00<\x00@\x00B')
t(struct.pack, '>2d', 0.5, -0.25)
