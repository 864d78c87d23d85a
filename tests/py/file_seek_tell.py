# seek and tell in text and binary files.
import os
name = "file_seek_tell.tmp"
with open(name, "w") as f:
    f.write("0123456789\nabcdef\n")
    print(f.tell())
with open(name) as f:
    print(f.tell(), f.read(4), f.tell())
    f.seek(0)
    print(f.read(2), f.tell())
    f.seek(11)
    print(repr(f.readline()), f.tell())
    print(repr(f.read()), f.tell())
    print(f.seek(0), f.readline().strip())
with open(name, "rb") as f:
    f.seek(-3, 2)
    print(f.read(), f.tell())
    f.seek(2)
    f.seek(3, 1)
    print(f.read(2), f.tell())
with open(name, "r+") as f:
    f.seek(5)
    f.write("XY")
    f.seek(0)
    print(repr(f.read()))
with open(name) as f:
    try:
        f.seek(1, 1)
    except OSError as e:
        print(type(e).__name__, e)
os.remove(name)
