# write and writelines return values; print(file=...) to a file.
import os
name = "file_writelines.tmp"
with open(name, "w") as f:
    print(f.write("x"), f.write(""), f.write("héllo\n"))
    print(f.writelines(["a\n", "b\n"]), f.writelines(str(i) for i in range(3)))
    print("printed", 1, 2, sep="-", file=f)
with open(name) as f:
    print(repr(f.read()))
with open(name, "w") as f:
    try:
        f.write(5)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        f.writelines([1])
    except TypeError as e:
        print(type(e).__name__, e)
with open(name) as f:
    print(repr(f.read()))
os.remove(name)
