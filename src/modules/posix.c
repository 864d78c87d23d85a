/* The posix module: the operating system's calls, thinly wrapped, as
 * CPython's Modules/posixmodule.c.  lib/os.py builds the os module over
 * it (os.path is lib/posixpath.py), as CPython's os.py does.
 *
 * Paths are str, bytes or os.PathLike objects (path_convert); a function
 * given bytes answers with bytes (listdir, readlink, getcwdb).  Every
 * failing call raises the OSError subclass its errno names, with the file
 * name(s) attached, as CPython does.  Blocking calls release the GIL. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/buf.h"
#include "minipy/bytes.h"
#include "minipy/dict.h"
#include "minipy/exc.h"
#include "minipy/fileio.h"
#include "minipy/float.h"
#include "minipy/gil.h"
#include "minipy/int.h"
#include "minipy/list.h"
#include "minipy/mem.h"
#include "minipy/module.h"
#include "minipy/names.h"
#include "minipy/posix.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/structseq.h"
#include "minipy/tuple.h"
#include "minipy/warnings.h"

#define FN(f) ((void (*)(void))(f))

extern char **environ;

/* ---- paths ----------------------------------------------------------------------------------- */

/* A path argument after conversion: the str or bytes it came to, and its
 * bytes for the system call; or a file descriptor where one is allowed. */
typedef struct path_arg {
    mp_obj object;       /* str or bytes (owned), NULL for a descriptor or None */
    const char *narrow;  /* NUL-terminated, borrowed from object */
    int fd;              /* the descriptor (when is_fd), or -1 */
    int is_fd;           /* a descriptor other than -1 was given */
    int is_bytes;
} path_arg;

static void path_release(path_arg *p) { MP_CLEAR(p->object); }

mp_obj mp_posix_fspath(mp_obj o)
{
    if (mp_str_check(o) || mp_bytes_check(o))
        return mp_newref(o);
    mp_obj meth = mp_type_lookup(mp_type_of(o), MP_NAME(__fspath__));
    if (!meth || meth == mp_none)
        return mp_err_format(&mp_type_TypeError, "expected str, bytes or os.PathLike object, not %s",
                             mp_type_of(o)->name);
    mp_obj r = mp_call_method(o, "__fspath__", NULL, 0);
    if (r && !mp_str_check(r) && !mp_bytes_check(r)) {
        mp_err_format(&mp_type_TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                      mp_type_of(o)->name, mp_type_of(r)->name);
        mp_decref(r);
        return NULL;
    }
    return r;
}

/* What CPython's messages call the kinds a parameter takes. */
static const char *path_kinds(int allow_fd, int nullable)
{
    if (allow_fd && nullable)
        return "string, bytes, os.PathLike, integer or None";
    if (allow_fd)
        return "string, bytes, os.PathLike or integer";
    if (nullable)
        return "string, bytes, os.PathLike or None";
    return "string, bytes or os.PathLike";
}

/* Converts o (borrowed) for fname's parameter argname: 0, or -1 with
 * TypeError ("stat: path should be string, bytes, os.PathLike or integer,
 * not list") or ValueError ("embedded null byte"). */
static int path_convert(const char *fname, const char *argname, mp_obj o, int allow_fd,
                        int nullable, path_arg *p)
{
    p->object = NULL;
    p->narrow = NULL;
    p->fd = -1;
    p->is_fd = 0;
    p->is_bytes = 0;
    if (o == mp_none && nullable)
        return 0;
    if (allow_fd && mp_int_check(o)) {
        if (mp_obj_type_check(o, &mp_type_bool) &&
            mp_warn_format(&mp_type_RuntimeWarning, 1, "bool is used as a file descriptor") < 0)
            return -1;
        intptr_t v;
        if (mp_int_as_ssize(o, &v) < 0)
            return -1;
        if (v < INT_MIN || v > INT_MAX) {
            mp_err_set_str(&mp_type_OverflowError, v < 0 ? "fd is less than minimum"
                                                         : "fd is greater than maximum");
            return -1;
        }
        /* -1 is CPython's "no descriptor": the call is then made with no
         * path at all (narrow NULL; see no_path). */
        p->fd = (int)v;
        p->is_fd = v != -1;
        return 0;
    }
    mp_obj s = NULL;
    if (mp_str_check(o) || mp_bytes_check(o)) {
        s = mp_newref(o);
    } else if (mp_type_lookup(mp_type_of(o), MP_NAME(__fspath__))) {
        if (!(s = mp_posix_fspath(o)))
            return -1;
    } else {
        mp_err_format(&mp_type_TypeError, "%s: %s should be %s, not %s", fname, argname,
                      path_kinds(allow_fd, nullable), mp_type_of(o)->name);
        return -1;
    }
    size_t n;
    if (mp_str_check(s)) {
        p->narrow = mp_str_utf8(s);
        n = mp_str_nbytes(s);
    } else {
        p->narrow = MP_BYTES_DATA(s);
        n = (size_t)MP_BYTES_LEN(s);
        p->is_bytes = 1;
    }
    if (strlen(p->narrow) != n) {
        mp_decref(s);
        mp_err_set_str(&mp_type_ValueError, "embedded null byte");
        return -1;
    }
    p->object = s;
    return 0;
}

/* The call CPython makes for descriptor -1 passes the system a NULL path,
 * which Linux refuses with EFAULT ("Bad address"); minipy makes no such
 * call (NULL is not a valid argument in C) but fails the same way. */
static int no_path(void)
{
    errno = EFAULT;
    return -1;
}

/* The object an error names: what the caller passed, as CPython keeps it. */
static mp_obj raise_errno(mp_obj filename)
{
    return mp_err_from_errno(&mp_type_OSError, filename);
}

/* OSError(errno, strerror, filename, None, filename2): "'a' -> 'b'". */
static mp_obj raise_errno2(mp_obj f1, mp_obj f2)
{
    int e = errno;
    mp_obj msg = mp_str_from_cstr(strerror(e));
    if (!msg)
        return NULL;
    mp_obj args = mp_tuple_pack(5, mp_small(e), msg, f1, mp_none, f2);
    mp_decref(msg);
    if (!args)
        return NULL;
    /* OSError(errno, ...) picks the subclass the errno names. */
    mp_obj exc = mp_call((mp_obj)&mp_type_OSError, MP_TUPLE_ITEMS(args), 5, NULL);
    mp_decref(args);
    if (!exc)
        return NULL;
    mp_err_set_exc(exc);
    mp_decref(exc);
    return NULL;
}

/* A file name from the system as str (surrogateescape, as CPython's
 * file system encoding) or bytes, matching what the caller passed. */
static mp_obj name_object(const char *s, size_t n, int as_bytes)
{
    if (as_bytes)
        return mp_bytes_new(s, (intptr_t)n);
    return mp_str_decode_utf8(s, n, "surrogateescape");
}

/* mp_number_as_ssize raises CPython's "'X' object cannot be interpreted
 * as an integer" for what has no __index__. */
static int fd_arg(mp_obj o, int *fd)
{
    intptr_t v = mp_number_as_ssize(o, &mp_type_OverflowError);
    if (v == -1 && mp_err_occurred())
        return -1;
    if (v < INT_MIN || v > INT_MAX) {
        mp_err_set_str(&mp_type_OverflowError, v < 0 ? "signed integer is less than minimum"
                                                     : "signed integer is greater than maximum");
        return -1;
    }
    *fd = (int)v;
    return 0;
}

static int ssize_arg(mp_obj o, intptr_t *out)
{
    *out = mp_number_as_ssize(o, &mp_type_OverflowError);
    return *out == -1 && mp_err_occurred() ? -1 : 0;
}

/* dir_fd is accepted only as None: minipy has no *at() calls here. */
static int no_dir_fd(const char *fname, mp_obj dir_fd)
{
    if (dir_fd && dir_fd != mp_none) {
        mp_err_format(&mp_type_NotImplementedError, "%s: minipy does not support dir_fd", fname);
        return -1;
    }
    return 0;
}

/* follow_symlinks as a flag: 1 when absent. */
static int follow_flag(mp_obj fs, int *follow)
{
    *follow = 1;
    if (!fs)
        return 0;
    int t = mp_obj_is_true(fs);
    if (t < 0)
        return -1;
    *follow = t;
    return 0;
}

/* A descriptor names no link to follow or not: CPython refuses the pair. */
static int fd_and_follow_invalid(const char *fname, const path_arg *p, int follow)
{
    if (p->is_fd && p->fd > 0 && !follow) { /* CPython lets 0 pass */
        mp_err_format(&mp_type_ValueError, "%s: cannot use fd and follow_symlinks together",
                      fname);
        return -1;
    }
    return 0;
}

/* ---- stat ------------------------------------------------------------------------------------ */

/* os.stat_result: ten items (the three times as ints: CPython's unnamed
 * fields), then the named ones.  The repr names item i by members[i], so
 * entries 7-9 carry the names st_atime... (as CPython's repr shows them)
 * but read the float times of items 10-12, as the attributes must. */
