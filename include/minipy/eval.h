/* The bytecode interpreter (vm/eval.c) and its entry points. */
#ifndef MINIPY_EVAL_H
#define MINIPY_EVAL_H

#include "minipy/code.h"
#include "minipy/frame.h"
#include "minipy/object.h"
#include "minipy/state.h"

/* Runs code (a module or exec'd code) in the given namespaces; locals may
 * be NULL for globals.  Returns the value of the code (None for modules). */
mp_obj mp_eval_code(mp_code *code, mp_obj globals, mp_obj locals);
/* Runs frame f (already pushed, or a generator's) until it returns or
 * yields; throwflag means resume by raising the current exception in it. */
mp_obj mp_eval_frame(mp_tstate *ts, mp_frame *f, int throwflag);
/* Calls a Python function (the function type's call slot). */
mp_obj mp_func_call(mp_obj func, mp_obj const *args, size_t nargs, mp_obj kwnames);

/* Tracing hooks (vm/trace.c): nonzero when --trace or sys.settrace is on;
 * the eval loop then runs its traced copy. */
extern int mp_tracing_active;
/* Takes the untraced loop's labels (once, before any code runs). */
void mp_eval_init(void);
/* After mp_tracing_active changed: the loops running untraced move to
 * the traced copy at their next instruction. */
void mp_eval_tracing_changed(void);

#endif
