/* Traceback objects and printing uncaught exceptions as CPython does
 * (vm/traceback.c). */
#ifndef MINIPY_TRACEBACK_H
#define MINIPY_TRACEBACK_H

#include "minipy/frame.h"
#include "minipy/object.h"

typedef struct mp_traceback {
    mp_object ob;
    struct mp_traceback *next;  /* toward the frame that raised */
    mp_frame_object *frame;
    int lasti;                  /* byte offset of the instruction */
    int lineno;
} mp_traceback;

extern mp_type mp_type_traceback;

/* Adds the frame f at its current instruction to the traceback of the
 * exception being raised (as the VM unwinds each frame). */
int mp_traceback_here(mp_frame *f);
/* Writes exc and its chain (causes, contexts) with tracebacks, as
 * CPython's default excepthook does, to the file object `file` (or the
 * process's stderr when NULL). */
void mp_traceback_print_exception(mp_obj exc, mp_obj file);

#endif
