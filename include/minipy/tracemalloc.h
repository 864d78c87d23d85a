/* tracemalloc's hooks in the object allocator (modules/tracemalloc.c,
 * objects/object.c): while mp_tracemalloc_tracing is set, every object
 * allocated is reported with the bytes it was given, and every object
 * freed is reported too.  Off, the allocator pays one flag test. */
#ifndef MINIPY_TRACEMALLOC_H
#define MINIPY_TRACEMALLOC_H

#include <stddef.h>

#include "minipy/object.h"

extern int mp_tracemalloc_tracing;

void mp_tracemalloc_track(mp_obj o, size_t size);
void mp_tracemalloc_untrack(mp_obj o);

#endif
