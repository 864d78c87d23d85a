# linecache: lines of source files, cached, and what happens without one.
import linecache
import os
import tempfile

print(repr(linecache.getline(__file__, 1)))
print(repr(linecache.getline(__file__, 2)))
print(repr(linecache.getline(__file__, 0)), repr(linecache.getline(__file__, 10000)))
lines = linecache.getlines(__file__)
print(len(lines) > 10, lines[0] == linecache.getline(__file__, 1), __file__ in linecache.cache)
print(repr(linecache.getline("no_such_file.py", 1)), linecache.getlines("no_such_file.py"))
print(linecache.getlines("<string>"), linecache.getlines(""))

# A file that changes: the cache keeps the old lines until checkcache().
folder = tempfile.mkdtemp()
path = os.path.join(folder, "mod.py")
with open(path, "w") as f:
    f.write("first = 1\nsecond = 2")
print(linecache.getlines(path))
with open(path, "w") as f:
    f.write("changed = 3\n")
print(linecache.getline(path, 1), end="")
linecache.checkcache(path)
print(linecache.getline(path, 1), end="")
os.remove(path)
linecache.checkcache()
print(path in linecache.cache, repr(linecache.getline(path, 1)))
print(linecache.updatecache(__file__)[0] == lines[0])
linecache.clearcache()
print(linecache.cache)
os.rmdir(folder)
