/* The tracer's hooks (trace.h).  The eval loop calls them only while
 * mp_tracing_active is set; nothing sets it yet: --trace and
 * sys.settrace arrive with the tracer itself (issue: "See inside"). */
#include "minipy/trace.h"

int mp_trace_instruction(mp_tstate *ts, mp_frame *f, mp_codeunit *instr) { return 0; }
void mp_trace_call(mp_tstate *ts, mp_frame *f) {}
void mp_trace_return(mp_tstate *ts, mp_frame *f, mp_obj retval) {}
void mp_trace_yield(mp_tstate *ts, mp_frame *f, mp_obj value) {}
void mp_trace_exception(mp_tstate *ts, mp_frame *f) {}
void mp_trace_exception_caught(mp_tstate *ts, mp_frame *f) {}
void mp_trace_unwind(mp_tstate *ts, mp_frame *f) {}

/* Reference-count changes, while the tracer follows them. */
void mp_trace_refcount_change(mp_obj o, int delta) {}
