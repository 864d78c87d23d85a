/* except*: splitting exception groups by type, and what is re-raised after
 * the handlers (exc.h). */
#include "minipy/abstract.h"
#include "minipy/call.h"
#include "minipy/exc.h"
#include "minipy/list.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

static int is_group(mp_obj o)
{
    return mp_type_is_subtype(mp_type_of(o), &mp_type_BaseExceptionGroup);
}

/* Splits eg into the leaves matching type and the rest, keeping the
 * nesting (each part made with eg.derive(), then given eg's traceback,
 * context and cause, as CPython does). */
static int split(mp_obj eg, mp_obj type, mp_obj *match, mp_obj *rest)
{
    *match = *rest = NULL;
    int m = mp_exc_matches(eg, type);
    if (m < 0)
        return -1;
    if (m) {
        *match = mp_newref(eg);
        return 0;
    }
    if (!is_group(eg)) {
        *rest = mp_newref(eg);
        return 0;
    }
    mp_obj excs = ((mp_exc_group *)eg)->excs;
    mp_obj mlist = mp_list_new(0), rlist = mp_list_new(0);
    if (!mlist || !rlist)
        goto fail;
    for (intptr_t i = 0; i < MP_TUPLE_LEN(excs); i++) {
        mp_obj sm, sr;
        if (split(MP_TUPLE_GET(excs, i), type, &sm, &sr) < 0)
            goto fail;
        int bad = (sm && mp_list_append(mlist, sm) < 0) || (sr && mp_list_append(rlist, sr) < 0);
        mp_xdecref(sm);
        mp_xdecref(sr);
        if (bad)
            goto fail;
    }
    mp_obj *outs[2] = {match, rest};
    mp_obj lists[2] = {mlist, rlist};
    for (int k = 0; k < 2; k++) {
        if (MP_LIST_LEN(lists[k]) == 0)
            continue;
        mp_obj part = mp_call_method(eg, "derive", &lists[k], 1);
        if (!part)
            goto fail;
        mp_exc *src = (mp_exc *)eg, *dst = (mp_exc *)part;
        mp_exc_set_traceback(part, src->traceback);
        if (src->context)
            mp_exc_set_context(part, mp_newref(src->context));
        if (src->cause)
            mp_exc_set_cause(part, mp_newref(src->cause));
        dst->suppress_context = src->suppress_context;
        *outs[k] = part;
    }
    mp_decref(mlist);
    mp_decref(rlist);
    return 0;
fail:
    mp_xdecref(mlist);
    mp_xdecref(rlist);
    MP_CLEAR(*match);
    MP_CLEAR(*rest);
    return -1;
}

int mp_exception_group_match(mp_obj eg, mp_obj type, mp_obj *match, mp_obj *rest)
{
    *match = *rest = NULL;
    if (eg == mp_none) {
        *match = mp_newref(mp_none);
        *rest = mp_newref(mp_none);
        return 0;
    }
    if (!is_group(eg)) {
        int m = mp_exc_matches(eg, type);
        if (m < 0)
            return -1;
        if (!m) {
            *match = mp_newref(mp_none);
            *rest = mp_newref(eg);
            return 0;
        }
        /* A naked exception caught by except* is wrapped in a group. */
        mp_obj excs = mp_tuple_pack(1, eg);
        mp_obj msg = mp_str_new("", 0);
        mp_obj args = excs && msg ? mp_tuple_pack(2, msg, excs) : NULL;
        mp_xdecref(excs);
        mp_xdecref(msg);
        if (!args)
            return -1;
        mp_obj g = mp_exc_new(&mp_type_ExceptionGroup, args);
        mp_decref(args);
        if (!g)
            return -1;
        mp_exc_set_traceback(g, mp_exc_get_traceback(eg));
        *match = g;
        *rest = mp_newref(mp_none);
        return 0;
    }
    if (split(eg, type, match, rest) < 0)
        return -1;
    if (!*match)
        *match = mp_newref(mp_none);
    if (!*rest)
        *rest = mp_newref(mp_none);
    return 0;
}

mp_obj mp_exception_group_prep_reraise(mp_obj orig, mp_obj excs)
{
    mp_obj raised = mp_list_new(0);
    if (!raised)
        return NULL;
    for (intptr_t i = 0; i < MP_LIST_LEN(excs); i++) {
        mp_obj e = MP_LIST_GET(excs, i);
        if (e != mp_none && mp_list_append(raised, e) < 0) {
            mp_decref(raised);
            return NULL;
        }
    }
    intptr_t n = MP_LIST_LEN(raised);
    if (n == 0) {
        mp_decref(raised);
        MP_RETURN_NONE;
    }
    if (n == 1) {
        mp_obj e = mp_newref(MP_LIST_GET(raised, 0));
        mp_decref(raised);
        return e;
    }
    mp_obj msg = mp_str_new("", 0);
    mp_obj args = msg ? mp_tuple_pack(2, msg, raised) : NULL;
    mp_xdecref(msg);
    mp_decref(raised);
    if (!args)
        return NULL;
    mp_obj g = mp_exc_new(&mp_type_ExceptionGroup, args);
    mp_decref(args);
    return g;
}
