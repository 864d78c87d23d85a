/* The match statement at run time: the work of MATCH_CLASS and MATCH_KEYS
 * (match.h), with CPython 3.11's semantics and messages.  MATCH_SEQUENCE
 * and MATCH_MAPPING only test a type flag (object.h), in the eval loop. */
#include "minipy/match.h"

#include "minipy/abstract.h"
#include "minipy/exc.h"
#include "minipy/list.h"
#include "minipy/names.h"
#include "minipy/set.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

/* ---- class patterns --------------------------------------------------------- */

/* subject.name for the class pattern of type, or NULL: without an
 * exception when subject has no such attribute (no match), with one when
 * the pattern names the attribute twice or the lookup failed.  seen is a
 * set of the names taken so far. */
static mp_obj match_class_attr(mp_obj subject, mp_type *type, mp_obj name, mp_obj seen)
{
    int r = mp_set_contains(seen, name);
    if (r == 0)
        r = mp_set_add(seen, name) < 0 ? -1 : 0;
    if (r != 0) {
        if (r > 0)
            mp_err_format(&mp_type_TypeError, "%s() got multiple sub-patterns for attribute %R",
                          type->name, name);
        return NULL;
    }
    mp_obj attr;
    mp_obj_lookup_attr(subject, name, &attr);
    return attr;
}

/* The names of the positional sub-patterns from type.__match_args__ (a new
 * reference), with *match_self set when there is none and type matches
 * itself as a whole (int(x)); NULL with an exception. */
static mp_obj match_args_of(mp_type *type, int *match_self)
{
    mp_obj match_args;
    *match_self = 0;
    int r = mp_obj_lookup_attr((mp_obj)type, MP_NAME(__match_args__), &match_args);
    if (r < 0)
        return NULL;
    if (r == 0) {
        /* Only a type without __match_args__ matches itself: a subclass
         * that defines __match_args__ loses the behaviour. */
        *match_self = (type->flags & MP_TPFLAGS_MATCH_SELF) != 0;
        return mp_tuple_new(0);
    }
    if (mp_type_of(match_args) != &mp_type_tuple) {
        mp_err_format(&mp_type_TypeError, "%s.__match_args__ must be a tuple (got %T)",
                      type->name, match_args);
        mp_decref(match_args);
        return NULL;
    }
    return match_args;
}

/* Appends the attributes named by the positional sub-patterns to attrs;
 * 1, 0 for no match, -1 on error. */
static int match_positional(mp_obj subject, mp_type *type, intptr_t nargs, mp_obj seen,
                            mp_obj attrs)
{
    int match_self;
    mp_obj match_args = match_args_of(type, &match_self);
    if (!match_args)
        return -1;
    intptr_t allowed = match_self ? 1 : MP_TUPLE_LEN(match_args);
    int result = 1;
    if (allowed < nargs) {
        mp_err_format(&mp_type_TypeError, "%s() accepts %zd positional sub-pattern%s (%zd given)",
                      type->name, allowed, allowed == 1 ? "" : "s", nargs);
        result = -1;
    } else if (match_self) {
        /* int(x): x is the subject itself. */
        result = mp_list_append(attrs, subject) < 0 ? -1 : 1;
    } else {
        for (intptr_t i = 0; result > 0 && i < nargs; i++) {
            mp_obj name = MP_TUPLE_GET(match_args, i);
            if (!mp_str_check_exact(name)) {
                mp_err_format(&mp_type_TypeError,
                              "__match_args__ elements must be strings (got %T)", name);
                result = -1;
                break;
            }
            mp_obj attr = match_class_attr(subject, type, name, seen);
            if (!attr) {
                result = mp_err_occurred() ? -1 : 0;
                break;
            }
            result = mp_list_append(attrs, attr) < 0 ? -1 : 1;
            mp_decref(attr);
        }
    }
    mp_decref(match_args);
    return result;
}

mp_obj mp_match_class(mp_obj subject, mp_obj type, intptr_t nargs, mp_obj kwargs)
{
    if (!(mp_type_of(type)->flags & MP_TPFLAGS_TYPE_SUBCLASS))
        return mp_err_format(&mp_type_TypeError, "called match pattern must be a type");
    mp_type *t = (mp_type *)type;
    /* isinstance() first: __instancecheck__ has its say. */
    if (mp_obj_isinstance(subject, type) <= 0)
        return NULL;
    mp_obj seen = mp_set_new(NULL);
    if (!seen)
        return NULL;
    mp_obj attrs = mp_list_new(0);
    if (!attrs) {
        mp_decref(seen);
        return NULL;
    }
    int r = nargs ? match_positional(subject, t, nargs, seen, attrs) : 1;
    for (intptr_t i = 0; r > 0 && i < MP_TUPLE_LEN(kwargs); i++) {
        mp_obj attr = match_class_attr(subject, t, MP_TUPLE_GET(kwargs, i), seen);
        if (!attr) {
            r = mp_err_occurred() ? -1 : 0;
            break;
        }
        r = mp_list_append(attrs, attr) < 0 ? -1 : 1;
        mp_decref(attr);
    }
    mp_obj result = r > 0 ? mp_list_as_tuple(attrs) : NULL;
    mp_decref(attrs);
    mp_decref(seen);
    return result;
}

/* ---- mapping patterns --------------------------------------------------------- */

mp_obj mp_match_keys(mp_obj map, mp_obj keys)
{
    intptr_t nkeys = MP_TUPLE_LEN(keys);
    if (!nkeys)
        return mp_tuple_new(0);
    /* map.get(key, dummy) looks a key up in one step, and does not make a
     * defaultdict create the key (as map[key] would, via __missing__). */
    mp_obj get = NULL, seen = NULL, dummy = NULL, values = NULL;
    int meth_found = mp_obj_get_method(map, MP_NAME(get), &get);
    if (meth_found < 0)
        return NULL;
    seen = mp_set_new(NULL);
    dummy = seen ? mp_call0((mp_obj)&mp_type_object) : NULL;
    values = dummy ? mp_tuple_new(nkeys) : NULL;
    if (!values)
        goto fail;
    for (intptr_t i = 0; i < nkeys; i++) {
        mp_obj key = MP_TUPLE_GET(keys, i);
        int r = mp_set_contains(seen, key);
        if (r == 0)
            r = mp_set_add(seen, key) < 0 ? -1 : 0;
        if (r != 0) {
            if (r > 0)
                mp_err_format(&mp_type_ValueError, "mapping pattern checks duplicate key (%R)",
                              key);
            goto fail;
        }
        mp_obj args[3] = {map, key, dummy};
        mp_obj value = meth_found ? mp_call(get, args, 3, NULL) : mp_call(get, args + 1, 2, NULL);
        if (!value)
            goto fail;
        if (value == dummy) {
            /* A key is missing: no match. */
            mp_decref(value);
            MP_SETREF(values, mp_newref(mp_none));
            break;
        }
        MP_TUPLE_ITEMS(values)[i] = value;
    }
    mp_decref(get);
    mp_decref(seen);
    mp_decref(dummy);
    return values;
fail:
    mp_xdecref(get);
    mp_xdecref(seen);
    mp_xdecref(dummy);
    mp_xdecref(values);
    return NULL;
}
