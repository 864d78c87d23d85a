/* Source lines for tracebacks (vm/sourcecache.c), as CPython's linecache:
 * files are read on first use and kept; sources given as text (-c, the
 * REPL, exec of a string) can be registered under their pseudo-filename. */
#ifndef MINIPY_SOURCECACHE_H
#define MINIPY_SOURCECACHE_H

#include <stddef.h>

#include "minipy/object.h"

/* Line lineno (1-based) of the file named filename (a str), without its
 * newline; NULL when unknown.  The pointer stays valid until exit. */
const char *mp_source_line(mp_obj filename, int lineno, size_t *len);
/* The line as tracebacks and warnings show it: as mp_source_line, but
 * none for a pseudo-file ("<string>", "<stdin>"), as linecache gives none
 * (the tracer still shows those lines). */
const char *mp_source_line_shown(mp_obj filename, int lineno, size_t *len);
/* Registers text (copied) as the source of filename. */
int mp_source_register(const char *filename, const char *text, size_t len);
void mp_source_cache_clear(void);

#endif
