# errno: the error numbers' names, errorcode (number -> name), os.strerror, and
# the OSError subclasses each number picks.
import errno
import os

print(errno.__name__, type(errno.errorcode).__name__)
print(errno.__doc__.splitlines()[0])
names = [n for n in dir(errno) if n.startswith("E")]
print(len(names), len(errno.errorcode))
print(names)
common = ["EPERM", "ENOENT", "ESRCH", "EINTR", "EIO", "ENXIO", "E2BIG", "ENOEXEC", "EBADF",
          "ECHILD", "EAGAIN", "ENOMEM", "EACCES", "EFAULT", "EBUSY", "EEXIST", "EXDEV",
          "ENODEV", "ENOTDIR", "EISDIR", "EINVAL", "ENFILE", "EMFILE", "ENOTTY", "EFBIG",
          "ENOSPC", "ESPIPE", "EROFS", "EMLINK", "EPIPE", "EDOM", "ERANGE", "EDEADLK",
          "ENAMETOOLONG", "ENOSYS", "ENOTEMPTY", "ELOOP", "ENOTSOCK", "EADDRINUSE",
          "ECONNRESET", "ECONNREFUSED", "ETIMEDOUT", "EINPROGRESS", "EALREADY", "ESHUTDOWN",
          "ECONNABORTED", "EHOSTUNREACH", "ECANCELED", "EOWNERDEAD", "ERFKILL"]
for name in common:
    value = getattr(errno, name)
    print(name, value, errno.errorcode[value], os.strerror(value))

# Names that share a number: errorcode keeps the later one, as CPython's.
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.errorcode[errno.EWOULDBLOCK])
print(errno.EDEADLOCK == errno.EDEADLK, errno.errorcode[errno.EDEADLK])
print(errno.ENOTSUP == errno.EOPNOTSUPP, errno.errorcode[errno.EOPNOTSUPP])
print(all(getattr(errno, name) == code for code, name in errno.errorcode.items()))
print(sorted(errno.errorcode)[:10], sorted(errno.errorcode)[-3:])
print(list(errno.errorcode.items())[:6])
print(sorted(n for n in names if errno.errorcode[getattr(errno, n)] != n))
try:
    errno.errorcode[100000]
except KeyError as e:
    print(type(e).__name__, e)
print(hasattr(errno, "ENOSUCHTHING"), type(errno.ENOENT).__name__)

# OSError(number, ...) picks the subclass the number names.
for name in ["EAGAIN", "EALREADY", "EWOULDBLOCK", "EINPROGRESS", "ECHILD", "EPIPE",
             "ESHUTDOWN", "ECONNABORTED", "ECONNREFUSED", "ECONNRESET", "EEXIST", "ENOENT",
             "EISDIR", "ENOTDIR", "EINTR", "EACCES", "EPERM", "ESRCH", "ETIMEDOUT", "EIO",
             "EINVAL"]:
    e = OSError(getattr(errno, name), "message")
    print(name, type(e).__name__, e.errno == getattr(errno, name), e)

# What the system raises carries the same numbers.
try:
    open("errno_module_no_such_file.txt")
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, errno.errorcode[e.errno], e.strerror)
try:
    os.rmdir(".")
except OSError as e:
    print(type(e).__name__, errno.errorcode[e.errno])
try:
    os.close(-1)
except OSError as e:
    print(type(e).__name__, e.errno == errno.EBADF, e)
