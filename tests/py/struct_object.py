# struct: the Struct class, struct.error, and the module's names.
import struct
import weakref


def t(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


s = struct.Struct('<hI')
print(s.format, s.size)
print(s.pack(1, 2))
print(s.unpack(b'\x01\x00\x02\x00\x00\x00'))
print(s.unpack_from(b'xx\x01\x00\x02\x00\x00\x00', 2))
print(s.unpack_from(b'\x01\x00\x02\x00\x00\x00', offset=0))
print(s.unpack_from(buffer=b'\x01\x00\x02\x00\x00\x00'))
print(list(s.iter_unpack(b'\x01\x00\x02\x00\x00\x00' * 2)))
buf = bytearray(8)
print(s.pack_into(buf, 1, 3, 4), buf)
print(struct.Struct(b'>d').format, struct.Struct(format='i').size)
print(struct.Struct('').size, struct.Struct('').pack(), struct.Struct('').unpack(b''))
print(type(s).__name__, type(s).__module__, type(s).__qualname__)
print(repr(struct.Struct), repr(struct.error))
print(struct.error.__mro__)
print(issubclass(struct.error, Exception), struct.error.__module__)
print(struct.Struct.__module__, struct.Struct.__name__)
print(s.__sizeof__(), struct.Struct('ii3s').__sizeof__(), struct.Struct('2i').__sizeof__(),
      struct.Struct('').__sizeof__(), struct.Struct('0s5x').__sizeof__())
print(repr(s).startswith('<_struct.Struct object at '))
print(sorted(n for n in dir(struct.Struct) if not n.startswith('__')))
print(struct.Struct.size.__doc__, '|', struct.Struct.format.__doc__)
print(struct.Struct.__doc__)

# The attributes are read-only; there is no __dict__.
for name, value in [('size', 3), ('format', 'h'), ('other', 1)]:
    try:
        setattr(s, name, value)
    except AttributeError as e:
        print('AttributeError', e)
t(lambda: s.__dict__)
t(delattr, s, 'size')

# __init__ may run again, with another format.
s2 = struct.Struct('i')
s2.__init__('q')
print(s2.format, s2.size, s2.pack(-1))
t(s2.__init__, 5)
t(s2.__init__, 'zz')

# Wrong arguments to Struct().
t(struct.Struct)
t(struct.Struct, 'i', 'x')
t(struct.Struct, fmt='i')
t(struct.Struct, 'i', format='i')
t(struct.Struct, fmt=1, format='i')
t(struct.Struct, 'i', x=1)
t(struct.Struct, 5)
t(struct.Struct, None)
t(struct.Struct, bytearray(b'i'))
t(struct.Struct, 'é')
t(struct.Struct, b'\xe9')
t(struct.Struct, 'i\0')

# Wrong arguments to its methods.
s = struct.Struct('i')
t(s.pack)
t(s.pack, 1, 2)
t(s.pack, x=1)
t(s.unpack)
t(s.unpack, b'1', b'2')
t(s.unpack, buffer=b'1234')
t(s.unpack, b'123')
t(s.unpack, 'abcd')
t(s.unpack_from)
t(s.unpack_from, b'1234', 0, 1)
t(s.unpack_from, b'1234', 0, offset=1)
t(s.unpack_from, b'1234', bogus=1)
t(s.unpack_from, buffer=b'1234', offset=0, x=1)
t(s.unpack_from, b'1234', 1.0)
t(s.unpack_from, b'1234', '0')
t(s.unpack_from, b'1234', 2**70)
t(s.iter_unpack)
t(s.iter_unpack, b'12345')
t(s.pack_into)
t(s.pack_into, bytearray(4))
t(s.pack_into, bytearray(4), 0)
t(s.pack_into, bytearray(4), 0, 1, 2)

# Subclasses.


class Point(struct.Struct):
    def __init__(self):
        super().__init__('<2h')
        self.names = ('x', 'y')

    def unpack_dict(self, data):
        return dict(zip(self.names, self.unpack(data)))


p = Point()
print(p.size, p.format, p.pack(1, -1), p.unpack_dict(b'\x05\x00\x06\x00'))
print(isinstance(p, struct.Struct), p.__dict__)


class Plain(struct.Struct):
    pass


print(Plain('>q').pack(1), Plain(format='b').size)

# Weak references and identity.
r = weakref.ref(s)
print(r() is s)
del s
print(r())
print(struct.Struct('i') == struct.Struct('i'))

# struct.error behaves as any exception.
try:
    struct.pack('i', 'x')
except struct.error as e:
    print(type(e).__name__, e.args, isinstance(e, Exception))
print(struct.error('a', 1).args, str(struct.error('msg')))


class MyError(struct.error):
    pass


print(issubclass(MyError, struct.error))

# The module.
print(struct.__all__)
print(sorted(n for n in dir(struct) if not n.startswith('__')))
import _struct
print(sorted(n for n in dir(_struct) if not n.startswith('__')))
print(struct.Struct is _struct.Struct, struct.error is _struct.error)
print(struct.__doc__ == _struct.__doc__, struct.__doc__.splitlines()[0])
print(struct._clearcache())
print(struct.pack.__doc__.splitlines()[0])
print(struct.unpack.__doc__.splitlines()[0])
print(struct.calcsize.__doc__)
print(struct.Struct.pack.__doc__.splitlines()[0])
print(struct.Struct.unpack_from.__doc__.splitlines()[0])
