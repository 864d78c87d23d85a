/* types.SimpleNamespace (objects/namespace.c): an object whose attributes
 * are the items of its __dict__, shown as namespace(a=1, b=2).  The
 * lib/ types module finds it as type(sys.implementation), as CPython's
 * types.py does. */
#ifndef MINIPY_NAMESPACE_H
#define MINIPY_NAMESPACE_H

#include "minipy/object.h"

typedef struct mp_namespace {
    mp_object ob;
    mp_obj dict;
} mp_namespace;

extern mp_type mp_type_namespace;

/* A namespace holding a copy of kwds (a dict of str keys, or NULL). */
mp_obj mp_namespace_new(mp_obj kwds);

#endif
