# Newline translation in text mode: \r\n and \r read back as \n; binary keeps them.
import os
name = "file_newlines.tmp"
with open(name, "wb") as f:
    f.write(b"unix\nwindows\r\nold mac\rend")
with open(name) as f:
    print(repr(f.read()))
with open(name) as f:
    print(f.readlines())
with open(name, newline="") as f:
    print(f.readlines())
with open(name, "rb") as f:
    print(f.read().split(b"\n"))
with open(name, "w") as f:
    f.write("a\nb\n")
with open(name, "rb") as f:
    print(f.read())
os.remove(name)
