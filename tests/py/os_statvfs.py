# os.statvfs, os.fstatvfs and os.statvfs_result; shutil.disk_usage over them.
# No sizes are printed: only the fields, their types and how they relate.
import os
import shutil

st = os.statvfs(".")
t = type(st)
print(t.__name__, t.__module__, t.__mro__[1].__name__, len(st), t.n_fields,
      t.n_sequence_fields, t.n_unnamed_fields)
print(t.__match_args__)
fields = ["f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree",
          "f_favail", "f_flag", "f_namemax"]
print(all(getattr(st, name) == st[i] for i, name in enumerate(fields)))
print(all(type(getattr(st, name)) is int for name in fields + ["f_fsid"]))
print(st.f_bsize > 0, st.f_frsize > 0, st.f_namemax > 0)
print(st.f_bavail <= st.f_bfree <= st.f_blocks, st.f_favail <= st.f_ffree <= st.f_files)
print(tuple(st) == st[:], st[-1] == st.f_namemax)
print(isinstance(st.f_flag & os.ST_RDONLY, int), os.ST_RDONLY, os.ST_NOSUID, os.ST_RELATIME)
a, b, *rest = st
print(a == st.f_bsize, len(rest))

# By a bytes path, a descriptor, and fstatvfs: the same file system.
def same_fs(x, y):
    return (x.f_bsize, x.f_blocks, x.f_fsid, x.f_namemax) == (y.f_bsize, y.f_blocks, y.f_fsid,
                                                              y.f_namemax)

fd = os.open(".", os.O_RDONLY)
try:
    print(same_fs(st, os.statvfs(b".")), same_fs(st, os.statvfs(fd)),
          same_fs(st, os.fstatvfs(fd)))
finally:
    os.close(fd)
print(os.statvfs in os.supports_fd)

# Made by hand, as any struct sequence.
r = os.statvfs_result(range(10))
print(r, r.f_fsid)
r = os.statvfs_result(range(11))
print(r.f_namemax, r.f_fsid, len(r))
for bad in [lambda: os.statvfs_result(range(9)), lambda: os.statvfs_result(range(12)),
            lambda: os.statvfs("os_statvfs_no_such_dir"), lambda: os.statvfs(1.5),
            lambda: os.statvfs("bad\0name"), lambda: os.fstatvfs("x"), lambda: os.fstatvfs(-1),
            lambda: os.statvfs(-1), lambda: os.statvfs(),
            lambda: shutil.disk_usage("os_statvfs_no_such_dir")]:
    try:
        print(bad())
    except (OSError, TypeError, ValueError) as e:
        print(type(e).__name__, e, getattr(e, "filename", "-"))

u = shutil.disk_usage(".")
print(type(u).__name__, u._fields, all(type(x) is int for x in u))
print(u.used <= u.total, u.free <= u.total, u.used + u.free <= u.total)
print(u.total == st.f_blocks * st.f_frsize)
print(shutil.disk_usage(b".").total == u.total)
print(shutil._ntuple_diskusage(1, 2, 3))
