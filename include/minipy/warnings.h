/* Warnings (vm/warnings.c): what the warnings module does by default,
 * printing "file:line: Category: message" and the source line to stderr
 * once per location, with the filters the warnings module manages. */
#ifndef MINIPY_WARNINGS_H
#define MINIPY_WARNINGS_H

#include "minipy/object.h"

/* Issues a warning of category at the frame `stacklevel` levels up (1 is
 * the running Python frame).  0, or -1 when the warning was turned into an
 * exception by a filter. */
int mp_warn_format(mp_type *category, int stacklevel, const char *fmt, ...);
int mp_warn(mp_type *category, mp_obj message, int stacklevel);
/* mp_warn, with one more line (note, ending in a newline) printed after the
 * source line when the warning is shown: what the warnings module adds for
 * a warning with a source= object, such as the tracemalloc hint. */
int mp_warn_with_note(mp_type *category, mp_obj message, int stacklevel, const char *note);

#endif
