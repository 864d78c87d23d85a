/* The tracer's hooks in the eval loop (vm/trace.c).  They are called only
 * while mp_tracing_active is set (by --trace, sys.settrace or
 * sys.setprofile), so they cost nothing otherwise. */
#ifndef MINIPY_TRACE_H
#define MINIPY_TRACE_H

#include "minipy/frame.h"
#include "minipy/state.h"

/* Before each instruction; the frame's stack is saved (f->stacktop). */
int mp_trace_instruction(mp_tstate *ts, mp_frame *f, mp_codeunit *instr);
void mp_trace_call(mp_tstate *ts, mp_frame *f);
void mp_trace_return(mp_tstate *ts, mp_frame *f, mp_obj retval);
void mp_trace_yield(mp_tstate *ts, mp_frame *f, mp_obj value);
void mp_trace_exception(mp_tstate *ts, mp_frame *f);
void mp_trace_exception_caught(mp_tstate *ts, mp_frame *f);
void mp_trace_unwind(mp_tstate *ts, mp_frame *f);

#endif
