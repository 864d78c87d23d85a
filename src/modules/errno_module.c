/* The errno module: the names of the system's error numbers, as CPython's
 * Modules/errnomodule.c.  Each E* constant is <errno.h>'s value on this
 * system; errorcode maps a number back to its name.
 *
 * The table keeps CPython's order: the module's dict and errorcode list
 * the names in it, and where two names share a number (EWOULDBLOCK and
 * EAGAIN, EDEADLK and EDEADLOCK, EOPNOTSUPP and ENOTSUP) the later one is
 * what errorcode says, as in CPython. */
#include <errno.h>

#include "minipy/dict.h"
#include "minipy/int.h"
#include "minipy/module.h"
#include "minipy/str.h"

typedef struct errno_name {
    const char *name;
    int value;
} errno_name;

#define E(n) {#n, n}

/* Every name CPython 3.11's errno defines on Linux; glibc defines them
 * all, so a missing one is a build error rather than a silent gap. */
static const errno_name errno_names[] = {
    E(ENODEV), E(ENOCSI), E(EHOSTUNREACH), E(ENOMSG), E(EUCLEAN), E(EL2NSYNC), E(EL2HLT),
    E(ENODATA), E(ENOTBLK), E(ENOSYS), E(EPIPE), E(EINVAL), E(EOVERFLOW), E(EADV), E(EINTR),
    E(EUSERS), E(ENOTEMPTY), E(ENOBUFS), E(EPROTO), E(EREMOTE), E(ENAVAIL), E(ECHILD), E(ELOOP),
    E(EXDEV), E(E2BIG), E(ESRCH), E(EMSGSIZE), E(EAFNOSUPPORT), E(EBADR), E(EHOSTDOWN),
    E(EPFNOSUPPORT), E(ENOPROTOOPT), E(EBUSY), E(EWOULDBLOCK), E(EBADFD), E(EDOTDOT),
    E(EISCONN), E(ENOANO), E(ESHUTDOWN), E(ECHRNG), E(ELIBBAD), E(ENONET), E(EBADE), E(EBADF),
    E(EMULTIHOP), E(EIO), E(EUNATCH), E(EPROTOTYPE), E(ENOSPC), E(ENOEXEC), E(EALREADY),
    E(ENETDOWN), E(ENOTNAM), E(EACCES), E(ELNRNG), E(EILSEQ), E(ENOTDIR), E(ENOTUNIQ), E(EPERM),
    E(EDOM), E(EXFULL), E(ECONNREFUSED), E(EISDIR), E(EPROTONOSUPPORT), E(EROFS),
    E(EADDRNOTAVAIL), E(EIDRM), E(ECOMM), E(ESRMNT), E(EREMOTEIO), E(EL3RST), E(EBADMSG),
    E(ENFILE), E(ELIBMAX), E(ESPIPE), E(ENOLINK), E(ENETRESET), E(ETIMEDOUT), E(ENOENT),
    E(EEXIST), E(EDQUOT), E(ENOSTR), E(EBADSLT), E(EBADRQC), E(ELIBACC), E(EFAULT), E(EFBIG),
    E(EDEADLK), E(ENOTCONN), E(EDESTADDRREQ), E(ELIBSCN), E(ENOLCK), E(EISNAM), E(ECONNABORTED),
    E(ENETUNREACH), E(ESTALE), E(ENOSR), E(ENOMEM), E(ENOTSOCK), E(ESTRPIPE), E(EMLINK),
    E(ERANGE), E(ELIBEXEC), E(EL3HLT), E(ECONNRESET), E(EADDRINUSE), E(EOPNOTSUPP), E(EREMCHG),
    E(EAGAIN), E(ENAMETOOLONG), E(ENOTTY), E(ERESTART), E(ESOCKTNOSUPPORT), E(ETIME), E(EBFONT),
    E(EDEADLOCK), E(ETOOMANYREFS), E(EMFILE), E(ETXTBSY), E(EINPROGRESS), E(ENXIO), E(ENOPKG),
    E(ENOMEDIUM), E(EMEDIUMTYPE), E(ECANCELED), E(ENOKEY), E(EKEYEXPIRED), E(EKEYREVOKED),
    E(EKEYREJECTED), E(EOWNERDEAD), E(ENOTRECOVERABLE), E(ERFKILL), E(ENOTSUP),
};

#undef E

/* Adds each name to the module and to errorcode (number -> name). */
static int errno_exec(mp_obj m)
{
    mp_obj codes = mp_dict_new();
    if (!codes)
        return -1;
    int r = mp_module_add(m, "errorcode", codes);
    for (size_t i = 0; r == 0 && i < sizeof errno_names / sizeof errno_names[0]; i++) {
        const errno_name *e = &errno_names[i];
        mp_obj num = mp_int_from_ll(e->value);
        mp_obj name = num ? mp_str_from_cstr(e->name) : NULL;
        if (!name || mp_module_add(m, e->name, num) < 0 || mp_dict_setitem(codes, num, name) < 0)
            r = -1;
        mp_xdecref(num);
        mp_xdecref(name);
    }
    mp_decref(codes);
    return r;
}

const mp_module_def mp_module_errno = {
    "errno",
    "This module makes available standard errno system symbols.\n\n"
    "The value of each symbol is the corresponding integer value,\n"
    "e.g., on most systems, errno.ENOENT equals the integer 2.\n\n"
    "The dictionary errno.errorcode maps numeric codes to symbol names,\n"
    "e.g., errno.errorcode[2] could be the string 'ENOENT'.\n\n"
    "Symbols that are not relevant to the underlying system are not defined.\n\n"
    "To map error codes to error messages, use the function os.strerror(),\n"
    "e.g. os.strerror(2) could return 'No such file or directory'.",
    NULL, /* no functions: names only */
    errno_exec,
};
