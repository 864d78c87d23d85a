# struct: the integer formats (b B h H i I l L q Q n N P) in every byte
# order: values at their limits, range errors, what counts as an integer.
import struct


def t(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class BadIdx:
    def __index__(self):
        raise ValueError("no index")


class StrIdx:
    def __index__(self):
        return "7"


values = [0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768, -32769,
          65535, 65536, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**32 - 1, 2**32,
          2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64 - 1, 2**64, -2**64, 10**30]

for order in ['', '@', '=', '<', '>', '!']:
    codes = 'bBhHiIlLqQ' + ('nNP' if order in ('', '@') else '')
    for c in codes:
        fmt = order + c
        print('--', fmt, struct.calcsize(fmt))
        for v in values:
            try:
                b = struct.pack(fmt, v)
                back = struct.unpack(fmt, b)[0]
                print(v, b, back, back == v or back)
            except Exception as e:
                print(v, type(e).__name__, e)

# Repeat counts give several values of one kind.
t(struct.pack, '<3h', 1, -2, 3)
t(struct.unpack, '<3h', b'\x01\x00\xfe\xff\x03\x00')
t(struct.pack, '>2I', 1, 2**32 - 1)
t(struct.unpack, '>2q', bytes(range(16)))
t(struct.unpack, '<2Q', bytes(range(16)))
t(struct.unpack, '=hHiI', bytes(range(12)))
t(struct.unpack, '!hHiI', bytes(range(12)))

# Not integers.
for c in 'bBhHiIlLqQnNP':
    for fmt in (c, '<' + c, '>' + c):
        if c in 'nNP' and fmt != c:
            continue
        for v in (1.0, '1', None, [1], 2.5):
            print(fmt, repr(v), end=' ')
            t(struct.pack, fmt, v)

# bools are ints.
t(struct.pack, '<i?', True, True)
t(struct.pack, '>hH', False, True)

# __index__ is honoured; its errors pass through.
for fmt in ['b', 'B', 'h', '<H', 'i', '>I', 'l', '<L', 'q', '>q', 'Q', '>Q', 'n', 'N', 'P']:
    for v in (Idx(5), Idx(-5), Idx(2**70), Idx(-2**70)):
        print(fmt, v.v, end=' ')
        t(struct.pack, fmt, v)
t(struct.pack, 'i', BadIdx())
t(struct.pack, '>q', BadIdx())
t(struct.pack, 'i', StrIdx())
t(struct.pack, 'P', Idx(-1))


class MyInt(int):
    pass


t(struct.pack, '<q', MyInt(-3))
t(struct.pack, '>Q', MyInt(2**64))
t(struct.pack, 'h', MyInt(40000))
