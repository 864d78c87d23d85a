/* The built-in iterator types (objects/iter.c): the index-based iterator
 * of old-style sequences, iter(callable, sentinel), and the iterators
 * behind enumerate, zip, map, filter and reversed. */
#ifndef MINIPY_ITER_H
#define MINIPY_ITER_H

#include "minipy/object.h"

extern mp_type mp_type_seqiter, mp_type_callable_iterator, mp_type_enumerate, mp_type_zip,
    mp_type_map, mp_type_filter, mp_type_reversed;

/* Iterates seq[0], seq[1], ... until IndexError. */
mp_obj mp_seqiter_new(mp_obj seq);
/* iter(callable, sentinel) */
mp_obj mp_callable_iter_new(mp_obj callable, mp_obj sentinel);

#endif
