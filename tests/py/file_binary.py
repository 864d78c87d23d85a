# Binary mode: bytes in, bytes out, and the errors for mixing str and bytes.
import os
name = "file_binary.tmp"
payload = bytes(range(256))
with open(name, "wb") as f:
    print(f.write(payload), f.write(b"\r\n"), f.mode)
with open(name, "rb") as f:
    data = f.read()
print(len(data), data[:5], data[-4:], data == payload + b"\r\n", type(data).__name__)
with open(name, "rb") as f:
    print(f.read(3), f.read(2), f.tell())
    f.seek(250)
    print(f.read())
with open(name, "wb") as f:
    try:
        f.write("text")
    except TypeError as e:
        print(type(e).__name__, e)
    f.write(bytearray(b"ba"))
with open(name, "w") as f:
    try:
        f.write(b"bytes")
    except TypeError as e:
        print(type(e).__name__, e)
with open(name, "ab") as f:
    f.write(b"\x00\xff")
with open(name, "rb") as f:
    print(f.read())
os.remove(name)
