# os.chown, os.lchown, os.fchown and shutil.chown: to the current uid and gid
# (or -1, "leave it"), and their errors.
import os
import shutil

base = "os_chown_tmp"
os.mkdir(base)
path = os.path.join(base, "f.txt")
link = os.path.join(base, "link")
with open(path, "w") as f:
    f.write("x")
os.symlink("f.txt", link)
uid, gid = os.getuid(), os.getgid()


def owner(p, follow=True):
    st = os.stat(p, follow_symlinks=follow)
    return st.st_uid == uid, st.st_gid == gid


try:
    print(os.chown(path, uid, gid), owner(path))
    print(os.chown(path, -1, -1), owner(path))
    print(os.chown(path, uid, -1), os.chown(path, -1, gid), owner(path))
    print(os.chown(path.encode(), uid, gid), os.chown(path=path, uid=uid, gid=gid))
    print(os.lchown(link, uid, gid), owner(link, False))
    print(os.chown(link, -1, -1, follow_symlinks=False), owner(link, False))
    fd = os.open(path, os.O_RDONLY)
    try:
        print(os.fchown(fd, uid, gid), os.chown(fd, -1, -1), owner(path))
        try:
            os.chown(fd, -1, -1, follow_symlinks=False)
        except ValueError as e:
            print(type(e).__name__, e)
    finally:
        os.close(fd)
    print(os.chown in os.supports_fd, os.chown in os.supports_follow_symlinks)

    for bad in [lambda: os.chown("os_chown_no_such_file", -1, -1),
                lambda: os.lchown("os_chown_no_such_file", uid, gid),
                lambda: os.chown(os.path.join(path, "sub"), -1, -1),
                lambda: os.fchown(-1, -1, -1), lambda: os.chown(-1, -1, -1),
                lambda: os.chown(path, "root", -1), lambda: os.chown(path, -1, 1.5),
                lambda: os.chown(path, None, -1), lambda: os.chown(path, -2, -1),
                lambda: os.chown(path, -1, -2 ** 70), lambda: os.chown(path, 2 ** 32, -1),
                lambda: os.chown(path, 2 ** 64, -1), lambda: os.chown(path, -1),
                lambda: os.chown([], -1, -1), lambda: os.lchown(3, -1, -1),
                lambda: os.fchown("x", -1, -1), lambda: os.chown("bad\0name", -1, -1)]:
        try:
            print(bad())
        except (OSError, TypeError, ValueError, OverflowError) as e:
            print(type(e).__name__, e, getattr(e, "filename", "-"))

    # shutil.chown: numeric ids; at least one of user and group.
    print(shutil.chown(path, uid), shutil.chown(path, group=gid),
          shutil.chown(path, uid, gid), owner(path))
    for bad in [lambda: shutil.chown(path), lambda: shutil.chown("os_chown_no_such_file", uid)]:
        try:
            print(bad())
        except (OSError, ValueError) as e:
            print(type(e).__name__, e)
finally:
    shutil.rmtree(base)
print(os.path.exists(base))