static const mp_member_def stat_result_fields[] = {
    MP_STRUCTSEQ_FIELD(0, "st_mode", "protection bits"),
    MP_STRUCTSEQ_FIELD(1, "st_ino", "inode"),
    MP_STRUCTSEQ_FIELD(2, "st_dev", "device"),
    MP_STRUCTSEQ_FIELD(3, "st_nlink", "number of hard links"),
    MP_STRUCTSEQ_FIELD(4, "st_uid", "user ID of owner"),
    MP_STRUCTSEQ_FIELD(5, "st_gid", "group ID of owner"),
    MP_STRUCTSEQ_FIELD(6, "st_size", "total size, in bytes"),
    MP_STRUCTSEQ_FIELD(10, "st_atime", "time of last access"),
    MP_STRUCTSEQ_FIELD(11, "st_mtime", "time of last modification"),
    MP_STRUCTSEQ_FIELD(12, "st_ctime", "time of last change"),
    MP_STRUCTSEQ_FIELD(10, "st_atime", "time of last access"),
    MP_STRUCTSEQ_FIELD(11, "st_mtime", "time of last modification"),
    MP_STRUCTSEQ_FIELD(12, "st_ctime", "time of last change"),
    MP_STRUCTSEQ_FIELD(13, "st_atime_ns", "time of last access in nanoseconds"),
    MP_STRUCTSEQ_FIELD(14, "st_mtime_ns", "time of last modification in nanoseconds"),
    MP_STRUCTSEQ_FIELD(15, "st_ctime_ns", "time of last change in nanoseconds"),
    MP_STRUCTSEQ_FIELD(16, "st_blksize", "blocksize for filesystem I/O"),
    MP_STRUCTSEQ_FIELD(17, "st_blocks", "number of blocks allocated"),
    MP_STRUCTSEQ_FIELD(18, "st_rdev", "device type (if inode device)"),
    {NULL},
};

mp_structseq_type mp_type_stat_result = MP_STRUCTSEQ_TYPE(
    "os.stat_result",
    "stat_result: Result from stat, fstat, or lstat.\n\n"
    "This object may be accessed either as a tuple of\n"
    "  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\n"
    "or via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.\n\n"
    "Posix/windows: If your platform supports st_blksize, st_blocks, st_rdev,\n"
    "or st_flags, they are available as attributes only.\n\n"
    "See os.stat for more information.",
    stat_result_fields, 10, 19, mp_structseq_new_from_args);

static const mp_member_def uname_result_fields[] = {
    MP_STRUCTSEQ_FIELD(0, "sysname", "operating system name"),
    MP_STRUCTSEQ_FIELD(1, "nodename", "name of machine on network (implementation-defined)"),
    MP_STRUCTSEQ_FIELD(2, "release", "operating system release"),
    MP_STRUCTSEQ_FIELD(3, "version", "operating system version"),
    MP_STRUCTSEQ_FIELD(4, "machine", "hardware identifier"),
    {NULL},
};

mp_structseq_type mp_type_uname_result = MP_STRUCTSEQ_TYPE(
    "posix.uname_result",
    "uname_result: Result from os.uname().\n\n"
    "This object may be accessed either as a tuple of\n"
    "  (sysname, nodename, release, version, machine),\n"
    "or via the attributes sysname, nodename, release, version, and machine.\n\n"
    "See os.uname for more information.",
    uname_result_fields, 5, 5, mp_structseq_new_from_args);

static const mp_member_def terminal_size_fields[] = {
    MP_STRUCTSEQ_FIELD(0, "columns", "width of the terminal window in characters"),
    MP_STRUCTSEQ_FIELD(1, "lines", "height of the terminal window in characters"),
    {NULL},
};

mp_structseq_type mp_type_terminal_size = MP_STRUCTSEQ_TYPE(
    "os.terminal_size",
    "A tuple of (columns, lines) for holding terminal window size",
    terminal_size_fields, 2, 2, mp_structseq_new_from_args);

static mp_obj time_float(const struct timespec *t)
{
    return mp_float_new((double)t->tv_sec + (double)t->tv_nsec * 1e-9);
}

static mp_obj time_ns(const struct timespec *t)
{
    return mp_int_from_ll((long long)t->tv_sec * 1000000000LL + t->tv_nsec);
}

mp_obj mp_posix_stat_result(const struct stat *st)
{
    if (mp_structseq_ready(&mp_type_stat_result) < 0)
        return NULL;
    mp_obj v[19] = {
        mp_int_from_ull(st->st_mode), mp_int_from_ull(st->st_ino), mp_int_from_ull(st->st_dev),
        mp_int_from_ull(st->st_nlink), mp_int_from_ull(st->st_uid), mp_int_from_ull(st->st_gid),
        mp_int_from_ll(st->st_size), mp_int_from_ll(st->st_atim.tv_sec),
        mp_int_from_ll(st->st_mtim.tv_sec), mp_int_from_ll(st->st_ctim.tv_sec),
        time_float(&st->st_atim), time_float(&st->st_mtim), time_float(&st->st_ctim),
        time_ns(&st->st_atim), time_ns(&st->st_mtim), time_ns(&st->st_ctim),
        mp_int_from_ll(st->st_blksize), mp_int_from_ll(st->st_blocks), mp_int_from_ull(st->st_rdev),
    };
    mp_obj r = NULL;
    int ok = 1;
    for (int i = 0; i < 19; i++)
        ok &= v[i] != NULL;
    if (ok)
        r = mp_structseq_pack(&mp_type_stat_result, v);
    for (int i = 0; i < 19; i++)
        mp_xdecref(v[i]);
    return r;
}

/* stat(path, *, dir_fd=None, follow_symlinks=True) and lstat. */
static mp_obj do_stat(const char *fname, mp_obj const *args, size_t nargs, mp_obj kwnames,
                      int follow)
{
    static const char *const kw_stat[] = {"path", "dir_fd", "follow_symlinks", NULL};
    static const char *const kw_lstat[] = {"path", "dir_fd", NULL};
    mp_obj path = NULL, dir_fd = NULL, fs = NULL;
    if (follow ? mp_arg_parse(args, nargs, kwnames, fname, kw_stat, 1, 1, &path, &dir_fd, &fs)
               : mp_arg_parse(args, nargs, kwnames, fname, kw_lstat, 1, 1, &path, &dir_fd) < 0)
        return NULL;
    if (no_dir_fd(fname, dir_fd) < 0)
        return NULL;
    if (fs) {
        int t = mp_obj_is_true(fs);
        if (t < 0)
            return NULL;
        follow = t;
    }
    path_arg p;
    if (path_convert(fname, "path", path, 1, 0, &p) < 0)
        return NULL;
    if (fd_and_follow_invalid(fname, &p, follow) < 0) {
        path_release(&p);
        return NULL;
    }
    struct stat st;
    int r;
    MP_BEGIN_ALLOW_THREADS
    r = p.is_fd    ? fstat(p.fd, &st)
        : !p.narrow ? no_path()
        : follow    ? stat(p.narrow, &st)
                    : lstat(p.narrow, &st);
    MP_END_ALLOW_THREADS
    if (r < 0) {
        raise_errno(path);
        path_release(&p);
        return NULL;
    }
    path_release(&p);
    return mp_posix_stat_result(&st);
}

static mp_obj posix_stat(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return do_stat("stat", args, nargs, kwnames, 1);
}

static mp_obj posix_lstat(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return do_stat("lstat", args, nargs, kwnames, 0);
}

static mp_obj posix_fstat(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"fd", NULL};
    mp_obj fdo;
    int fd;
    if (mp_arg_parse(args, nargs, kwnames, "fstat", kwlist, 1, 1, &fdo) < 0 || fd_arg(fdo, &fd) < 0)
        return NULL;
    struct stat st;
    int r;
    MP_BEGIN_ALLOW_THREADS
    r = fstat(fd, &st);
    MP_END_ALLOW_THREADS
    if (r < 0)
        return raise_errno(NULL);
    return mp_posix_stat_result(&st);
}

/* ---- the working directory and directories ------------------------------------------------- */

static mp_obj getcwd_common(int as_bytes)
{
    char buf[PATH_MAX + 1];
    if (!getcwd(buf, sizeof buf))
        return raise_errno(NULL);
    return name_object(buf, strlen(buf), as_bytes);
}

static mp_obj posix_getcwd(mp_obj self) { return getcwd_common(0); }
static mp_obj posix_getcwdb(mp_obj self) { return getcwd_common(1); }

static mp_obj posix_chdir(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"path", NULL};
    mp_obj path;
    path_arg p;
    if (mp_arg_parse(args, nargs, kwnames, "chdir", kwlist, 1, 1, &path) < 0 ||
        path_convert("chdir", "path", path, 1, 0, &p) < 0)
        return NULL;
    int r;
    MP_BEGIN_ALLOW_THREADS
    r = p.is_fd ? fchdir(p.fd) : !p.narrow ? no_path() : chdir(p.narrow);
    MP_END_ALLOW_THREADS
    path_release(&p);
    if (r < 0)
        return raise_errno(path);
    MP_RETURN_NONE;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* listdir(path=None): the names in the directory, in the order the
 * system gives them (CPython makes no promise either). */
static mp_obj posix_listdir(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"path", NULL};
    mp_obj path = NULL;
    path_arg p;
    if (mp_arg_parse(args, nargs, kwnames, "listdir", kwlist, 0, 1, &path) < 0 ||
        path_convert("listdir", "path", path ? path : mp_none, 1, 1, &p) < 0)
        return NULL;
    DIR *d;
    MP_BEGIN_ALLOW_THREADS
    if (p.is_fd) {
        int fd2 = dup(p.fd);
        d = fd2 < 0 ? NULL : fdopendir(fd2);
        if (d)
            rewinddir(d);
        else if (fd2 >= 0)
            close(fd2);
    } else {
        d = opendir(p.narrow ? p.narrow : ".");
    }
    MP_END_ALLOW_THREADS
    if (!d) {
        /* CPython names the directory, but not a descriptor. */
        raise_errno(p.is_fd ? NULL : !path || path == mp_none ? mp_str_intern(".") : path);
        path_release(&p);
        return NULL;
    }
    (void)compare_names;
    mp_obj l = mp_list_new(0);
    struct dirent *e;
    errno = 0;
    while (l && (e = readdir(d))) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        mp_obj name = name_object(e->d_name, strlen(e->d_name), p.is_bytes);
        if (!name || mp_list_append_steal(l, name) < 0)
            MP_CLEAR(l);
    }
    if (l && errno) {
        raise_errno(path);
        MP_CLEAR(l);
    }
    closedir(d);
    path_release(&p);
    return l;
}

