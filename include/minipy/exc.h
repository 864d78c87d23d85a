/* The built-in exception types and their instances (objects/exc.c).
 * The hierarchy is CPython 3.11's, written once here. */
#ifndef MINIPY_EXC_H
#define MINIPY_EXC_H

#include "minipy/object.h"

/* Every exception instance starts with this. */
typedef struct mp_exc {
    mp_object ob;
    mp_obj dict;
    mp_obj args;              /* tuple */
    mp_obj notes;             /* __notes__ list, or NULL */
    mp_obj traceback;         /* traceback object, or NULL */
    mp_obj context, cause;    /* __context__, __cause__, or NULL */
    char suppress_context;
    mp_obj weakreflist;
} mp_exc;

typedef struct mp_exc_stopiteration { mp_exc base; mp_obj value; } mp_exc_stopiteration;
typedef struct mp_exc_systemexit { mp_exc base; mp_obj code; } mp_exc_systemexit;
typedef struct mp_exc_import { mp_exc base; mp_obj msg, name, path; } mp_exc_import;
typedef struct mp_exc_os {
    mp_exc base;
    mp_obj myerrno, strerror, filename, filename2;
} mp_exc_os;
typedef struct mp_exc_syntax {
    mp_exc base;
    mp_obj msg, filename, lineno, offset, text, end_lineno, end_offset,
        print_file_and_line;
} mp_exc_syntax;
typedef struct mp_exc_unicode {
    mp_exc base;
    mp_obj encoding, object, start, end, reason;
} mp_exc_unicode;
typedef struct mp_exc_attribute { mp_exc base; mp_obj name, obj; } mp_exc_attribute;
typedef struct mp_exc_name { mp_exc base; mp_obj name; } mp_exc_name;
typedef struct mp_exc_group { mp_exc base; mp_obj msg, excs; } mp_exc_group;

