# os: making and removing files and directories, listing and walking, stat, and their errors.
import os
import stat
base = "os_files_tmp"
os.makedirs(os.path.join(base, "sub", "deep"))
os.makedirs(os.path.join(base, "sub"), exist_ok=True)
for name in ["a.txt", os.path.join("sub", "b.txt"), os.path.join("sub", "deep", "c.txt")]:
    with open(os.path.join(base, name), "w") as f:
        f.write(name * 3)
print(sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, "sub"))))
for root, dirs, files in os.walk(base):
    dirs.sort()
    print(root, dirs, sorted(files))
print([t[0] for t in os.walk(base, topdown=False)][-1])
st = os.stat(os.path.join(base, "a.txt"))
print(st.st_size, st[stat.ST_SIZE], stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat(base).st_mode))
print(type(st.st_mtime).__name__, type(st[8]).__name__, st.st_mtime_ns // 10**9 == st[8], len(st))
with os.scandir(base) as it:
    print(sorted((e.name, e.is_dir(), e.is_file(), e.is_symlink()) for e in it))
os.rename(os.path.join(base, "a.txt"), os.path.join(base, "renamed.txt"))
os.replace(os.path.join(base, "renamed.txt"), os.path.join(base, "sub", "b.txt"))
print(sorted(os.listdir(base)), os.path.getsize(os.path.join(base, "sub", "b.txt")))
for bad in [lambda: os.mkdir(base), lambda: os.rmdir(base), lambda: os.remove("no_such_file.tmp"),
            lambda: os.listdir("no_such_dir"), lambda: os.rename("nope1.tmp", "nope2.tmp"),
            lambda: os.makedirs(base), lambda: os.listdir(os.path.join(base, "sub", "b.txt")),
            lambda: os.stat("missing\0name"), lambda: os.stat([])]:
    try:
        bad()
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e, getattr(e, "errno", None), getattr(e, "filename", None))
os.remove(os.path.join(base, "sub", "deep", "c.txt"))
os.removedirs(os.path.join(base, "sub", "deep"))
print(os.path.exists(os.path.join(base, "sub")), sorted(os.listdir(os.path.join(base, "sub"))))
os.unlink(os.path.join(base, "sub", "b.txt"))
os.removedirs(os.path.join(base, "sub"))
print(os.path.exists(base))
