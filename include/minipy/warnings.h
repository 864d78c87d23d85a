/* Warnings (vm/warnings.c): CPython's _warnings machinery.  The filters,
 * the once registry and the default action live here and are shared with
 * lib/warnings.py (through the _warnings module); a warning goes through
 * them, is remembered in its module's __warningregistry__, and is shown
 * as "file:line: Category: message" plus the source line, by the warnings
 * module's _showwarnmsg once that module is imported. */
#ifndef MINIPY_WARNINGS_H
#define MINIPY_WARNINGS_H

#include <stdint.h>

#include "minipy/object.h"

/* Issues a warning of category at the frame `stacklevel` levels up (1 is
 * the running Python frame).  0, or -1 with the exception set: a filter
 * turned the warning into one (action "error"), or showing it failed. */
int mp_warn_format(mp_type *category, int stacklevel, const char *fmt, ...);
int mp_warn(mp_type *category, mp_obj message, int stacklevel);
/* warnings.warn(message, category, stacklevel, source): message is a str
 * or a Warning instance (which then gives the category); category must
 * already be a Warning subclass.  source (NULL or None for none) is the
 * object the warning is about, for the tracemalloc hint. */
int mp_warn_ex(mp_obj message, mp_obj category, intptr_t stacklevel, mp_obj source);
/* warnings.warn_explicit: module NULL means the file name without ".py";
 * registry NULL or None means none; sourceline NULL means the file's line. */
int mp_warn_explicit_obj(mp_obj category, mp_obj message, mp_obj filename, int lineno,
                         mp_obj module, mp_obj registry, mp_obj sourceline, mp_obj source);
/* "coroutine 'qualname' was never awaited" for coro, from its finalizer,
 * as CPython's _PyErr_WarnUnawaitedCoroutine: never leaves an exception. */
void mp_warn_unawaited_coroutine(mp_obj coro, mp_obj qualname);

/* For the _warnings module: adds filters, _onceregistry and
 * _defaultaction (the shared objects) to module. */
int mp_warnings_add_state(mp_obj module);
/* _warnings._filters_mutated(): the registries made so far are stale. */
void mp_warnings_filters_mutated(void);

/* At start-up: PYTHONWARNINGS and the -W options (opts) into
 * sys.warnoptions, and if there are any, the warnings module imported to
 * apply them, as CPython does.  0 or -1. */
int mp_warnings_init_options(const char *const *opts, int nopts);

#endif
