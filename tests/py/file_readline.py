# readline, readlines, iteration over lines, and read(n).
import os
name = "file_readline.tmp"
with open(name, "w") as f:
    f.write("alpha\nbeta\n\ngamma\ndelta")
with open(name) as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()))
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(name) as f:
    print(f.readlines())
with open(name) as f:
    for i, line in enumerate(f, 1):
        print(i, repr(line.rstrip("\n")))
with open(name) as f:
    print(repr(f.read(3)), repr(f.read(4)), repr(f.readline()), repr(f.read()))
with open(name) as f:
    print([len(l) for l in f])
with open(name) as f:
    print(list(f)[-1], f.readline() == "")
with open(name) as f:
    print(f.readline(2), f.readline(100))
os.remove(name)
