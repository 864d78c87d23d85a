# open(newline=...): how lines are split and translated on reading and writing, for each mode.
import os
name = "file_newline_modes.tmp"
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(name, "wb") as f:
        f.write(b"a\nb\r\nc\rd")
    with open(name, newline=nl) as f:
        lines = f.readlines()
    with open(name, newline=nl) as f:
        whole = f.read()
    with open(name, newline=nl) as f:
        pieces = [f.read(3), f.read(2), f.readline(), f.read()]
    print(repr(nl), lines, repr(whole), pieces)
    with open(name, "w", newline=nl) as f:
        f.write("x\ny\r\nz")
        print("end", file=f)
    with open(name, "rb") as f:
        print(f.read())
with open(name, "w") as f:
    f.writelines(["one\n", "two\r\n", "three"])
with open(name) as f:
    print([line for line in f], f.newlines if hasattr(f, "newlines") else None)
for bad in ["x", "\n\n", 5]:
    try:
        open(name, newline=bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    open(name, "rb", newline="")
except ValueError as e:
    print(type(e).__name__, e)
os.remove(name)