static int mode_arg(mp_obj o, int dflt, int *mode)
{
    *mode = dflt;
    if (!o)
        return 0;
    intptr_t v;
    if (ssize_arg(o, &v) < 0)
        return -1;
    *mode = (int)v;
    return 0;
}

static mp_obj posix_mkdir(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"path", "mode", "dir_fd", NULL};
    mp_obj path, mo = NULL, dir_fd = NULL;
    int mode;
    path_arg p;
    if (mp_arg_parse(args, nargs, kwnames, "mkdir", kwlist, 1, 2, &path, &mo, &dir_fd) < 0 ||
        no_dir_fd("mkdir", dir_fd) < 0 || mode_arg(mo, 0777, &mode) < 0 ||
        path_convert("mkdir", "path", path, 0, 0, &p) < 0)
        return NULL;
    int r;
    MP_BEGIN_ALLOW_THREADS
    r = mkdir(p.narrow, (mode_t)mode);
    MP_END_ALLOW_THREADS
    path_release(&p);
    if (r < 0)
        return raise_errno(path);
    MP_RETURN_NONE;
}

/* The calls of one path and nothing else: rmdir, remove, unlink. */
static mp_obj path_call(const char *fname, mp_obj const *args, size_t nargs, mp_obj kwnames,
                        int (*call)(const char *))
{
    static const char *const kwlist[] = {"path", "dir_fd", NULL};
    mp_obj path, dir_fd = NULL;
    path_arg p;
    if (mp_arg_parse(args, nargs, kwnames, fname, kwlist, 1, 1, &path, &dir_fd) < 0 ||
        no_dir_fd(fname, dir_fd) < 0 || path_convert(fname, "path", path, 0, 0, &p) < 0)
        return NULL;
    int r;
    MP_BEGIN_ALLOW_THREADS
    r = call(p.narrow);
    MP_END_ALLOW_THREADS
    path_release(&p);
    if (r < 0)
        return raise_errno(path);
    MP_RETURN_NONE;
}

static mp_obj posix_rmdir(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return path_call("rmdir", args, nargs, kwnames, rmdir);
}

static mp_obj posix_remove(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return path_call("remove", args, nargs, kwnames, unlink);
}

static mp_obj posix_unlink(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return path_call("unlink", args, nargs, kwnames, unlink);
}

/* The calls of two paths: rename, replace, link, symlink. */
static mp_obj two_paths(const char *fname, mp_obj const *args, size_t nargs, mp_obj kwnames,
                        int (*call)(const char *, const char *))
{
    static const char *const kwlist[] = {"src", "dst", "src_dir_fd", "dst_dir_fd", NULL};
    static const char *const kw_symlink[] = {"src", "dst", "target_is_directory", "dir_fd", NULL};
    static const char *const kw_link[] = {"src", "dst", "src_dir_fd", "dst_dir_fd",
                                          "follow_symlinks", NULL};
    mp_obj src, dst, a = NULL, b = NULL, c = NULL;
    int r;
    if (call == symlink)
        r = mp_arg_parse(args, nargs, kwnames, fname, kw_symlink, 2, 3, &src, &dst, &a, &b);
    else if (call == link)
        r = mp_arg_parse(args, nargs, kwnames, fname, kw_link, 2, 2, &src, &dst, &a, &b, &c);
    else
        r = mp_arg_parse(args, nargs, kwnames, fname, kwlist, 2, 2, &src, &dst, &a, &b);
    if (r < 0 || (call != symlink && no_dir_fd(fname, a) < 0) || no_dir_fd(fname, b) < 0)
        return NULL;
    path_arg ps, pd;
    if (path_convert(fname, "src", src, 0, 0, &ps) < 0)
        return NULL;
    if (path_convert(fname, "dst", dst, 0, 0, &pd) < 0) {
        path_release(&ps);
        return NULL;
    }
    /* link's follow_symlinks changes nothing: CPython 3.11 calls link()
     * when it is true and linkat(..., 0) when false, and on Linux neither
     * follows a symbolic link src. */
    MP_BEGIN_ALLOW_THREADS
    r = call(ps.narrow, pd.narrow);
    MP_END_ALLOW_THREADS
    path_release(&ps);
    path_release(&pd);
    if (r < 0)
        return raise_errno2(src, dst);
    MP_RETURN_NONE;
}

static mp_obj posix_rename(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return two_paths("rename", args, nargs, kwnames, rename);
}

static mp_obj posix_replace(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return two_paths("replace", args, nargs, kwnames, rename);
}

static mp_obj posix_link(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return two_paths("link", args, nargs, kwnames, link);
}

static mp_obj posix_symlink(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return two_paths("symlink", args, nargs, kwnames, symlink);
}

static mp_obj posix_readlink(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"path", "dir_fd", NULL};
    mp_obj path, dir_fd = NULL;
    path_arg p;
    if (mp_arg_parse(args, nargs, kwnames, "readlink", kwlist, 1, 1, &path, &dir_fd) < 0 ||
        no_dir_fd("readlink", dir_fd) < 0 || path_convert("readlink", "path", path, 0, 0, &p) < 0)
        return NULL;
    char buf[PATH_MAX + 1];
    ssize_t n;
    MP_BEGIN_ALLOW_THREADS
    n = readlink(p.narrow, buf, sizeof buf);
    MP_END_ALLOW_THREADS
    int as_bytes = p.is_bytes;
    path_release(&p);
    if (n < 0)
        return raise_errno(path);
    return name_object(buf, (size_t)n, as_bytes);
}

static mp_obj posix_access(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"path", "mode", "dir_fd", "effective_ids",
                                         "follow_symlinks", NULL};
    mp_obj path, mo, dir_fd = NULL, eff = NULL, fs = NULL;
    int mode;
    path_arg p;
    int follow, effective = 0;
    if (mp_arg_parse(args, nargs, kwnames, "access", kwlist, 2, 2, &path, &mo, &dir_fd, &eff,
                     &fs) < 0 ||
        no_dir_fd("access", dir_fd) < 0 || mode_arg(mo, 0, &mode) < 0 ||
        follow_flag(fs, &follow) < 0 || (eff && (effective = mp_obj_is_true(eff)) < 0) ||
        path_convert("access", "path", path, 0, 0, &p) < 0)
        return NULL;
    int flags = (effective ? AT_EACCESS : 0) | (follow ? 0 : AT_SYMLINK_NOFOLLOW);
    int r;
    MP_BEGIN_ALLOW_THREADS
    r = flags ? faccessat(AT_FDCWD, p.narrow, mode, flags) : access(p.narrow, mode);
    MP_END_ALLOW_THREADS
    path_release(&p);
    return mp_bool(r == 0);
}

static mp_obj posix_chmod(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"path", "mode", "dir_fd", "follow_symlinks", NULL};
    mp_obj path, mo, dir_fd = NULL, fs = NULL;
    int mode, follow;
    path_arg p;
    if (mp_arg_parse(args, nargs, kwnames, "chmod", kwlist, 2, 2, &path, &mo, &dir_fd, &fs) < 0 ||
        no_dir_fd("chmod", dir_fd) < 0 || mode_arg(mo, 0, &mode) < 0 ||
        follow_flag(fs, &follow) < 0 || path_convert("chmod", "path", path, 1, 0, &p) < 0)
        return NULL;
    int r;
    MP_BEGIN_ALLOW_THREADS
    if (p.is_fd)
        r = fchmod(p.fd, (mode_t)mode);
    else if (!p.narrow)
        r = no_path();
    else if (!follow)
        r = fchmodat(AT_FDCWD, p.narrow, (mode_t)mode, AT_SYMLINK_NOFOLLOW);
    else
        r = chmod(p.narrow, (mode_t)mode);
    MP_END_ALLOW_THREADS
    path_release(&p);
    /* Linux cannot change a link's own mode: fchmodat says ENOTSUP (for a
     * link; other files it changes), and CPython raises this then. */
    if (r < 0 && !p.is_fd && !follow && (errno == ENOTSUP || errno == EOPNOTSUPP))
        return mp_err_set_str(&mp_type_NotImplementedError,
                              "chmod: follow_symlinks unavailable on this platform");
    if (r < 0)
        return raise_errno(path); /* the descriptor too, as CPython's "...: 99" */
    MP_RETURN_NONE;
}

/* A time in seconds (int or float) as a timespec. */
static int timespec_arg(mp_obj o, struct timespec *t)
{
    double d;
    if (mp_int_check(o)) {
        intptr_t v;
        if (mp_int_as_ssize(o, &v) < 0)
            return -1;
        t->tv_sec = (time_t)v;
        t->tv_nsec = 0;
        return 0;
    }
    if (!mp_float_check(o)) {
        mp_err_format(&mp_type_TypeError, "expected int or float, not %s", mp_type_of(o)->name);
        return -1;
    }
    d = mp_float_value(o);
    double sec = d >= 0 ? (double)(long long)d : -(double)(long long)-d;
    if (sec > d)
        sec -= 1;
    t->tv_sec = (time_t)sec;
    t->tv_nsec = (long)((d - sec) * 1e9);
    if (t->tv_nsec >= 1000000000L) {
        t->tv_sec++;
        t->tv_nsec -= 1000000000L;
    }
    return 0;
}

/* utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True). */
static mp_obj posix_utime(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"path", "times", "ns", "dir_fd", "follow_symlinks", NULL};
    mp_obj path, times = NULL, ns = NULL, dir_fd = NULL, fs = NULL;
    path_arg p;
    if (mp_arg_parse(args, nargs, kwnames, "utime", kwlist, 1, 2, &path, &times, &ns, &dir_fd,
                     &fs) < 0 ||
        no_dir_fd("utime", dir_fd) < 0)
        return NULL;
    struct timespec ts[2];
    struct timespec *tp = NULL;
    if (times && times != mp_none) {
        if (ns)
            return mp_err_set_str(&mp_type_ValueError,
                                  "utime: you may specify either 'times' or 'ns' but not both");
        if (!mp_tuple_check(times) || MP_TUPLE_LEN(times) != 2)
            return mp_err_set_str(&mp_type_TypeError,
                                  "utime: 'times' must be either a tuple of two ints or None");
        if (timespec_arg(MP_TUPLE_GET(times, 0), &ts[0]) < 0 ||
            timespec_arg(MP_TUPLE_GET(times, 1), &ts[1]) < 0)
            return NULL;
        tp = ts;
    } else if (ns) {
        if (!mp_tuple_check(ns) || MP_TUPLE_LEN(ns) != 2)
            return mp_err_set_str(&mp_type_TypeError, "utime: 'ns' must be a tuple of two ints");
        for (int i = 0; i < 2; i++) {
            intptr_t v;
            if (mp_int_as_ssize(MP_TUPLE_GET(ns, i), &v) < 0)
                return NULL;
            ts[i].tv_sec = (time_t)(v / 1000000000);
            ts[i].tv_nsec = (long)(v % 1000000000);
            if (ts[i].tv_nsec < 0) {
                ts[i].tv_sec--;
                ts[i].tv_nsec += 1000000000L;
            }
        }
        tp = ts;
    }
    int follow;
    if (follow_flag(fs, &follow) < 0 || path_convert("utime", "path", path, 1, 0, &p) < 0)
        return NULL;
    if (fd_and_follow_invalid("utime", &p, follow) < 0) {
        path_release(&p);
        return NULL;
    }
    int r;
    MP_BEGIN_ALLOW_THREADS
    /* utimensat with no path sets the times of its descriptor, which
     * AT_FDCWD is not: EINVAL, as CPython gets for descriptor -1. */
    if (p.is_fd)
        r = futimens(p.fd, tp);
    else if (!p.narrow)
        r = (errno = EINVAL, -1);
    else
        r = utimensat(AT_FDCWD, p.narrow, tp, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    MP_END_ALLOW_THREADS
    path_release(&p);
    if (r < 0)
        return raise_errno(NULL); /* CPython's utime names no file */
    MP_RETURN_NONE;
}

/* ---- owners --------------------------------------------------------------------------------- */

/* A uid or gid (what names "uid" or "gid"), as CPython's
 * _Py_Uid_Converter: -1 means "leave it"; other negatives, and values
 * that do not fit in long but do once cut to 32 bits, are "less than
 * minimum"; those past long are "greater than maximum". */
static int owner_id_arg(const char *what, mp_obj o, unsigned *out)
{
    mp_obj index;
    if (mp_int_check(o)) {
        index = mp_newref(o);
    } else if (!mp_index_check(o)) {
        mp_err_format(&mp_type_TypeError, "%s should be integer, not %s", what,
                      mp_type_of(o)->name);
        return -1;
    } else if (!(index = mp_number_index(o))) {
        return -1;
    }
    intptr_t v;
    int clipped = mp_int_as_ssize_clip(index, &v);
    mp_decref(index);
    if (clipped > 0 && v > 0) {
        mp_err_format(&mp_type_OverflowError, "%s is greater than maximum", what);
        return -1;
    }
    if (v == -1) {
        *out = (unsigned)-1;
        return 0;
    }
    if (clipped || v < 0 || (intptr_t)(uid_t)v != v) {
        mp_err_format(&mp_type_OverflowError, "%s is less than minimum", what);
        return -1;
    }
    *out = (unsigned)v;
    return 0;
}

/* chown(path, uid, gid, *, dir_fd=None, follow_symlinks=True), lchown
 * (path, uid, gid) and fchown(fd, uid, gid).  which: 'c', 'l' or 'f'. */
static mp_obj do_chown(const char *fname, int which, mp_obj const *args, size_t nargs,
                       mp_obj kwnames)
{
    static const char *const kw_chown[] = {"path", "uid", "gid", "dir_fd", "follow_symlinks",
                                           NULL};
    static const char *const kw_lchown[] = {"path", "uid", "gid", NULL};
    static const char *const kw_fchown[] = {"fd", "uid", "gid", NULL};
    mp_obj path, uo, go, dir_fd = NULL, fs = NULL;
    int r;
    if (which == 'c')
        r = mp_arg_parse(args, nargs, kwnames, fname, kw_chown, 3, 3, &path, &uo, &go, &dir_fd,
                         &fs);
    else
        r = mp_arg_parse(args, nargs, kwnames, fname, which == 'l' ? kw_lchown : kw_fchown, 3, 3,
                         &path, &uo, &go);
    unsigned uid, gid;
    int follow = which != 'l', fd = -1;
    path_arg p = {NULL, NULL, -1, 0, 0};
    if (r < 0 || no_dir_fd(fname, dir_fd) < 0 || follow_flag(fs, &follow) < 0)
        return NULL;
    if (which == 'f') {
        if (fd_arg(path, &fd) < 0)
            return NULL;
    } else if (path_convert(fname, "path", path, which == 'c', 0, &p) < 0) {
        return NULL;
    }
    if (owner_id_arg("uid", uo, &uid) < 0 || owner_id_arg("gid", go, &gid) < 0 ||
        fd_and_follow_invalid(fname, &p, follow) < 0) {
        path_release(&p);
        return NULL;
    }
    int by_fd = which == 'f' || p.is_fd;
    if (p.is_fd)
        fd = p.fd;
    MP_BEGIN_ALLOW_THREADS
    if (by_fd)
        r = fchown(fd, (uid_t)uid, (gid_t)gid);
    else if (!p.narrow)
        r = no_path();
    else if (!follow)
        r = lchown(p.narrow, (uid_t)uid, (gid_t)gid);
    else
        r = chown(p.narrow, (uid_t)uid, (gid_t)gid);
    MP_END_ALLOW_THREADS
    path_release(&p);
    if (r < 0)
        return raise_errno(which == 'f' ? NULL : path); /* fchown names no file */
    MP_RETURN_NONE;
}

static mp_obj posix_chown(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return do_chown("chown", 'c', args, nargs, kwnames);
}

static mp_obj posix_lchown(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return do_chown("lchown", 'l', args, nargs, kwnames);
}

static mp_obj posix_fchown(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return do_chown("fchown", 'f', args, nargs, kwnames);
}

/* ---- file systems ---------------------------------------------------------------------------- */

/* os.statvfs_result: the ten items of POSIX's struct statvfs, then f_fsid
 * by name only, as CPython's. */
static const mp_member_def statvfs_result_fields[] = {
    MP_STRUCTSEQ_FIELD(0, "f_bsize", NULL),
    MP_STRUCTSEQ_FIELD(1, "f_frsize", NULL),
    MP_STRUCTSEQ_FIELD(2, "f_blocks", NULL),
    MP_STRUCTSEQ_FIELD(3, "f_bfree", NULL),
    MP_STRUCTSEQ_FIELD(4, "f_bavail", NULL),
    MP_STRUCTSEQ_FIELD(5, "f_files", NULL),
    MP_STRUCTSEQ_FIELD(6, "f_ffree", NULL),
    MP_STRUCTSEQ_FIELD(7, "f_favail", NULL),
    MP_STRUCTSEQ_FIELD(8, "f_flag", NULL),
    MP_STRUCTSEQ_FIELD(9, "f_namemax", NULL),
    MP_STRUCTSEQ_FIELD(10, "f_fsid", NULL),
    {NULL},
};

mp_structseq_type mp_type_statvfs_result = MP_STRUCTSEQ_TYPE(
    "os.statvfs_result",
    "statvfs_result: Result from statvfs or fstatvfs.\n\n"
    "This object may be accessed either as a tuple of\n"
    "  (bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax),\n"
    "or via the attributes f_bsize, f_frsize, f_blocks, f_bfree, and so on.\n\n"
    "See os.statvfs for more information.",
    statvfs_result_fields, 10, 11, mp_structseq_new_from_args);

static mp_obj statvfs_result(const struct statvfs *st)
{
    if (mp_structseq_ready(&mp_type_statvfs_result) < 0)
        return NULL;
    mp_obj v[11] = {
        mp_int_from_ull(st->f_bsize), mp_int_from_ull(st->f_frsize),
        mp_int_from_ull(st->f_blocks), mp_int_from_ull(st->f_bfree),
        mp_int_from_ull(st->f_bavail), mp_int_from_ull(st->f_files),
        mp_int_from_ull(st->f_ffree), mp_int_from_ull(st->f_favail),
        mp_int_from_ull(st->f_flag), mp_int_from_ull(st->f_namemax),
        mp_int_from_ull(st->f_fsid),
    };
    mp_obj r = NULL;
    int ok = 1;
    for (int i = 0; i < 11; i++)
        ok &= v[i] != NULL;
    if (ok)
        r = mp_structseq_pack(&mp_type_statvfs_result, v);
    for (int i = 0; i < 11; i++)
        mp_xdecref(v[i]);
    return r;
}

static mp_obj posix_statvfs(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"path", NULL};
    mp_obj path;
    path_arg p;
    if (mp_arg_parse(args, nargs, kwnames, "statvfs", kwlist, 1, 1, &path) < 0 ||
        path_convert("statvfs", "path", path, 1, 0, &p) < 0)
        return NULL;
    struct statvfs st;
    int r;
    MP_BEGIN_ALLOW_THREADS
    r = p.is_fd ? fstatvfs(p.fd, &st) : !p.narrow ? no_path() : statvfs(p.narrow, &st);
    MP_END_ALLOW_THREADS
    path_release(&p);
    if (r < 0)
        return raise_errno(path);
    return statvfs_result(&st);
}

