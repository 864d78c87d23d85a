/* The interactive prompt (vm/repl.c). */
#ifndef MINIPY_REPL_H
#define MINIPY_REPL_H

#include "minipy/object.h"

/* Reads, runs and shows statements in the namespace globals (borrowed)
 * until the end of input.  0, or -1 with SystemExit set (exit() or
 * raise SystemExit): the caller turns it into the exit status. */
int mp_repl_run(mp_obj globals);

#endif
