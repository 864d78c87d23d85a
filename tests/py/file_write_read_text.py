# Writing a text file, reading it back whole, and removing it.
import os
name = "file_write_read_text.tmp"
f = open(name, "w")
n1 = f.write("first line\n")
n2 = f.write("second line\n")
f.close()
print(n1, n2, f.closed)
f = open(name)
data = f.read()
f.close()
print(repr(data), len(data))
with open(name, "a") as f:
    f.write("appended\n")
with open(name, "r") as f:
    print(repr(f.read()))
with open(name, "w") as f:
    f.write("overwritten")
with open(name) as f:
    print(repr(f.read()), repr(f.read()))
print(os.path.exists(name), os.path.getsize(name))
os.remove(name)
print(os.path.exists(name))