/* fstatvfs(fd, /): positional only, as CPython's. */
static mp_obj posix_fstatvfs(mp_obj self, mp_obj fdo)
{
    int fd;
    if (fd_arg(fdo, &fd) < 0)
        return NULL;
    struct statvfs st;
    int r;
    MP_BEGIN_ALLOW_THREADS
    r = fstatvfs(fd, &st);
    MP_END_ALLOW_THREADS
    if (r < 0)
        return raise_errno(NULL);
    return statvfs_result(&st);
}

static mp_obj posix_truncate(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"path", "length", NULL};
    mp_obj path, lo;
    intptr_t len;
    path_arg p;
    if (mp_arg_parse(args, nargs, kwnames, "truncate", kwlist, 2, 2, &path, &lo) < 0 ||
        ssize_arg(lo, &len) < 0 || path_convert("truncate", "path", path, 1, 0, &p) < 0)
        return NULL;
    int r;
    MP_BEGIN_ALLOW_THREADS
    r = p.is_fd    ? ftruncate(p.fd, (off_t)len)
        : !p.narrow ? no_path()
                    : truncate(p.narrow, (off_t)len);
    MP_END_ALLOW_THREADS
    path_release(&p);
    if (r < 0)
        return raise_errno(p.is_fd ? NULL : path);
    MP_RETURN_NONE;
}

/* ---- file descriptors -------------------------------------------------------------------------- */

static mp_obj posix_open(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"path", "flags", "mode", "dir_fd", NULL};
    mp_obj path, fo, mo = NULL, dir_fd = NULL;
    int flags, mode;
    path_arg p;
    if (mp_arg_parse(args, nargs, kwnames, "open", kwlist, 2, 3, &path, &fo, &mo, &dir_fd) < 0 ||
        no_dir_fd("open", dir_fd) < 0 || mode_arg(fo, 0, &flags) < 0 ||
        mode_arg(mo, 0777, &mode) < 0 || path_convert("open", "path", path, 0, 0, &p) < 0)
        return NULL;
    int fd;
    MP_BEGIN_ALLOW_THREADS
    fd = open(p.narrow, flags | O_CLOEXEC, mode);
    MP_END_ALLOW_THREADS
    path_release(&p);
    if (fd < 0)
        return raise_errno(path);
    return mp_small(fd);
}

static mp_obj posix_close(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"fd", NULL};
    mp_obj fdo;
    int fd;
    if (mp_arg_parse(args, nargs, kwnames, "close", kwlist, 1, 1, &fdo) < 0 || fd_arg(fdo, &fd) < 0)
        return NULL;
    if (close(fd) < 0)
        return raise_errno(NULL);
    MP_RETURN_NONE;
}

static mp_obj posix_read(mp_obj self, mp_obj const *args, size_t nargs)
{
    int fd;
    intptr_t n;
    if (mp_arg_check_count("read", nargs, 2, 2) < 0 || fd_arg(args[0], &fd) < 0 ||
        ssize_arg(args[1], &n) < 0)
        return NULL;
    if (n < 0) {
        errno = EINVAL;
        return raise_errno(NULL);
    }
    char *buf = mp_malloc(n ? (size_t)n : 1);
    if (!buf)
        return mp_err_no_memory();
    ssize_t got;
    for (;;) {
        MP_BEGIN_ALLOW_THREADS
        got = read(fd, buf, (size_t)n);
        MP_END_ALLOW_THREADS
        if (got >= 0 || errno != EINTR)
            break;
    }
    if (got < 0) {
        mp_free(buf);
        return raise_errno(NULL);
    }
    mp_obj r = mp_bytes_new(buf, got);
    mp_free(buf);
    return r;
}

static mp_obj posix_write(mp_obj self, mp_obj const *args, size_t nargs)
{
    int fd;
    if (mp_arg_check_count("write", nargs, 2, 2) < 0 || fd_arg(args[0], &fd) < 0)
        return NULL;
    mp_bytes_buffer b;
    int got = mp_bytes_buffer_get(args[1], &b);
    if (got < 0)
        return NULL;
    if (!got)
        return mp_err_format(&mp_type_TypeError, "a bytes-like object is required, not '%s'",
                             mp_type_of(args[1])->name);
    ssize_t w;
    for (;;) {
        MP_BEGIN_ALLOW_THREADS
        w = write(fd, b.data, (size_t)b.len);
        MP_END_ALLOW_THREADS
        if (w >= 0 || errno != EINTR)
            break;
    }
    mp_bytes_buffer_release(&b);
    if (w < 0)
        return raise_errno(NULL);
    return mp_int_from_ssize(w);
}

static mp_obj posix_lseek(mp_obj self, mp_obj const *args, size_t nargs)
{
    int fd, how;
    intptr_t pos;
    if (mp_arg_check_count("lseek", nargs, 3, 3) < 0 || fd_arg(args[0], &fd) < 0 ||
        ssize_arg(args[1], &pos) < 0 || fd_arg(args[2], &how) < 0)
        return NULL;
    off_t r = lseek(fd, (off_t)pos, how);
    if (r < 0)
        return raise_errno(NULL);
    return mp_int_from_ll((long long)r);
}

static mp_obj posix_isatty(mp_obj self, mp_obj fdo)
{
    int fd;
    if (fd_arg(fdo, &fd) < 0)
        return NULL;
    return mp_bool(isatty(fd));
}

static mp_obj posix_dup(mp_obj self, mp_obj fdo)
{
    int fd;
    if (fd_arg(fdo, &fd) < 0)
        return NULL;
    int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (r < 0)
        return raise_errno(NULL);
    return mp_small(r);
}

static mp_obj posix_dup2(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"fd", "fd2", "inheritable", NULL};
    mp_obj a, b, inh = NULL;
    int fd, fd2;
    if (mp_arg_parse(args, nargs, kwnames, "dup2", kwlist, 2, 3, &a, &b, &inh) < 0 ||
        fd_arg(a, &fd) < 0 || fd_arg(b, &fd2) < 0)
        return NULL;
    int r = dup2(fd, fd2);
    if (r < 0)
        return raise_errno(NULL);
    return mp_small(r);
}

static mp_obj posix_pipe(mp_obj self)
{
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) < 0)
        return raise_errno(NULL);
    return mp_tuple_pack(2, mp_small(fds[0]), mp_small(fds[1]));
}

static mp_obj posix_fsync(mp_obj self, mp_obj fdo)
{
    int fd;
    if (mp_is_small(fdo) || mp_int_check(fdo)) {
        if (fd_arg(fdo, &fd) < 0)
            return NULL;
    } else {
        mp_obj r = mp_call_method(fdo, "fileno", NULL, 0);
        if (!r)
            return NULL;
        int bad = fd_arg(r, &fd);
        mp_decref(r);
        if (bad < 0)
            return NULL;
    }
    int r;
    MP_BEGIN_ALLOW_THREADS
    r = fsync(fd);
    MP_END_ALLOW_THREADS
    if (r < 0)
        return raise_errno(NULL);
    MP_RETURN_NONE;
}

/* ---- the process ---------------------------------------------------------------------------- */

static mp_obj posix_getpid(mp_obj self) { return mp_small(getpid()); }
static mp_obj posix_getppid(mp_obj self) { return mp_small(getppid()); }
static mp_obj posix_getuid(mp_obj self) { return mp_int_from_ull(getuid()); }
static mp_obj posix_geteuid(mp_obj self) { return mp_int_from_ull(geteuid()); }
static mp_obj posix_getgid(mp_obj self) { return mp_int_from_ull(getgid()); }
static mp_obj posix_getegid(mp_obj self) { return mp_int_from_ull(getegid()); }

static mp_obj posix_umask(mp_obj self, mp_obj mask)
{
    int m;
    if (fd_arg(mask, &m) < 0)
        return NULL;
    return mp_small((intptr_t)umask((mode_t)m));
}

static mp_obj posix_strerror(mp_obj self, mp_obj code)
{
    int c;
    if (fd_arg(code, &c) < 0)
        return NULL;
    return mp_str_from_cstr(strerror(c));
}

static mp_obj posix_cpu_count(mp_obj self)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1)
        MP_RETURN_NONE;
    return mp_small(n);
}

static mp_obj posix_uname(mp_obj self)
{
    struct utsname u;
    if (uname(&u) < 0)
        return raise_errno(NULL);
    if (mp_structseq_ready(&mp_type_uname_result) < 0)
        return NULL;
    const char *parts[5] = {u.sysname, u.nodename, u.release, u.version, u.machine};
    mp_obj v[5];
    int ok = 1;
    for (int i = 0; i < 5; i++)
        ok &= (v[i] = mp_str_decode_utf8(parts[i], strlen(parts[i]), "surrogateescape")) != NULL;
    mp_obj r = ok ? mp_structseq_pack(&mp_type_uname_result, v) : NULL;
    for (int i = 0; i < 5; i++)
        mp_xdecref(v[i]);
    return r;
}

static mp_obj posix_get_terminal_size(mp_obj self, mp_obj const *args, size_t nargs)
{
    int fd = 1;
    if (mp_arg_check_count("get_terminal_size", nargs, 0, 1) < 0 ||
        (nargs && fd_arg(args[0], &fd) < 0))
        return NULL;
    struct winsize w;
    if (ioctl(fd, TIOCGWINSZ, &w) < 0)
        return raise_errno(NULL);
    if (mp_structseq_ready(&mp_type_terminal_size) < 0)
        return NULL;
    mp_obj v[2] = {mp_small(w.ws_col), mp_small(w.ws_row)};
    return mp_structseq_pack(&mp_type_terminal_size, v);
}

