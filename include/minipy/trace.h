/* The tracer (vm/trace*.c, vm/settrace.c): --trace and its forms, and
 * sys.settrace / sys.setprofile.
 *
 * The eval loop calls the hooks below only while mp_tracing_active is set,
 * from its traced copy (eval.c), so they cost nothing otherwise; the
 * reference-count hooks of object.h exist only in minipy-trace, the build
 * --trace runs in, and are called while mp_trace_refcounts is set. */
#ifndef MINIPY_TRACE_H
#define MINIPY_TRACE_H

#include <stddef.h>

#include "minipy/frame.h"
#include "minipy/state.h"

extern int mp_tracing_active;

/* Before each instruction; the frame's stack is saved (f->stacktop).
 * last is the instruction the frame ran before (code - 1 at its start).
 * 0, or -1 with an exception (a sys.settrace function failed). */
int mp_trace_instruction(mp_tstate *ts, mp_frame *f, mp_codeunit *instr, mp_codeunit *last);
/* A frame entered by a call the loop made itself (the tracer finds calls
 * at their first instruction, so this one has nothing to add). */
void mp_trace_call(mp_tstate *ts, mp_frame *f);
void mp_trace_return(mp_tstate *ts, mp_frame *f, mp_obj retval);
void mp_trace_yield(mp_tstate *ts, mp_frame *f, mp_obj value);
/* An exception raised in f (the current exception), or arriving in f
 * from a frame it called. */
void mp_trace_exception(mp_tstate *ts, mp_frame *f);
/* A handler of f takes the exception (or FOR_ITER ends on StopIteration). */
void mp_trace_exception_caught(mp_tstate *ts, mp_frame *f);
/* f ends by an exception it does not handle. */
void mp_trace_unwind(mp_tstate *ts, mp_frame *f);
/* A call from f that CALL (mp_call's arguments) or CALL_FUNCTION_EX
 * (mp_call_ex's) makes, with the profile function's c_call, c_return and
 * c_exception around it when the callable is a C function. */
mp_obj mp_trace_c_call(mp_tstate *ts, mp_frame *f, mp_obj callable, mp_obj const *args,
                       size_t npos, mp_obj names);
mp_obj mp_trace_c_call_ex(mp_tstate *ts, mp_frame *f, mp_obj callable, mp_obj callargs,
                          mp_obj kwargs);

/* sys.settrace / sys.setprofile for the current thread (None or NULL
 * removes the function).  0, or -1 with an exception (NotImplementedError
 * in a build without the tracer). */
int mp_trace_set_trace(mp_obj f);
int mp_trace_set_profile(mp_obj f);

/* Objects made and freed while the counts are traced (object.c). */
void mp_trace_object_created(mp_obj o);
void mp_trace_object_freed(mp_obj o);

/* ---- --trace ------------------------------------------------------------ */

typedef enum {
    MP_TRACE_NONE,
    MP_TRACE_INSTRUCTIONS, /* --trace: every instruction */
    MP_TRACE_LINES,        /* --trace=lines */
    MP_TRACE_CALLS,        /* --trace=calls */
    MP_TRACE_JSON,         /* --trace=json: Online Python Tutor's format */
    MP_TRACE_HTML          /* --trace=html: a page that steps through it */
} mp_trace_mode;

typedef struct mp_trace_options {
    mp_trace_mode mode;
    const char *out_path;     /* --trace-out PATH, or NULL */
    const char *const *only;  /* --trace-only names (code names) */
    int nonly;
    const char *source;       /* the program's text, for the JSON "code" */
    size_t source_len;
    long step_limit;          /* --trace-limit N: JSON and HTML stop the
                                 program after N steps; 0 means the
                                 default (1000), negative no limit */
} mp_trace_options;

/* "--trace", "--trace=lines"...: the mode, or -1 for an unknown form. */
int mp_trace_parse_mode(const char *arg);
/* Starts the recorder.  0, or -1 with an exception (OSError when the
 * output cannot be opened). */
int mp_trace_start(const mp_trace_options *opt);
/* Writes out what the recorder holds (after each statement of the REPL). */
void mp_trace_flush(void);
/* Stops it and writes what is left (the JSON, the page).  0 or -1. */
int mp_trace_stop(void);

#endif