/* X(name, base, struct) in an order where a base precedes its subclasses. */
#define MP_EXCEPTIONS(X)                                                       \
    X(BaseException, object, mp_exc)                                           \
    X(BaseExceptionGroup, BaseException, mp_exc_group)                         \
    X(GeneratorExit, BaseException, mp_exc)                                    \
    X(KeyboardInterrupt, BaseException, mp_exc)                                \
    X(SystemExit, BaseException, mp_exc_systemexit)                            \
    X(Exception, BaseException, mp_exc)                                        \
    X(ArithmeticError, Exception, mp_exc)                                      \
    X(FloatingPointError, ArithmeticError, mp_exc)                             \
    X(OverflowError, ArithmeticError, mp_exc)                                  \
    X(ZeroDivisionError, ArithmeticError, mp_exc)                              \
    X(AssertionError, Exception, mp_exc)                                       \
    X(AttributeError, Exception, mp_exc_attribute)                             \
    X(BufferError, Exception, mp_exc)                                          \
    X(EOFError, Exception, mp_exc)                                             \
    X(ExceptionGroup, BaseExceptionGroup, mp_exc_group)                        \
    X(ImportError, Exception, mp_exc_import)                                   \
    X(ModuleNotFoundError, ImportError, mp_exc_import)                         \
    X(LookupError, Exception, mp_exc)                                          \
    X(IndexError, LookupError, mp_exc)                                         \
    X(KeyError, LookupError, mp_exc)                                           \
    X(MemoryError, Exception, mp_exc)                                          \
    X(NameError, Exception, mp_exc_name)                                       \
    X(UnboundLocalError, NameError, mp_exc_name)                               \
    X(OSError, Exception, mp_exc_os)                                           \
    X(BlockingIOError, OSError, mp_exc_os)                                     \
    X(ChildProcessError, OSError, mp_exc_os)                                   \
    X(ConnectionError, OSError, mp_exc_os)                                     \
    X(BrokenPipeError, ConnectionError, mp_exc_os)                             \
    X(ConnectionAbortedError, ConnectionError, mp_exc_os)                      \
    X(ConnectionRefusedError, ConnectionError, mp_exc_os)                      \
    X(ConnectionResetError, ConnectionError, mp_exc_os)                        \
    X(FileExistsError, OSError, mp_exc_os)                                     \
    X(FileNotFoundError, OSError, mp_exc_os)                                   \
    X(InterruptedError, OSError, mp_exc_os)                                    \
    X(IsADirectoryError, OSError, mp_exc_os)                                   \
    X(NotADirectoryError, OSError, mp_exc_os)                                  \
    X(PermissionError, OSError, mp_exc_os)                                     \
    X(ProcessLookupError, OSError, mp_exc_os)                                  \
    X(TimeoutError, OSError, mp_exc_os)                                        \
    X(ReferenceError, Exception, mp_exc)                                       \
    X(RuntimeError, Exception, mp_exc)                                         \
    X(NotImplementedError, RuntimeError, mp_exc)                               \
    X(RecursionError, RuntimeError, mp_exc)                                    \
    X(StopAsyncIteration, Exception, mp_exc)                                   \
    X(StopIteration, Exception, mp_exc_stopiteration)                          \
    X(SyntaxError, Exception, mp_exc_syntax)                                   \
    X(IndentationError, SyntaxError, mp_exc_syntax)                            \
    X(TabError, IndentationError, mp_exc_syntax)                               \
    X(SystemError, Exception, mp_exc)                                          \
    X(TypeError, Exception, mp_exc)                                            \
    X(ValueError, Exception, mp_exc)                                           \
    X(UnicodeError, ValueError, mp_exc_unicode)                                \
    X(UnicodeDecodeError, UnicodeError, mp_exc_unicode)                        \
    X(UnicodeEncodeError, UnicodeError, mp_exc_unicode)                        \
    X(UnicodeTranslateError, UnicodeError, mp_exc_unicode)                     \
    X(Warning, Exception, mp_exc)                                              \
    X(BytesWarning, Warning, mp_exc)                                           \
    X(DeprecationWarning, Warning, mp_exc)                                     \
    X(EncodingWarning, Warning, mp_exc)                                        \
    X(FutureWarning, Warning, mp_exc)                                          \
    X(ImportWarning, Warning, mp_exc)                                          \
    X(PendingDeprecationWarning, Warning, mp_exc)                              \
    X(ResourceWarning, Warning, mp_exc)                                        \
    X(RuntimeWarning, Warning, mp_exc)                                         \
    X(SyntaxWarning, Warning, mp_exc)                                          \
    X(UnicodeWarning, Warning, mp_exc)                                         \
    X(UserWarning, Warning, mp_exc)

#define MP_EXC_DECLARE(name, base, st) extern mp_type mp_type_##name;
MP_EXCEPTIONS(MP_EXC_DECLARE)
#undef MP_EXC_DECLARE

static inline int mp_exc_check(mp_obj o)
{
    return !mp_is_small(o) && (o->type->flags & MP_TPFLAGS_BASE_EXC_SUBCLASS);
}
static inline int mp_exc_type_check(mp_obj o)
{
    return !mp_is_small(o) && (o->type->flags & MP_TPFLAGS_TYPE_SUBCLASS) &&
           (((mp_type *)o)->flags & MP_TPFLAGS_BASE_EXC_SUBCLASS);
}

/* An instance of type with the given args (a tuple, borrowed). */
mp_obj mp_exc_new(mp_type *type, mp_obj args);
/* Borrowed accessors; NULL when unset. */
mp_obj mp_exc_get_traceback(mp_obj exc);
void mp_exc_set_traceback(mp_obj exc, mp_obj tb);       /* tb: borrowed or NULL */
void mp_exc_set_context(mp_obj exc, mp_obj context);    /* steals context */
void mp_exc_set_cause(mp_obj exc, mp_obj cause);        /* steals cause */

/* except* (objects/exc_group.c): splits eg by type into the part that
 * matches (*match, or None) and the rest (*rest, or None), as
 * CHECK_EG_MATCH needs; a plain exception that matches is wrapped in a
 * group.  0 or -1. */
int mp_exception_group_match(mp_obj eg, mp_obj type, mp_obj *match, mp_obj *rest);
/* PREP_RERAISE_STAR: what is left to raise after the except* clauses ran,
 * from the original group and the list of raised/reraised exceptions. */
mp_obj mp_exception_group_prep_reraise(mp_obj orig, mp_obj excs);

#endif