static mp_obj posix_urandom(mp_obj self, mp_obj size)
{
    intptr_t n;
    if (ssize_arg(size, &n) < 0)
        return NULL;
    if (n < 0)
        return mp_err_set_str(&mp_type_ValueError, "negative argument not allowed");
    mp_obj r = mp_bytes_new(NULL, n);
    if (!r)
        return NULL;
    char *p = MP_BYTES_DATA(r);
    intptr_t got = 0;
    while (got < n) {
        ssize_t k = getrandom(p + got, (size_t)(n - got), 0);
        if (k < 0) {
            if (errno == EINTR)
                continue;
            mp_decref(r);
            return raise_errno(NULL);
        }
        got += k;
    }
    return r;
}

static mp_obj posix_system(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"command", NULL};
    mp_obj cmd;
    path_arg p;
    if (mp_arg_parse(args, nargs, kwnames, "system", kwlist, 1, 1, &cmd) < 0)
        return NULL;
    if (!mp_str_check(cmd) && !mp_bytes_check(cmd))
        return mp_err_format(&mp_type_TypeError,
                             "system() argument 'command' must be str, not %s", mp_type_of(cmd)->name);
    if (path_convert("system", "command", cmd, 0, 0, &p) < 0)
        return NULL;
    /* What the child printed should come after what we printed. */
    mp_stdio_flush_stdout();
    int r;
    MP_BEGIN_ALLOW_THREADS
    r = system(p.narrow);
    MP_END_ALLOW_THREADS
    path_release(&p);
    return mp_int_from_ssize(r);
}

static mp_obj posix_waitstatus_to_exitcode(mp_obj self, mp_obj const *args, size_t nargs,
                                           mp_obj kwnames)
{
    static const char *const kwlist[] = {"status", NULL};
    mp_obj so;
    int status;
    if (mp_arg_parse(args, nargs, kwnames, "waitstatus_to_exitcode", kwlist, 1, 1, &so) < 0 ||
        fd_arg(so, &status) < 0)
        return NULL;
    if (WIFEXITED(status))
        return mp_small(WEXITSTATUS(status));
    if (WIFSIGNALED(status))
        return mp_small(-WTERMSIG(status));
    return mp_err_format(&mp_type_ValueError, "invalid wait status: %d", status);
}

static mp_obj posix_exit(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"status", NULL};
    mp_obj so;
    int status;
    if (mp_arg_parse(args, nargs, kwnames, "_exit", kwlist, 1, 1, &so) < 0 || fd_arg(so, &status) < 0)
        return NULL;
    _exit(status);
}

static mp_obj posix_kill(mp_obj self, mp_obj const *args, size_t nargs)
{
    int pid, sig;
    if (mp_arg_check_count("kill", nargs, 2, 2) < 0 || fd_arg(args[0], &pid) < 0 ||
        fd_arg(args[1], &sig) < 0)
        return NULL;
    if (kill(pid, sig) < 0)
        return raise_errno(NULL);
    MP_RETURN_NONE;
}

/* fork(): the child continues from here with only the calling thread;
 * what the threads need after a fork is the GIL's business (gil.c). */
static mp_obj posix_fork(mp_obj self)
{
    pid_t pid = fork();
    if (pid < 0)
        return raise_errno(NULL);
    return mp_small(pid);
}

static mp_obj posix_waitpid(mp_obj self, mp_obj const *args, size_t nargs)
{
    int pid, options, status = 0;
    if (mp_arg_check_count("waitpid", nargs, 2, 2) < 0 || fd_arg(args[0], &pid) < 0 ||
        fd_arg(args[1], &options) < 0)
        return NULL;
    pid_t r;
    for (;;) {
        MP_BEGIN_ALLOW_THREADS
        r = waitpid(pid, &status, options);
        MP_END_ALLOW_THREADS
        if (r >= 0 || errno != EINTR)
            break;
    }
    if (r < 0)
        return raise_errno(NULL);
    return mp_tuple_pack(2, mp_small(r), mp_small(status));
}

/* The wait status macros, each of one int. */
#define STATUS_FN(name, expr)                                                  \
    static mp_obj posix_##name(mp_obj self, mp_obj so)                         \
    {                                                                          \
        int status;                                                            \
        if (fd_arg(so, &status) < 0)                                           \
            return NULL;                                                       \
        return expr;                                                           \
    }
STATUS_FN(WIFEXITED, mp_bool(WIFEXITED(status)))
STATUS_FN(WEXITSTATUS, mp_small(WEXITSTATUS(status)))
STATUS_FN(WIFSIGNALED, mp_bool(WIFSIGNALED(status)))
STATUS_FN(WTERMSIG, mp_small(WTERMSIG(status)))
STATUS_FN(WIFSTOPPED, mp_bool(WIFSTOPPED(status)))
STATUS_FN(WSTOPSIG, mp_small(WSTOPSIG(status)))

/* ---- the environment ------------------------------------------------------------------------ */

static mp_obj environ_dict(void)
{
    mp_obj d = mp_dict_new();
    if (!d)
        return NULL;
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq)
            continue;
        mp_obj k = mp_bytes_new(*e, eq - *e);
        mp_obj v = k ? mp_bytes_new(eq + 1, (intptr_t)strlen(eq + 1)) : NULL;
        /* The first of two equal names wins, as in CPython. */
        int r = v ? mp_dict_contains(d, k) : -1;
        if (r == 0)
            r = mp_dict_setitem(d, k, v);
        mp_xdecref(k);
        mp_xdecref(v);
        if (r < 0) {
            mp_decref(d);
            return NULL;
        }
    }
    return d;
}

/* The bytes of an environment name or value (str encoded as UTF-8 with
 * surrogateescape, or bytes), in *tmp (owned). */
static int env_bytes(const char *what, mp_obj o, mp_obj *tmp)
{
    if (mp_str_check(o))
        *tmp = mp_str_encode(o, "utf-8", "surrogateescape");
    else if (mp_bytes_check(o))
        *tmp = mp_newref(o);
    else {
        mp_err_format(&mp_type_TypeError, "expected str, bytes or os.PathLike object, not %s",
                      mp_type_of(o)->name);
        return -1;
    }
    if (!*tmp)
        return -1;
    if (strlen(MP_BYTES_DATA(*tmp)) != (size_t)MP_BYTES_LEN(*tmp)) {
        MP_CLEAR(*tmp);
        mp_err_set_str(&mp_type_ValueError, "embedded null byte");
        return -1;
    }
    (void)what;
    return 0;
}

static mp_obj posix_putenv(mp_obj self, mp_obj const *args, size_t nargs)
{
    mp_obj k = NULL, v = NULL;
    if (mp_arg_check_count("putenv", nargs, 2, 2) < 0 || env_bytes("name", args[0], &k) < 0)
        return NULL;
    if (env_bytes("value", args[1], &v) < 0) {
        mp_decref(k);
        return NULL;
    }
    mp_obj r = NULL;
    /* A name with '=' is refused here; an empty one by setenv (EINVAL). */
    if (strchr(MP_BYTES_DATA(k), '='))
        mp_err_set_str(&mp_type_ValueError, "illegal environment variable name");
    else if (setenv(MP_BYTES_DATA(k), MP_BYTES_DATA(v), 1) < 0)
        raise_errno(NULL);
    else
        r = mp_newref(mp_none);
    mp_decref(k);
    mp_decref(v);
    return r;
}

static mp_obj posix_unsetenv(mp_obj self, mp_obj name)
{
    mp_obj k;
    if (env_bytes("name", name, &k) < 0)
        return NULL;
    mp_obj r = NULL;
    if (unsetenv(MP_BYTES_DATA(k)) < 0)
        raise_errno(NULL);
    else
        r = mp_newref(mp_none);
    mp_decref(k);
    return r;
}

static mp_obj posix_fspath(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"path", NULL};
    mp_obj path;
    if (mp_arg_parse(args, nargs, kwnames, "fspath", kwlist, 1, 1, &path) < 0)
        return NULL;
    return mp_posix_fspath(path);
}

/* ---- scandir ---------------------------------------------------------------------------------- */

/* A directory entry: its name and path, the type readdir gave, and the
 * stat results once asked for. */
typedef struct dir_entry {
    mp_object ob;
    mp_obj name, path;
    mp_obj stat, lstat;   /* NULL until needed */
    unsigned char d_type;
    unsigned long long ino;
} dir_entry;

typedef struct scandir_iter {
    mp_object ob;
    DIR *dir;             /* NULL once exhausted or closed */
    mp_obj path;          /* the str or bytes prefix for entries' paths, or NULL for "." */
    int is_bytes;
} scandir_iter;

#define DE(o) ((dir_entry *)(o))

static void de_dealloc(mp_obj self)
{
    dir_entry *e = DE(self);
    MP_CLEAR(e->name);
    MP_CLEAR(e->path);
    MP_CLEAR(e->stat);
    MP_CLEAR(e->lstat);
    mp_obj_free(self);
}

static mp_obj de_repr(mp_obj self) { return mp_str_from_format("<DirEntry %R>", DE(self)->name); }

static mp_obj de_fetch_stat(dir_entry *e, int follow)
{
    mp_obj *slot = follow ? &e->stat : &e->lstat;
    if (!*slot) {
        if (follow && e->d_type != DT_LNK && e->d_type != DT_UNKNOWN && e->lstat)
            *slot = mp_newref(e->lstat);
        else {
            const char *p = mp_str_check(e->path) ? mp_str_utf8(e->path) : MP_BYTES_DATA(e->path);
            struct stat st;
            int r;
            MP_BEGIN_ALLOW_THREADS
            r = follow ? stat(p, &st) : lstat(p, &st);
            MP_END_ALLOW_THREADS
            if (r < 0)
                return raise_errno(e->path);
            if (!(*slot = mp_posix_stat_result(&st)))
                return NULL;
        }
    }
    return mp_newref(*slot);
}

