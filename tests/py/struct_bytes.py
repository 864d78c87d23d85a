# struct: the byte formats c, s, p, the bool ? and the pad byte x.
import struct


def t(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


class B(bytes):
    pass


# c: one byte, as a bytes object of length 1.
t(struct.pack, 'c', b'a')
t(struct.pack, '3c', b'a', b'b', b'\xff')
t(struct.unpack, '3c', b'ab\xff')
t(struct.pack, 'c', B(b'z'))
for v in (b'', b'ab', 'a', 97, bytearray(b'a'), None):
    t(struct.pack, 'c', v)

# s: a fixed-size byte string, truncated or padded with zeros.
for fmt in ['s', '0s', '1s', '3s', '5s', '<5s', '>5s', '10s']:
    for v in (b'', b'abc', b'abcdefgh', bytearray(b'xy'), B(b'sub')):
        print(fmt, v, end=' ')
        t(struct.pack, fmt, v)
t(struct.unpack, '3s2s', b'abcde')
t(struct.unpack, '0s', b'')
t(struct.unpack, '5s', b'ab\x00\x00\x00')
for v in ('abc', 1, None, memoryview(b'ab')):
    t(struct.pack, '3s', v)
t(struct.pack, '2s2s', b'ab', 'cd')

# p: a Pascal string: a length byte, then at most count - 1 bytes.
for fmt in ['p', '1p', '2p', '5p', '>5p', '10p']:
    for v in (b'', b'abc', b'abcdefgh', bytearray(b'xy')):
        b = struct.pack(fmt, v)
        print(fmt, v, b, struct.unpack(fmt, b))
t(struct.pack, '300p', b'a' * 299)
t(lambda: struct.unpack('300p', struct.pack('300p', b'a' * 299))[0] == b'a' * 255)
t(struct.unpack, '4p', b'\x09abc')
t(struct.unpack, '4p', b'\x01abc')
t(struct.pack, '3p', 'ab')
t(struct.pack, '0p2x', b'abc')
t(struct.pack, '0p', b'abc')
t(struct.unpack, '0p', b'')

# ?: any object, by its truth; unpacks to a bool.
for fmt in ['?', '<?', '>?', '=?', '!?']:
    for v in (0, 1, 2, -1, '', 'x', [], [0], None, 0.0, 0.5):
        print(fmt, repr(v), struct.pack(fmt, v))
    print(struct.unpack(fmt + '???', b'\x00\x01\x02\xff'))


class NoBool:
    def __bool__(self):
        raise ValueError("no truth")


t(struct.pack, '?', NoBool())

# x: pad bytes, zero, taking no value.
t(struct.pack, 'x')
t(struct.pack, '3x')
t(struct.pack, 'bxb', 1, 2)
t(struct.pack, 'b3xb', 1, 2)
t(struct.unpack, 'bxb', b'\x01\xff\x02')
t(struct.unpack, '2x', b'ab')
t(struct.pack, 'x', 1)
t(struct.pack, '0x')
t(struct.calcsize, '10x')
