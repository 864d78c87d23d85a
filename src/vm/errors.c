/* Raising and inspecting the current exception (see state.h).  The
 * current exception is always an instance (never a bare type), so there
 * is nothing to normalise later. */
#include <errno.h>
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/exc.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

/* Chains exc to the exception being handled, as CPython does on every
 * raise: the handled one becomes exc.__context__, unless that would make
 * a cycle (which is cut where it would close). */
static void set_context(mp_obj exc)
{
    mp_tstate *ts = mp_ts();
    mp_obj handled = NULL;
    for (mp_exc_info *ei = ts->exc_info; ei; ei = ei->previous)
        if (ei->exc && ei->exc != mp_none) {
            handled = ei->exc;
            break;
        }
    if (!handled || handled == exc || !mp_exc_check(exc))
        return;
    /* Walk handled's context chain; if exc is on it, cut it there. */
    mp_obj o = handled;
    while (1) {
        mp_obj ctx = ((mp_exc *)o)->context;
        if (!ctx)
            break;
        if (ctx == exc) {
            MP_CLEAR(((mp_exc *)o)->context);
            break;
        }
        o = ctx;
    }
    mp_exc_set_context(exc, mp_newref(handled));
}

mp_obj mp_err_set_exc(mp_obj exc)
{
    mp_tstate *ts = mp_ts();
    mp_incref(exc);
    set_context(exc);
    mp_obj old = ts->curexc;
    ts->curexc = exc;
    mp_xdecref(old);
    return NULL;
}

mp_obj mp_err_set_object(mp_type *type, mp_obj value)
{
    /* As PyErr_SetObject: None means "no argument". */
    mp_obj args = value && value != mp_none ? mp_tuple_pack(1, value) : mp_tuple_new(0);
    if (!args)
        return NULL;
    mp_obj exc = mp_exc_new(type, args);
    mp_decref(args);
    if (!exc)
        return NULL;
    mp_err_set_exc(exc);
    mp_decref(exc);
    return NULL;
}

mp_obj mp_err_set_str(mp_type *type, const char *message)
{
    mp_obj s = mp_str_from_cstr(message);
    if (!s)
        return NULL;
    mp_err_set_object(type, s);
    mp_decref(s);
    return NULL;
}

mp_obj mp_err_vformat(mp_type *type, const char *fmt, va_list ap)
{
    mp_obj s = mp_str_from_vformat(fmt, ap);
    if (!s)
        return NULL;
    mp_err_set_object(type, s);
    mp_decref(s);
    return NULL;
}

mp_obj mp_err_format(mp_type *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    mp_err_vformat(type, fmt, ap);
    va_end(ap);
    return NULL;
}

/* One MemoryError instance, made at start-up, so that reporting a failed
 * allocation does not need to allocate. */
static mp_obj memory_error_instance;

int mp_errors_init(void)
{
    mp_obj args = mp_tuple_new(0);
    if (!args)
        return -1;
    memory_error_instance = mp_exc_new(&mp_type_MemoryError, args);
    mp_decref(args);
    return memory_error_instance ? 0 : -1;
}

void mp_errors_fini(void)
{
    MP_CLEAR(memory_error_instance);
}

mp_obj mp_err_no_memory(void)
{
    mp_tstate *ts = mp_ts();
    if (!memory_error_instance) {
        /* Too early to raise anything: report it the only way left. */
        return NULL;
    }
    /* Its traceback from an earlier use must not grow forever. */
    mp_exc_set_traceback(memory_error_instance, NULL);
    mp_obj old = ts->curexc;
    ts->curexc = mp_newref(memory_error_instance);
    mp_xdecref(old);
    return NULL;
}

static mp_type *errno_type(int e)
{
    switch (e) {
    case ENOENT: return &mp_type_FileNotFoundError;
    case EEXIST: return &mp_type_FileExistsError;
    case EISDIR: return &mp_type_IsADirectoryError;
    case ENOTDIR: return &mp_type_NotADirectoryError;
    case EACCES: case EPERM: return &mp_type_PermissionError;
    case EINTR: return &mp_type_InterruptedError;
    case EAGAIN: case EALREADY: case EINPROGRESS: return &mp_type_BlockingIOError;
    case ECHILD: return &mp_type_ChildProcessError;
    case EPIPE: case ESHUTDOWN: return &mp_type_BrokenPipeError;
    case ECONNABORTED: return &mp_type_ConnectionAbortedError;
    case ECONNREFUSED: return &mp_type_ConnectionRefusedError;
    case ECONNRESET: return &mp_type_ConnectionResetError;
    case ESRCH: return &mp_type_ProcessLookupError;
    case ETIMEDOUT: return &mp_type_TimeoutError;
    default: return &mp_type_OSError;
    }
}

mp_obj mp_err_from_errno(mp_type *type, mp_obj filename)
{
    int e = errno;
    if (!type || type == &mp_type_OSError)
        type = errno_type(e);
    mp_obj code = mp_small(e);
    mp_obj msg = mp_str_from_cstr(strerror(e));
    if (!msg)
        return NULL;
    mp_obj args = filename ? mp_tuple_pack(3, code, msg, filename) : mp_tuple_pack(2, code, msg);
    mp_decref(msg);
    if (!args)
        return NULL;
    mp_obj exc = mp_exc_new(type, args);
    mp_decref(args);
    if (!exc)
        return NULL;
    mp_err_set_exc(exc);
    mp_decref(exc);
    return NULL;
}

int mp_err_matches(mp_type *type)
{
    mp_obj exc = mp_ts()->curexc;
    return exc && mp_type_is_subtype(mp_type_of(exc), type);
}

mp_obj mp_err_fetch(void)
{
    mp_tstate *ts = mp_ts();
    mp_obj exc = ts->curexc;
    ts->curexc = NULL;
    return exc;
}

void mp_err_restore(mp_obj exc)
{
    mp_tstate *ts = mp_ts();
    mp_obj old = ts->curexc;
    ts->curexc = exc;
    mp_xdecref(old);
}

void mp_err_clear(void)
{
    mp_err_restore(NULL);
}

/* ---- recursion ---------------------------------------------------------------------- */

int mp_enter_recursive_call(const char *where)
{
    mp_tstate *ts = mp_ts();
    if (++ts->recursion_depth > mp_the_interp.recursion_limit + ts->recursion_headroom) {
        if (ts->recursion_headroom) {
            /* Reporting the error recursed too: give up quietly. */
            ts->recursion_depth--;
            return -1;
        }
        ts->recursion_headroom = 50;
        mp_err_format(&mp_type_RecursionError, "maximum recursion depth exceeded%s", where);
        ts->recursion_headroom = 0;
        ts->recursion_depth--;
        return -1;
    }
    return 0;
}

void mp_leave_recursive_call(void)
{
    mp_ts()->recursion_depth--;
}
