# tempfile's objects clean up after themselves when dropped unclosed: a
# TemporaryDirectory by its finalizer (its ResourceWarning is ignored by
# the default filters), a NamedTemporaryFile when its closer goes.
import os
import tempfile

t = tempfile.TemporaryDirectory()
folder = t.name
open(os.path.join(folder, "inside.txt"), "w").close()
del t
print("directory after del:", os.path.exists(folder))

f = tempfile.NamedTemporaryFile()
name = f.name
write = f.write          # a method taken from the wrapper keeps the file open
del f
print(write(b"still open"), os.path.exists(name))
del write
print("file after del:", os.path.exists(name))

# Left to the end of the program: removed at exit.
kept = tempfile.TemporaryDirectory(suffix="-kept")
print(os.path.isdir(kept.name))
