# The with statement closes files, even when the block raises; operations on closed files fail.
import os
name = "file_with_closed.tmp"
with open(name, "w") as f:
    print(f.closed, f.name, f.mode)
    f.write("data")
print(f.closed)
try:
    f.write("more")
except ValueError as e:
    print(type(e).__name__, e)
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
try:
    with open(name) as g:
        print(g.read())
        raise RuntimeError("inside with")
except RuntimeError as e:
    print(type(e).__name__, e, g.closed)
h = open(name)
h.close()
h.close()
print(h.closed)
with open(name) as a, open(name) as b:
    print(a.read(2), b.read(), a.closed, b.closed)
print(a.closed, b.closed)
os.remove(name)
