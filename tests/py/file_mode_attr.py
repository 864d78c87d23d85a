# The mode attribute of files: text files show the mode given, binary files
# the mode of CPython's FileIO (with '+', 'w' and 'r' both show 'rb+').
import os

name = "file_mode_attr.tmp"
for mode in ["wb", "w+b", "wb+", "r+b", "rb", "ab", "a+b", "xb", "x+b", "w", "w+", "r+", "a", "a+", "x", "x+", "rt", "wt"]:
    if os.path.exists(name):
        os.remove(name)
    if mode[0] == "r":
        open(name, "w").close()
    with open(name, mode) as f:
        print(mode, repr(f.mode), type(f).__name__, f.readable(), f.writable())
os.remove(name)
