/* Start-up and shut-down of the runtime (vm/lifecycle.c). */
#ifndef MINIPY_LIFECYCLE_H
#define MINIPY_LIFECYCLE_H

/* Readies every built-in type, interns the common names, creates the
 * main thread's state, the builtins and sys modules.  0 or -1 (with a
 * message on stderr: there is no exception machinery yet to report by). */
int mp_runtime_init(void);

/* Runs the exit steps CPython runs (atexit, flushing sys.stdout and
 * sys.stderr), frees modules, interned strings and the thread state, so
 * that nothing is left alive.  Safe to call after a failed init. */
void mp_runtime_fini(void);

#endif
