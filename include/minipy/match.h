/* What the match statement's instructions do beyond a flag test
 * (vm/match.c): MATCH_CLASS and MATCH_KEYS, as CPython 3.11's ceval.c
 * match_class and match_keys. */
#ifndef MINIPY_MATCH_H
#define MINIPY_MATCH_H

#include <stdint.h>

#include "minipy/object.h"

/* The attributes a class pattern `type(<nargs positional>, <kwargs>=...)`
 * extracts from subject: a new tuple of nargs + len(kwargs) values when
 * subject is an instance of type that has them all; NULL without an
 * exception when it does not match; NULL with an exception on error
 * (type not a class, bad __match_args__, an attribute asked twice).
 * kwargs is a tuple of str. */
mp_obj mp_match_class(mp_obj subject, mp_obj type, intptr_t nargs, mp_obj kwargs);

/* The values of keys (a tuple) in the mapping map, looked up with
 * map.get(key, <dummy>) so that a dict subclass's __missing__ is not
 * called: a new tuple, or None (a new reference) when a key is missing;
 * NULL with ValueError when a key repeats, or another error. */
mp_obj mp_match_keys(mp_obj map, mp_obj keys);

#endif
