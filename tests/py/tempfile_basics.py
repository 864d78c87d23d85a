# tempfile: gettempdir, mkstemp, mkdtemp, NamedTemporaryFile, TemporaryFile
# and TemporaryDirectory.  Names are random, so the program prints what is
# true of them, never the names themselves.
import os
import stat
import tempfile


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


tmp = tempfile.gettempdir()
print(os.path.isabs(tmp), os.path.isdir(tmp), tmp == tempfile.gettempdir(),
      tempfile.gettempdirb() == os.fsencode(tmp))
print(tempfile.gettempprefix(), tempfile.gettempprefixb(), tempfile.template,
      tempfile.TMP_MAX >= 10000)

names = tempfile._RandomNameSequence()
sample = [next(names) for _ in range(20)]
print(all(len(n) == 8 and set(n) <= set(names.characters) for n in sample),
      len(set(sample)) == 20, iter(names) is names)

with tempfile.TemporaryDirectory(prefix="outer-") as base:
    print(os.path.basename(base).startswith("outer-"), os.path.dirname(base) == tmp)
    print(oct(stat.S_IMODE(os.stat(base).st_mode)))

    fd, path = tempfile.mkstemp(suffix=".txt", prefix="note-", dir=base)
    name = os.path.basename(path)
    print(type(fd).__name__, os.path.isabs(path), name.startswith("note-"),
          name.endswith(".txt"), len(name) == len("note-") + 8 + len(".txt"))
    print(oct(stat.S_IMODE(os.stat(path).st_mode)))
    os.write(fd, b"hello")
    os.close(fd)
    with open(path, "rb") as f:
        print(f.read())

    fd, bpath = tempfile.mkstemp(dir=os.fsencode(base))
    os.close(fd)
    print(type(bpath).__name__, os.path.basename(bpath).startswith(b"tmp"))
    attempt("mixed types", lambda: tempfile.mkstemp(prefix=b"x", dir=base))
    try:
        tempfile.mkstemp(dir=os.path.join(base, "missing"))
    except FileNotFoundError as e:
        print("no such dir ->", e.errno, e.strerror, e.filename.startswith(base))

    d = tempfile.mkdtemp(suffix="-d", dir=base)
    print(os.path.isdir(d), d.endswith("-d"), oct(stat.S_IMODE(os.stat(d).st_mode)))
    print(tempfile.mkdtemp(prefix="", suffix="", dir=base).startswith(base))

    # NamedTemporaryFile: a real file with a name, gone when closed.
    with tempfile.NamedTemporaryFile(dir=base, suffix=".bin") as f:
        print(type(f).__name__, f.name.endswith(".bin"), os.path.exists(f.name), f.delete)
        f.write(b"binary data")
        f.flush()
        f.seek(0)
        print(f.read(), "b" in f.mode, f.closed)
        with open(f.name, "rb") as again:
            print("by name:", again.read())
        kept = f.name
    print(os.path.exists(kept), f.closed)

    f = tempfile.NamedTemporaryFile("w+", dir=base, delete=False, encoding="utf-8")
    f.write("line one\nline two ✓\n")
    f.seek(0)
    print(list(f), f.name.startswith(base))
    f.close()
    print(os.path.exists(f.name))
    os.unlink(f.name)

    g = tempfile.NamedTemporaryFile(mode="w", dir=base)
    g.write("text")
    path = g.name
    g.close()
    g.close()
    print(os.path.exists(path))

    # TemporaryFile: no name in the directory at all.
    before = sorted(os.listdir(base))
    with tempfile.TemporaryFile(dir=base) as t:
        t.write(b"nameless")
        t.seek(0)
        print(t.read(), type(t.name).__name__, sorted(os.listdir(base)) == before)
    with tempfile.TemporaryFile("w+", dir=base) as t:
        t.write("text mode")
        t.seek(0)
        print(t.read())

    # TemporaryDirectory removes everything inside, nested folders too.
    inner = tempfile.TemporaryDirectory(dir=base, suffix="-in")
    print(repr(inner).startswith("<TemporaryDirectory '"), inner.name.endswith("-in"))
    os.makedirs(os.path.join(inner.name, "a", "b"))
    with open(os.path.join(inner.name, "a", "b", "f.txt"), "w") as f:
        f.write("x")
    os.symlink(base, os.path.join(inner.name, "link-out"))
    inner.cleanup()
    print(os.path.exists(inner.name), os.path.isdir(base))
    inner.cleanup()
    with tempfile.TemporaryDirectory(dir=base) as name:
        print(type(name).__name__, os.path.isdir(name))
    print(os.path.exists(name))
    print(len(os.listdir(base)))
print(os.path.exists(base))
