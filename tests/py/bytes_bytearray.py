# bytearray: mutation by index, slice, append, extend, insert, pop, remove, del.
ba = bytearray(b"hello")
print(ba, len(ba), type(ba).__name__)
ba[0] = 72
print(ba)
ba.append(33)
ba.extend(b" ok")
ba.extend([63, 63])
print(ba)
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("l"))
print(ba)
del ba[0]
del ba[-3:]
print(ba)
ba[1:3] = b"EEEE"
print(ba)
ba[::2] = b"xxxx"
print(ba)
ba += b"!"
ba *= 2
print(ba)
print(bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray())
ba.reverse()
print(ba, bytes(ba), ba.decode())
ba.clear()
print(ba, ba == bytearray(b""), bytearray(b"ab") == b"ab")
for bad in (256, -1):
    try:
        bytearray(b"x")[0] = bad
    except ValueError as e:
        print(type(e).__name__, e)
try:
    bytearray(b"x").remove(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytearray().pop()
except IndexError as e:
    print(type(e).__name__, e)
