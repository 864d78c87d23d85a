# follow_symlinks=False: utime and chown change the link itself, stat looks at
# it, chmod cannot on Linux (NotImplementedError, as CPython), access sees a
# dangling link; a descriptor with follow_symlinks=False is a ValueError.
import os
import shutil

base = "os_follow_symlinks_tmp"
os.mkdir(base)
target = os.path.join(base, "target.txt")
link = os.path.join(base, "link")
dangling = os.path.join(base, "dangling")
with open(target, "w") as f:
    f.write("data")
os.symlink("target.txt", link)
os.symlink("missing.txt", dangling)
try:
    os.utime(target, (1000, 2000))
    os.utime(link, (5000, 6000), follow_symlinks=False)
    print(os.lstat(link).st_mtime, os.lstat(link).st_atime, os.stat(link).st_mtime)
    os.utime(link, ns=(7 * 10 ** 9, 8 * 10 ** 9 + 5), follow_symlinks=False)
    print(os.lstat(link).st_mtime_ns, os.stat(target).st_mtime_ns)
    os.utime(link, (3000, 4000))
    print(os.stat(target).st_mtime, os.lstat(link).st_mtime)
    os.utime(dangling, (1, 2), follow_symlinks=False)
    print(os.lstat(dangling).st_mtime)
    try:
        os.utime(dangling, (1, 2))
    except OSError as e:
        print(type(e).__name__, e, e.filename)

    before = os.stat(target).st_mode & 0o777
    try:
        os.chmod(link, 0o600, follow_symlinks=False)
    except NotImplementedError as e:
        print(type(e).__name__, e)
    print(os.stat(target).st_mode & 0o777 == before)
    os.chmod(link, 0o640)
    print(oct(os.stat(target).st_mode & 0o777))

    print(os.lchown(link, -1, -1), os.chown(dangling, -1, -1, follow_symlinks=False))
    try:
        os.chown(dangling, -1, -1)
    except OSError as e:
        print(type(e).__name__, e)

    print(os.path.islink(link), os.stat(link, follow_symlinks=False).st_size == len("target.txt"))
    print(os.access(dangling, os.F_OK), os.access(dangling, os.F_OK, follow_symlinks=False))
    print(os.access(target, os.R_OK, effective_ids=True))
    try:
        os.stat(dangling)
    except OSError as e:
        print(type(e).__name__, e)

    fd = os.open(target, os.O_RDONLY)
    try:
        for call in [lambda: os.utime(fd, follow_symlinks=False),
                     lambda: os.stat(fd, follow_symlinks=False),
                     lambda: os.chown(fd, -1, -1, follow_symlinks=False),
                     lambda: os.chmod(fd, 0o644, follow_symlinks=False)]:
            try:
                print(call())
            except ValueError as e:
                print(type(e).__name__, e)
    finally:
        os.close(fd)
    print(oct(os.stat(target).st_mode & 0o777))

    # CPython 3.11's os.link does not follow a symbolic link src on Linux.
    hard = os.path.join(base, "hard")
    os.link(link, hard)
    print(os.path.islink(hard), os.readlink(hard))

    for fn in ["access", "chmod", "chown", "link", "stat", "utime"]:
        print(fn, getattr(os, fn) in os.supports_follow_symlinks)
    print(os.access in os.supports_effective_ids)
finally:
    shutil.rmtree(base)
