# struct: format strings: byte order and alignment prefixes, repeat counts,
# white space, native sizes and padding, and the errors of bad formats.
import struct


def t(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


# The size of each code under each prefix (n, N and P are native only).
for c in 'xcbB?hHiIlLqQnNefdPsp':
    sizes = []
    for order in ['', '@', '=', '<', '>', '!']:
        try:
            sizes.append(struct.calcsize(order + c))
        except struct.error as e:
            sizes.append(str(e))
    print(c, sizes)

# Native alignment pads before an item to its own size; standard formats
# never pad.
for fmt in ['ci', 'cq', 'bh', 'bl', 'cd', 'cf', 'ce', 'c?', 'cP', 'cn', 'hc', 'ic',
            'qc', 'i0q', 'c0i', 'ch0l', 'b3xi', '3si', 'cxi', 'hhl', 'ihq', 'qih',
            'c2i', '3c2h', 'cN', 's4s', 'cp', 'ccccl']:
    sizes = []
    for o in ('', '@', '=', '<', '>'):
        try:
            sizes.append(struct.calcsize(o + fmt))
        except struct.error as e:
            sizes.append(str(e))
    print(fmt, sizes)

t(struct.pack, 'ci', b'a', 5)
t(struct.pack, '@ci', b'a', 5)
t(struct.pack, '=ci', b'a', 5)
t(struct.pack, '>ci', b'a', 5)
t(struct.pack, '!ci', b'a', 5)
t(struct.unpack, 'ci', b'a\x00\x00\x00\x05\x00\x00\x00')
t(struct.pack, 'bq', 1, 2)
t(struct.pack, 'llh0l', 1, 2, 3)
t(struct.unpack, 'hhl', struct.pack('hhl', 1, 2, 3))
t(struct.pack, '<hhl', 1, 2, 3)
t(struct.pack, '>hhl', 1, 2, 3)

# Byte orders side by side.
for order in '@=<>!':
    print(order, struct.pack(order + 'hiq', 0x0102, 0x03040506, 0x0708090a0b0c0d0e))

# Counts and white space.
for fmt in ['', '0i', '2i', '10i', ' i', 'i ', ' 2i 3h ', '\ti\n', '\x0bh\x0c', '<', '>',
            '!', '=', '@', '2h3b', '20s', '0s0p0x', '4x4s']:
    print(repr(fmt), struct.calcsize(fmt))
t(struct.pack, '')
t(struct.unpack, '', b'')
t(struct.pack, '0i')
t(struct.pack, ' 2i ', 1, 2)
t(struct.calcsize, b'<2i')
t(struct.pack, b'>h', 1)

# Bad formats.
for fmt in ['z', 'i<', '<<i', '2 i', '3', 'ii3', '-1i', 'i\0', '\0', 'é', b'\xe9', 'n<',
            '<n', '>N', '!P', '=P', 'u', 'w', 'I%', '99999999999999999999i',
            '9999999999999999999i', '999999999999999999q', '4611686018427387904q',
            '9223372036854775807x', '9223372036854775807xb', 'c9223372036854775807q']:
    print(repr(fmt), end=' ')
    t(struct.calcsize, fmt)
for fmt in (5, None, 1.5, ['i']):
    t(struct.calcsize, fmt)
    t(struct.pack, fmt)

# A wrong number of values.
t(struct.pack, 'ii', 1)
t(struct.pack, 'ii', 1, 2, 3)
t(struct.pack, 'x', 1)
t(struct.pack, '3s', b'a', b'b')
t(struct.pack, '2c', b'a')
t(struct.pack)
t(struct.unpack, 'ii', b'12')
t(struct.unpack, 'i', b'12345')
t(struct.unpack, 'i')
t(struct.unpack)
