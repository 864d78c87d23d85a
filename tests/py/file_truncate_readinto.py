# truncate, readinto and readlines(hint): cutting files, reading into buffers, reading some lines.
import array
import os
name = "file_truncate_readinto.tmp"
with open(name, "wb") as f:
    f.write(b"0123456789")
with open(name, "rb") as f:
    buf = bytearray(4)
    print(f.readinto(buf), buf)
    arr = array.array("b", [0] * 3)
    print(f.readinto(arr), arr)
    view = memoryview(bytearray(10))
    print(f.readinto(view), view.tobytes(), f.readinto(bytearray(5)))
    try:
        f.readinto(b"xx")
    except TypeError as e:
        print(type(e).__name__, e)
with open(name, "r+b") as f:
    print(f.read(2), f.truncate(4), f.tell(), f.read(), f.truncate(), f.tell())
with open(name, "rb") as f:
    print(f.read())
with open(name, "r+") as f:
    f.write("abcdef")
    print(f.truncate(3), f.tell())
with open(name, "rb") as f:
    print(f.read())
with open(name) as f:
    try:
        f.truncate()
    except OSError as e:
        print(type(e).__name__, e)
    print(hasattr(f, "readinto"), f.readable(), f.writable(), f.seekable())
with open(name, "w") as f:
    f.write("ab\ncd\nef\ngh\n")
with open(name) as f:
    print(f.readlines(4), f.readlines(0), f.readlines())
with open(name, "rb") as f:
    print(f.readlines(1), f.readlines(-1))
os.remove(name)
