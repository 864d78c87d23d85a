# struct: packing into and unpacking from buffers: offsets (negative
# too), bytes-like objects, iter_unpack and its hold on the buffer.
import array
import struct


def t(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


# pack_into: every offset of a 10-byte buffer, both ways.
for off in range(-12, 12):
    b = bytearray(b'.' * 10)
    try:
        struct.pack_into('<hb', b, off, 0x4142, 0x43)
        print(off, b)
    except struct.error as e:
        print(off, 'error', e)

# unpack_from: the same.
data = bytes(range(10))
for off in range(-12, 12):
    print(off, end=' ')
    t(struct.unpack_from, '>hb', data, off)
t(struct.unpack_from, 'i', data)
t(struct.unpack_from, 'i', buffer=data, offset=6)
t(struct.unpack_from, 'i', data, offset=-4)
t(struct.unpack_from, '', b'', 0)
t(struct.unpack_from, '', b'abc', 3)
t(struct.unpack_from, '', b'abc', 4)
t(struct.unpack_from, '', b'abc', -3)
t(struct.unpack_from, '', b'abc', -4)

# Offsets are indexes.


class Idx:
    def __index__(self):
        return 2


b = bytearray(6)
struct.pack_into('h', b, Idx(), 258)
print(b)
t(struct.unpack_from, 'h', b, Idx())
t(struct.pack_into, 'h', b, 1.0, 1)
t(struct.pack_into, 'h', b, '1', 1)
t(struct.pack_into, 'h', b, 2**70, 1)
t(struct.pack_into, 'h', b, -2**70, 1)
t(struct.unpack_from, 'h', b, 1.0)
t(struct.unpack_from, 'h', b, 2**70)
t(struct.unpack_from, 'h', b, -2**70)

# Arguments.
t(struct.pack_into)
t(struct.pack_into, 'i')
t(struct.pack_into, 'i', bytearray(4))
t(struct.pack_into, 'i', bytearray(4), 0)
t(struct.pack_into, 'i', bytearray(4), 0, 1, 2)
t(struct.unpack_from)
t(struct.unpack_from, 'i')
t(struct.unpack_from, 'i', b'1234', 0, 1)
t(struct.unpack_from, 'i', b'1234', 0, offset=1)
t(struct.unpack_from, 'i', b'1234', buffer=b'1')
t(struct.unpack_from, 'i', buffer=b'1234', offset=0, x=1)
t(struct.unpack_from, format='i', buffer=b'1234')

# An error half-way leaves the values before it packed, the rest zeroed.
b = bytearray(b'\xaa' * 12)
t(struct.pack_into, '<iih', b, 1, 1, 'x', 3)
print(b)
b = bytearray(b'\xaa' * 11)
t(struct.pack_into, '<iih', b, 1, 1, 'x', 3)
print(b)
b = bytearray(b'\xaa' * 8)
struct.pack_into('b3xi', b, 0, 1, 2)
print(b)

# What counts as a buffer.
raw = struct.pack('<2h', 1, -2)
for src in (raw, bytearray(raw), memoryview(raw), memoryview(bytearray(raw)),
            array.array('h', [1, -2]), array.array('B', list(raw)), memoryview(b'xx' + raw)[2:]):
    print(type(src).__name__, struct.unpack('<2h', src), struct.unpack_from('<h', src, 2),
          list(struct.iter_unpack('<h', src)))
for src in ('abcd', 1234, None, [1, 2, 3, 4], memoryview(b'abcdabcd')[::2]):
    t(struct.unpack, '<2h', src)
    t(struct.unpack_from, '<2h', src)
    t(struct.iter_unpack, '<2h', src)

# Writable buffers only.
a = array.array('i', [0, 0])
struct.pack_into('<i', a, 4, 99)
print(a)
m = memoryview(bytearray(6))
struct.pack_into('<h', m, 2, 258)
print(m.tobytes())
m = memoryview(bytearray(8))[2:6]
struct.pack_into('>i', m, 0, 0x01020304)
print(m.obj)
for dest in (bytes(4), memoryview(bytes(4)), memoryview(bytearray(8))[::2], 'abcd', 5, None):
    t(struct.pack_into, 'h', dest, 0, 1)

# iter_unpack.
it = struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')
print(type(it).__name__, iter(it) is it, it.__length_hint__())
print(next(it), it.__length_hint__())
print(list(it), it.__length_hint__())
t(next, it)
print(list(struct.iter_unpack('<bxh', bytes(range(8)))))
print(list(struct.iter_unpack('4s', b'abcdefgh')))
print(list(struct.iter_unpack('i', b'')))
t(struct.iter_unpack, '', b'')
t(struct.iter_unpack, '0i', b'abcd')
t(lambda: list(struct.iter_unpack('x', b'abc')))
t(struct.iter_unpack, 'i', b'12345')
t(struct.iter_unpack, 'h', b'123')
t(struct.iter_unpack, 'i')
t(struct.iter_unpack)
t(lambda: type(struct.iter_unpack('b', b''))())
t(struct.iter_unpack, 'i', b'1234', 1)

# While an iterator holds an array or bytearray, it cannot resize.
a = array.array('b', [1, 2, 3, 4])
it = struct.iter_unpack('h', a)
t(a.append, 5)
print(next(it))
t(a.append, 5)
print(list(it))
t(a.append, 5)
print(a)
ba = bytearray(b'\x01\x00\x02\x00')
it = struct.iter_unpack('<h', ba)
t(ba.extend, b'xx')
del it
t(ba.extend, b'xx')
print(ba)
# Other calls hold it only while they run.
ba = bytearray(4)
struct.unpack('i', ba)
struct.pack_into('i', ba, 0, 7)
ba.append(1)
print(ba)
