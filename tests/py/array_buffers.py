# array.array as a buffer: bytes and bytearray from arrays, joins, files, sizes and pickling forms.
import os
from array import array
a = array("i", [1, 2, 3])
print(bytes(a), bytearray(a), b"-".join([array("b", [65, 66]), b"C"]), bytearray(b"x") + array("B", [89]))
print(bytearray(b"AB") == array("b", [65, 66]), b"AB" == array("b", [65, 66]), array("b", [66]) in [b"B"])
print(b"xyz".find(array("b", [121])), b"abc".startswith(array("B", b"ab")), b"a".join([array("B", b"1"), array("B", b"2")]))
name = "array_buffers.tmp"
with open(name, "wb") as f:
    print(f.write(a), f.write(array("d", [0.5])))
    array("h", [7, 8]).tofile(f)
with open(name, "rb") as f:
    b = array("i")
    b.fromfile(f, 3)
    d = array("d")
    d.fromfile(f, 1)
    h = array("h")
    try:
        h.fromfile(f, 3)
    except EOFError as e:
        print(type(e).__name__, e)
print(b, d, h)
os.remove(name)
x = array("b")
sizes = []
for i in range(40):
    sizes.append(x.__sizeof__())
    x.append(i)
print(sizes)
print(array("i").__sizeof__(), array("i", [1, 2, 3]).__sizeof__(), array("d", range(20)).__sizeof__())
print(a.__reduce_ex__(2), array("u", "hi").__reduce_ex__(1))
r = a.__reduce_ex__(3)
print(r[0].__name__, r[1], r[2], r[0](*r[1]))
import array as array_module
print(array_module._array_reconstructor(array, "d", 16, b"\x00" * 8))
for bad in [(5, "i", 8, b""), (int, "i", 8, b""), (array, "z", 8, b""), (array, "i", 99, b""), (array, "i", 8, "s")]:
    try:
        array_module._array_reconstructor(*bad)
    except Exception as e:
        print(type(e).__name__, e)
c = array("B", b"abc")
try:
    c.frombytes(c)
except BufferError as e:
    print(type(e).__name__, e)
print(c, array("u", "\x00\u00e9\U0001f600"), len(array("u", "\U0001f600")))
class MyArray(array):
    pass
m = MyArray("i", [4])
print(m, type(m).__name__, m + m, type(m + m).__name__)
