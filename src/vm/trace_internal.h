/* What the parts of the tracer share (trace.c, trace_text.c, trace_json.c,
 * trace_html.c, settrace.c).  trace.c owns the hooks the eval loop calls
 * and hands each event to the recorder that --trace chose and to the
 * sys.settrace / sys.setprofile functions of the thread. */
#ifndef MINIPY_TRACE_INTERNAL_H
#define MINIPY_TRACE_INTERNAL_H

#include <stdio.h>

#include "minipy/buf.h"
#include "minipy/code.h"
#include "minipy/dis.h"
#include "minipy/frame.h"
#include "minipy/trace.h"

/* A line of text the tracer keeps. */
typedef struct mp_trace_line {
    size_t len;
    char text[];          /* len bytes */
} mp_trace_line;

/* What the tracer keeps per code object: its disassembly context and
 * whether --trace-only lets it be traced.  Dropped when the code object
 * is freed (the free hook), so an address reused later is not confused. */
typedef struct mp_trace_code {
    mp_code *co;          /* borrowed */
    mp_dis_ctx dis;
    int wanted;           /* 1 if traced (--trace-only) */
    intptr_t first_resume; /* the code unit of the first RESUME: what comes
                              before it sets the frame up (cells,
                              generators) and has no line of its own */
    /* --trace's text of each code unit (line, code name, instruction),
     * made on first use: it depends on the code alone, and formatting it
     * again for every instruction run would be most of the tracer's time. */
    mp_trace_line **lines; /* nlines entries (co->ncode), or NULL */
    intptr_t nlines;
} mp_trace_code;

/* The info for co, made on first use; NULL when memory runs out. */
mp_trace_code *mp_trace_code_info(mp_code *co);

/* ---- naming heap objects --------------------------------------------------------- */

/* The number of a heap object, given in order of creation (or of first
 * sight for objects older than the trace). */
long mp_trace_heap_id(mp_obj o);
/* Whether the tracer shows the object's reference count: heap objects
 * that are not immortal. */
int mp_trace_is_counted(mp_obj o);
/* "list", "Duck": the short name of the object's type. */
const char *mp_trace_kind(mp_obj o);
/* "list#3", "function f#4", "builtin print#2", "class Duck#6". */
void mp_trace_put_name(mp_buf *b, mp_obj o);
/* A value as the trace shows it: None, numbers, short strings and bytes
 * by their repr; anything else by its name, with the function's, class's
 * or module's name when it has one ("function f#4").  depth > 0 also
 * shows the items of lists, tuples, dicts and sets that deep.  Runs no
 * Python code, so it cannot disturb the program. */
void mp_trace_put_value(mp_buf *b, mp_obj o, int depth);
/* The repr of a str cut to about max bytes. */
void mp_trace_put_str_repr(mp_buf *b, mp_obj s, size_t max);

/* One instruction in dis's layout without the line-number column, but
 * with constants named as the trace names them (no addresses). */
void mp_trace_put_instruction(mp_buf *b, mp_trace_code *tc, intptr_t i);
/* The text of a source line, leading blanks removed; "" if unknown. */
const char *mp_trace_source_line(mp_code *co, int line, size_t *len);
/* The last part of a path. */
const char *mp_trace_basename(mp_obj filename);
/* Appends v in decimal (as "%ld", without printf's cost: the trace
 * writes several numbers per instruction). */
void mp_trace_put_long(mp_buf *b, long v);

/* ---- recorders --------------------------------------------------------------------- */

/* The recorder --trace chose; each hook is called with the recorder's
 * guard set (its own allocations and count changes are not traced). */
typedef struct mp_recorder {
    void (*instruction)(mp_tstate *ts, mp_frame *f, intptr_t i);
    void (*ret)(mp_tstate *ts, mp_frame *f, mp_obj value, int yielded);
    void (*exception)(mp_tstate *ts, mp_frame *f);
    void (*caught)(mp_tstate *ts, mp_frame *f);
    void (*unwind)(mp_tstate *ts, mp_frame *f);
    void (*refcount)(mp_obj o, intptr_t before, intptr_t after);
    void (*created)(mp_obj o);
    void (*freed)(mp_obj o);
    int (*finish)(void);  /* 0 or -1 */
} mp_recorder;

extern const mp_recorder mp_trace_text_recorder;
extern const mp_recorder mp_trace_json_recorder;

/* The options of the run (trace.c). */
extern mp_trace_options mp_trace_opts;
/* Where text and JSON go: the --trace-out file, stderr or stdout. */
extern FILE *mp_trace_out;

/* Set by a recorder to stop the program (the step limit of the JSON
 * form): the next traced instruction raises SystemExit with this message
 * (a static string), and the tracer clears it. */
extern const char *mp_trace_halt;

/* Whether the frame's code is traced under --trace-only. */
int mp_trace_wanted(mp_code *co);

/* The program's stdout so far (JSON and HTML): stdout goes to a temporary
 * file while tracing; these read it back.  0 or -1. */
int mp_trace_stdout_capture_start(void);
/* Appends what the program wrote since the last call to out. */
void mp_trace_stdout_read(mp_buf *out);
/* Stops the capture; echo != 0 copies the output to the real stdout. */
void mp_trace_stdout_capture_end(int echo);

/* The HTML page around a JSON trace (trace_html.c). */
int mp_trace_html_write(FILE *out, const char *json, size_t len);

/* ---- sys.settrace and sys.setprofile (settrace.c) ---------------------------------- */

/* last: the instruction the frame ran before instr (its line decides
 * whether instr starts a new one), as CPython's instr_prev. */
int mp_settrace_instruction(mp_tstate *ts, mp_frame *f, mp_codeunit *instr, mp_codeunit *last);
void mp_settrace_return(mp_tstate *ts, mp_frame *f, mp_obj value);
void mp_settrace_exception(mp_tstate *ts, mp_frame *f);
/* Recomputes mp_tracing_active after a change of recorder or functions. */
void mp_trace_update_active(void);

#endif