static int follow_arg(const char *fname, mp_obj const *args, size_t nargs, mp_obj kwnames,
                      int *follow)
{
    static const char *const kwlist[] = {"follow_symlinks", NULL};
    mp_obj fs = NULL;
    if (mp_arg_parse(args, nargs, kwnames, fname, kwlist, 0, 0, &fs) < 0)
        return -1;
    *follow = 1;
    if (fs) {
        int t = mp_obj_is_true(fs);
        if (t < 0)
            return -1;
        *follow = t;
    }
    return 0;
}

static mp_obj de_stat(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    int follow;
    if (follow_arg("stat", args, nargs, kwnames, &follow) < 0)
        return NULL;
    return de_fetch_stat(DE(self), follow);
}

/* Whether the entry is of the kind whose st_mode bits are kind, from
 * d_type when it can tell, else from stat (a vanished file is neither). */
static mp_obj de_test(mp_obj self, int follow, unsigned char dt, mode_t kind)
{
    dir_entry *e = DE(self);
    if (e->d_type != DT_UNKNOWN && !(follow && e->d_type == DT_LNK))
        return mp_bool(e->d_type == dt);
    mp_obj st = de_fetch_stat(e, follow);
    if (!st) {
        if (mp_err_matches(&mp_type_FileNotFoundError)) {
            mp_err_clear();
            return mp_bool(0);
        }
        return NULL;
    }
    intptr_t mode = 0;
    mp_int_as_ssize(MP_TUPLE_ITEMS(st)[0], &mode);
    mp_decref(st);
    return mp_bool(((mode_t)mode & S_IFMT) == kind);
}

static mp_obj de_is_dir(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    int follow;
    if (follow_arg("is_dir", args, nargs, kwnames, &follow) < 0)
        return NULL;
    return de_test(self, follow, DT_DIR, S_IFDIR);
}

static mp_obj de_is_file(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    int follow;
    if (follow_arg("is_file", args, nargs, kwnames, &follow) < 0)
        return NULL;
    return de_test(self, follow, DT_REG, S_IFREG);
}

static mp_obj de_is_symlink(mp_obj self) { return de_test(self, 0, DT_LNK, S_IFLNK); }

static mp_obj de_inode(mp_obj self) { return mp_int_from_ull(DE(self)->ino); }

static mp_obj de_fspath(mp_obj self) { return mp_newref(DE(self)->path); }

static const mp_method_def de_methods[] = {
    {"stat", FN(de_stat), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Return stat_result object for the entry; cached per entry."},
    {"is_dir", FN(de_is_dir), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Return True if the entry is a directory; cached per entry."},
    {"is_file", FN(de_is_file), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Return True if the entry is a file; cached per entry."},
    {"is_symlink", FN(de_is_symlink), MP_METH_NOARGS,
     "Return True if the entry is a symbolic link; cached per entry."},
    {"inode", FN(de_inode), MP_METH_NOARGS, "Return inode of the entry; cached per entry."},
    {"__fspath__", FN(de_fspath), MP_METH_NOARGS, "Returns the path for the entry."},
    {NULL},
};

static const mp_member_def de_members[] = {
    {"name", MP_MEMBER_OBJ, offsetof(dir_entry, name), 1, "the entry's base filename, relative to scandir() \"path\" argument"},
    {"path", MP_MEMBER_OBJ, offsetof(dir_entry, path), 1, "the entry's full path name; equivalent to os.path.join(scandir_path, entry.name)"},
    {NULL},
};

mp_type mp_type_posix_direntry = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "posix.DirEntry",
    .basicsize = sizeof(dir_entry),
    .dealloc = de_dealloc,
    .repr = de_repr,
    .getattro = mp_obj_generic_getattr,
    .new_ = mp_structseq_no_new,
    .methods = de_methods,
    .members = de_members,
};

static void si_close(scandir_iter *it)
{
    if (it->dir) {
        DIR *d = it->dir;
        it->dir = NULL;
        closedir(d);
    }
}

static void si_dealloc(mp_obj self)
{
    scandir_iter *it = (scandir_iter *)self;
    si_close(it);
    MP_CLEAR(it->path);
    mp_obj_free(self);
}

static mp_obj si_next(mp_obj self)
{
    scandir_iter *it = (scandir_iter *)self;
    for (;;) {
        if (!it->dir)
            return NULL;
        struct dirent *d;
        errno = 0;
        MP_BEGIN_ALLOW_THREADS
        d = readdir(it->dir);
        MP_END_ALLOW_THREADS
        if (!d) {
            int e = errno;
            si_close(it);
            if (e) {
                errno = e;
                return raise_errno(it->path);
            }
            return NULL;
        }
        if (strcmp(d->d_name, ".") == 0 || strcmp(d->d_name, "..") == 0)
            continue;
        dir_entry *e = (dir_entry *)mp_obj_alloc(&mp_type_posix_direntry);
        if (!e)
            return NULL;
        e->d_type = d->d_type;
        e->ino = d->d_ino;
        size_t n = strlen(d->d_name);
        e->name = name_object(d->d_name, n, it->is_bytes);
        /* path = os.path.join(scandir_path, name) */
        mp_buf b = MP_BUF_INIT;
        if (it->path) {
            const char *pre = it->is_bytes ? MP_BYTES_DATA(it->path) : mp_str_utf8(it->path);
            size_t pn = strlen(pre);
            mp_buf_append(&b, pre, pn);
            if (pn && pre[pn - 1] != '/')
                mp_buf_putc(&b, '/');
        } else {
            mp_buf_puts(&b, "./");
        }
        mp_buf_append(&b, d->d_name, n);
        e->path = b.failed ? NULL : name_object(b.data, b.len, it->is_bytes);
        mp_buf_free(&b);
        if (!e->name || !e->path) {
            mp_decref((mp_obj)e);
            return b.failed ? mp_err_no_memory() : NULL;
        }
        return (mp_obj)e;
    }
}

static mp_obj si_close_method(mp_obj self)
{
    si_close((scandir_iter *)self);
    MP_RETURN_NONE;
}

static mp_obj si_enter(mp_obj self) { return mp_newref(self); }

static mp_obj si_exit(mp_obj self, mp_obj const *args, size_t nargs)
{
    si_close((scandir_iter *)self);
    MP_RETURN_NONE;
}

static const mp_method_def si_methods[] = {
    {"close", FN(si_close_method), MP_METH_NOARGS, NULL},
    {"__enter__", FN(si_enter), MP_METH_NOARGS, NULL},
    {"__exit__", FN(si_exit), MP_METH_FASTCALL, NULL},
    {NULL},
};

mp_type mp_type_posix_scandir_iterator = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "posix.ScandirIterator",
    .basicsize = sizeof(scandir_iter),
    .dealloc = si_dealloc,
    .getattro = mp_obj_generic_getattr,
    .iter = mp_self_iter,
    .iternext = si_next,
    .new_ = mp_structseq_no_new,
    .methods = si_methods,
};

static mp_obj posix_scandir(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"path", NULL};
    mp_obj path = NULL;
    path_arg p;
    if (mp_arg_parse(args, nargs, kwnames, "scandir", kwlist, 0, 1, &path) < 0 ||
        path_convert("scandir", "path", path ? path : mp_none, 0, 1, &p) < 0)
        return NULL;
    DIR *d;
    MP_BEGIN_ALLOW_THREADS
    d = opendir(p.narrow ? p.narrow : ".");
    MP_END_ALLOW_THREADS
    if (!d) {
        raise_errno(p.object ? path : mp_str_intern("."));
        path_release(&p);
        return NULL;
    }
    scandir_iter *it = (scandir_iter *)mp_obj_alloc(&mp_type_posix_scandir_iterator);
    if (!it) {
        closedir(d);
        path_release(&p);
        return NULL;
    }
    it->dir = d;
    it->path = p.object; /* the reference moves */
    it->is_bytes = p.is_bytes;
    return (mp_obj)it;
}

/* ---- the module ----------------------------------------------------------------------------- */

static const mp_method_def posix_methods[] = {
    {"stat", FN(posix_stat), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Perform a stat system call on the given path."},
    {"lstat", FN(posix_lstat), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Perform a stat system call on the given path, without following symbolic links."},
    {"fstat", FN(posix_fstat), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Perform a stat system call on the given file descriptor."},
    {"getcwd", FN(posix_getcwd), MP_METH_NOARGS,
     "Return a unicode string representing the current working directory."},
    {"getcwdb", FN(posix_getcwdb), MP_METH_NOARGS,
     "Return a bytes string representing the current working directory."},
    {"chdir", FN(posix_chdir), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Change the current working directory to the specified path."},
    {"listdir", FN(posix_listdir), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Return a list containing the names of the files in the directory."},
    {"scandir", FN(posix_scandir), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Return an iterator of DirEntry objects for given path."},
    {"mkdir", FN(posix_mkdir), MP_METH_FASTCALL | MP_METH_KEYWORDS, "Create a directory."},
    {"rmdir", FN(posix_rmdir), MP_METH_FASTCALL | MP_METH_KEYWORDS, "Remove a directory."},
    {"remove", FN(posix_remove), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Remove a file (same as unlink())."},
    {"unlink", FN(posix_unlink), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Remove a file (same as remove())."},
    {"rename", FN(posix_rename), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Rename a file or directory."},
    {"replace", FN(posix_replace), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Rename a file or directory, overwriting the destination."},
    {"link", FN(posix_link), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Create a hard link to a file."},
    {"symlink", FN(posix_symlink), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Create a symbolic link pointing to src named dst."},
    {"readlink", FN(posix_readlink), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Return a string representing the path to which the symbolic link points."},
    {"access", FN(posix_access), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Use the real uid/gid to test for access to a path."},
    {"chmod", FN(posix_chmod), MP_METH_FASTCALL | MP_METH_KEYWORDS, "Change the access permissions of a file."},
    {"utime", FN(posix_utime), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Set the access and modified time of path."},
    {"chown", FN(posix_chown), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Change the owner and group id of path to the numeric uid and gid."},
    {"lchown", FN(posix_lchown), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Change the owner and group id of path to the numeric uid and gid.\n\n"
     "This function will not follow symbolic links.\n"
     "Equivalent to os.chown(path, uid, gid, follow_symlinks=False)."},
    {"fchown", FN(posix_fchown), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Change the owner and group id of the file specified by file descriptor.\n\n"
     "Equivalent to os.chown(fd, uid, gid)."},
    {"statvfs", FN(posix_statvfs), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Perform a statvfs system call on the given path.\n\n"
     "path may always be specified as a string.\n"
     "On some platforms, path may also be specified as an open file descriptor.\n"
     "  If this functionality is unavailable, using it raises an exception."},
    {"fstatvfs", FN(posix_fstatvfs), MP_METH_O,
     "Perform an fstatvfs system call on the given fd.\n\nEquivalent to statvfs(fd)."},
    {"truncate", FN(posix_truncate), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Truncate a file, specified by path, to a specific length."},
    {"open", FN(posix_open), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Open a file for low level IO.  Returns a file descriptor (integer)."},
    {"close", FN(posix_close), MP_METH_FASTCALL | MP_METH_KEYWORDS, "Close a file descriptor."},
    {"read", FN(posix_read), MP_METH_FASTCALL, "Read from a file descriptor.  Returns a bytes object."},
    {"write", FN(posix_write), MP_METH_FASTCALL, "Write a bytes object to a file descriptor."},
    {"lseek", FN(posix_lseek), MP_METH_FASTCALL,
     "Set the position of a file descriptor.  Return the new position."},
    {"isatty", FN(posix_isatty), MP_METH_O,
     "Return True if the fd is connected to a terminal."},
    {"dup", FN(posix_dup), MP_METH_O, "Return a duplicate of a file descriptor."},
    {"dup2", FN(posix_dup2), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Duplicate file descriptor."},
    {"pipe", FN(posix_pipe), MP_METH_NOARGS,
     "Create a pipe.\n\nReturns a tuple of two file descriptors:\n  (read_fd, write_fd)"},
    {"fsync", FN(posix_fsync), MP_METH_O,
     "Force write of fd to disk."},
    {"getpid", FN(posix_getpid), MP_METH_NOARGS, "Return the current process id."},
    {"getppid", FN(posix_getppid), MP_METH_NOARGS, "Return the parent's process id."},
    {"getuid", FN(posix_getuid), MP_METH_NOARGS, "Return the current process's user id."},
    {"geteuid", FN(posix_geteuid), MP_METH_NOARGS,
     "Return the current process's effective user id."},
    {"getgid", FN(posix_getgid), MP_METH_NOARGS, "Return the current process's group id."},
    {"getegid", FN(posix_getegid), MP_METH_NOARGS,
     "Return the current process's effective group id."},
    {"umask", FN(posix_umask), MP_METH_O, "Set the current numeric umask and return the previous umask."},
    {"strerror", FN(posix_strerror), MP_METH_O,
     "Translate an error code to a message string."},
    {"cpu_count", FN(posix_cpu_count), MP_METH_NOARGS,
     "Return the number of CPUs in the system; return None if indeterminable."},
    {"uname", FN(posix_uname), MP_METH_NOARGS,
     "Return an object identifying the current operating system."},
    {"get_terminal_size", FN(posix_get_terminal_size), MP_METH_FASTCALL,
     "Return the size of the terminal window as (columns, lines)."},
    {"urandom", FN(posix_urandom), MP_METH_O,
     "Return a bytes object containing random bytes suitable for cryptographic use."},
    {"system", FN(posix_system), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Execute the command in a subshell."},
    {"waitstatus_to_exitcode", FN(posix_waitstatus_to_exitcode),
     MP_METH_FASTCALL | MP_METH_KEYWORDS, "Convert a wait status to an exit code."},
    {"_exit", FN(posix_exit), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Exit to the system with specified status, without normal exit processing."},
    {"kill", FN(posix_kill), MP_METH_FASTCALL, "Kill a process with a signal."},
    {"fork", FN(posix_fork), MP_METH_NOARGS,
     "Fork a child process.\n\nReturn 0 to child process and PID of child to parent process."},
    {"waitpid", FN(posix_waitpid), MP_METH_FASTCALL,
     "Wait for completion of a given child process.\n\n"
     "Returns a tuple of information regarding the child process:\n"
     "    (pid, status)\n\n"
     "The options argument is ignored on Windows."},
    {"WIFEXITED", FN(posix_WIFEXITED), MP_METH_O,
     "Return True if the process returning status exited via the exit() system call."},
    {"WEXITSTATUS", FN(posix_WEXITSTATUS), MP_METH_O, "Return the process return code from status."},
    {"WIFSIGNALED", FN(posix_WIFSIGNALED), MP_METH_O,
     "Return True if the process returning status was terminated by a signal."},
    {"WTERMSIG", FN(posix_WTERMSIG), MP_METH_O,
     "Return the signal that terminated the process that provided the status value."},
    {"WIFSTOPPED", FN(posix_WIFSTOPPED), MP_METH_O,
     "Return True if the process returning status was stopped."},
    {"WSTOPSIG", FN(posix_WSTOPSIG), MP_METH_O,
     "Return the signal that stopped the process that provided the status value."},
    {"putenv", FN(posix_putenv), MP_METH_FASTCALL, "Change or add an environment variable."},
    {"unsetenv", FN(posix_unsetenv), MP_METH_O, "Delete an environment variable."},
    {"fspath", FN(posix_fspath), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Return the file system path representation of the object.\n\n"
     "If the object is str or bytes, then allow it to pass through as-is. If the\n"
     "object defines __fspath__(), then return the result of that method. All other\n"
     "types raise a TypeError."},
    {NULL},
};

static int add_ints(mp_obj m)
{
    static const struct {
        const char *name;
        long value;
    } ints[] = {
        {"F_OK", F_OK}, {"R_OK", R_OK}, {"W_OK", W_OK}, {"X_OK", X_OK},
        {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR},
        {"O_APPEND", O_APPEND}, {"O_CREAT", O_CREAT}, {"O_EXCL", O_EXCL},
        {"O_TRUNC", O_TRUNC}, {"O_NONBLOCK", O_NONBLOCK}, {"O_CLOEXEC", O_CLOEXEC},
        {"O_DIRECTORY", O_DIRECTORY}, {"O_NOFOLLOW", O_NOFOLLOW}, {"O_SYNC", O_SYNC},
        {"O_NOCTTY", O_NOCTTY}, {"O_ACCMODE", O_ACCMODE},
        {"SEEK_SET", SEEK_SET}, {"SEEK_CUR", SEEK_CUR}, {"SEEK_END", SEEK_END},
        {"EX_OK", 0}, {"WNOHANG", WNOHANG},
        /* statvfs_result.f_flag's bits */
        {"ST_RDONLY", ST_RDONLY}, {"ST_NOSUID", ST_NOSUID}, {"ST_NODEV", ST_NODEV},
        {"ST_NOEXEC", ST_NOEXEC}, {"ST_SYNCHRONOUS", ST_SYNCHRONOUS},
        {"ST_MANDLOCK", ST_MANDLOCK}, {"ST_WRITE", ST_WRITE}, {"ST_APPEND", ST_APPEND},
        {"ST_NOATIME", ST_NOATIME}, {"ST_NODIRATIME", ST_NODIRATIME},
        {"ST_RELATIME", ST_RELATIME},
    };
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++)
        if (mp_module_add_int(m, ints[i].name, ints[i].value) < 0)
            return -1;
    return 0;
}

static int posix_exec(mp_obj m)
{
    if (mp_structseq_ready(&mp_type_stat_result) < 0 ||
        mp_structseq_ready(&mp_type_uname_result) < 0 ||
        mp_structseq_ready(&mp_type_terminal_size) < 0 ||
        mp_structseq_ready(&mp_type_statvfs_result) < 0)
        return -1;
    /* CPython's stat_result: the three int times are unnamed fields. */
    mp_type *st = &mp_type_stat_result.type;
    mp_obj names = mp_tuple_new(7);
    if (!names)
        return -1;
    for (int i = 0; i < 7; i++)
        MP_TUPLE_ITEMS(names)[i] = mp_newref(mp_str_intern(stat_result_fields[i].name));
    int r = mp_dict_setitem_str(st->dict, "__match_args__", names);
    mp_decref(names);
    mp_obj three = mp_small(3);
    if (r < 0 || mp_dict_setitem_str(st->dict, "n_unnamed_fields", three) < 0)
        return -1;
    mp_obj env = environ_dict();
    if (!env)
        return -1;
    r = mp_module_add(m, "environ", env);
    mp_decref(env);
    if (r < 0 || mp_module_add(m, "error", (mp_obj)&mp_type_OSError) < 0 ||
        mp_module_add(m, "stat_result", (mp_obj)st) < 0 ||
        mp_module_add(m, "uname_result", (mp_obj)&mp_type_uname_result) < 0 ||
        mp_module_add(m, "terminal_size", (mp_obj)&mp_type_terminal_size) < 0 ||
        mp_module_add(m, "statvfs_result", (mp_obj)&mp_type_statvfs_result) < 0 ||
        mp_module_add_type(m, &mp_type_posix_direntry) < 0 ||
        mp_type_ready(&mp_type_posix_scandir_iterator) < 0 || add_ints(m) < 0)
        return -1;
    return 0;
}

const mp_module_def mp_module_posix = {
    "posix",
    "This module provides access to operating system functionality that is\n"
    "standardized by the C Standard and the POSIX standard (a thinly\n"
    "disguised Unix interface).  Refer to the library manual and\n"
    "corresponding Unix manual entries for more information on calls.",
    posix_methods,
    posix_exec,
};
