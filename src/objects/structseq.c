/* Struct sequences: tuples with named fields (structseq.h), as CPython's
 * Objects/structseq.c.  An instance is a tuple of n_fields items whose
 * ob.size is n_sequence, so that every tuple operation sees only the
 * visible items; the hidden ones are read through their member
 * descriptors and freed here. */
#include "minipy/structseq.h"

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/buf.h"
#include "minipy/descr.h"
#include "minipy/dict.h"
#include "minipy/exc.h"
#include "minipy/gc.h"
#include "minipy/int.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"

static mp_structseq_type *seqtype(mp_obj o) { return (mp_structseq_type *)mp_type_of(o); }

mp_obj mp_structseq_new(mp_structseq_type *t)
{
    mp_obj o = mp_obj_alloc_var(&t->type, t->n_fields);
    if (o)
        ((mp_tuple *)o)->ob.size = t->n_sequence;
    return o;
}

mp_obj mp_structseq_pack(mp_structseq_type *t, mp_obj const *values)
{
    mp_obj o = mp_structseq_new(t);
    if (!o)
        return NULL;
    for (int i = 0; i < t->n_fields; i++)
        MP_TUPLE_ITEMS(o)[i] = mp_newref(values[i] ? values[i] : mp_none);
    return o;
}

void mp_structseq_dealloc(mp_obj self)
{
    int n = seqtype(self)->n_fields;
    if (mp_gc_is_tracked(self))
        mp_gc_untrack(self);
    for (int i = n - 1; i >= 0; i--)
        MP_CLEAR(MP_TUPLE_ITEMS(self)[i]);
    mp_obj_free(self);
}

int mp_structseq_traverse(mp_obj self, mp_visitproc visit, void *arg)
{
    int n = seqtype(self)->n_fields;
    for (int i = 0; i < n; i++) {
        mp_obj v = MP_TUPLE_ITEMS(self)[i];
        if (v && visit(v, arg))
            return 1;
    }
    return 0;
}

/* time.struct_time(tm_year=2024, tm_mon=1, ...): the visible fields. */
mp_obj mp_structseq_repr(mp_obj self)
{
    mp_structseq_type *t = seqtype(self);
    mp_buf b = MP_BUF_INIT;
    mp_buf_puts(&b, t->type.name);
    mp_buf_putc(&b, '(');
    for (int i = 0; i < t->n_sequence; i++) {
        mp_obj r = mp_obj_repr(MP_TUPLE_ITEMS(self)[i]);
        if (!r) {
            mp_buf_free(&b);
            return NULL;
        }
        if (i > 0)
            mp_buf_append(&b, ", ", 2);
        mp_buf_puts(&b, t->type.members[i].name);
        mp_buf_putc(&b, '=');
        mp_buf_append(&b, mp_str_utf8(r), mp_str_nbytes(r));
        mp_decref(r);
    }
    mp_buf_putc(&b, ')');
    return mp_str_from_buf(&b);
}

mp_obj mp_structseq_no_new(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return mp_err_format(&mp_type_TypeError, "cannot create '%s' instances", type->name);
}

static mp_obj length_error(mp_structseq_type *t, const char *bound, intptr_t want, intptr_t got)
{
    if (bound)
        return mp_err_format(&mp_type_TypeError, "%s() takes an %s %zd-sequence (%zd-sequence given)",
                             t->type.name, bound, (size_t)want, (size_t)got);
    return mp_err_format(&mp_type_TypeError, "%s() takes a %zd-sequence (%zd-sequence given)",
                         t->type.name, (size_t)want, (size_t)got);
}

/* structseq(sequence, dict=None): the visible items from the sequence, at
 * most all of them; the fields not given come from dict, or are None. */
mp_obj mp_structseq_new_from_args(mp_type *type, mp_obj const *args, size_t nargs,
                                  mp_obj kwnames)
{
    static const char *const kwlist[] = {"sequence", "dict", NULL};
    mp_structseq_type *t = (mp_structseq_type *)type;
    mp_obj seq, dict;
    if (mp_arg_parse(args, nargs, kwnames, "structseq", kwlist, 1, 2, &seq, &dict) < 0)
        return NULL;
    if (dict == mp_none)
        dict = NULL;
    if (dict && !mp_dict_check(dict))
        return mp_err_format(&mp_type_TypeError, "%s() takes a dict as second arg, if any",
                             type->name);
    mp_obj items = mp_sequence_tuple(seq);
    if (!items) {
        if (mp_err_matches(&mp_type_TypeError)) {
            mp_err_clear();
            return mp_err_set_str(&mp_type_TypeError, "constructor requires a sequence");
        }
        return NULL;
    }
    intptr_t len = MP_TUPLE_LEN(items);
    int same = t->n_sequence == t->n_fields;
    mp_obj r = NULL;
    if (len < t->n_sequence)
        length_error(t, same ? NULL : "at least", t->n_sequence, len);
    else if (len > t->n_fields)
        length_error(t, same ? NULL : "at most", t->n_fields, len);
    else if ((r = mp_structseq_new(t))) {
        for (intptr_t i = 0; i < t->n_fields; i++) {
            mp_obj v = NULL;
            if (i < len)
                v = MP_TUPLE_GET(items, i);
            else if (dict && !(v = mp_dict_getitem_str(dict, type->members[i].name)) &&
                     mp_err_occurred()) {
                for (; i < t->n_fields; i++)
                    MP_TUPLE_ITEMS(r)[i] = mp_newref(mp_none);
                MP_CLEAR(r);
                break;
            }
            MP_TUPLE_ITEMS(r)[i] = mp_newref(v ? v : mp_none);
        }
    }
    mp_decref(items);
    return r;
}

/* __reduce__: (type, (visible items, {hidden name: value})). */
static mp_obj structseq_reduce(mp_obj self)
{
    mp_structseq_type *t = seqtype(self);
    mp_obj vis = mp_tuple_from_array(MP_TUPLE_ITEMS(self), t->n_sequence);
    mp_obj d = vis ? mp_dict_new() : NULL;
    for (int i = t->n_sequence; d && i < t->n_fields; i++)
        if (mp_dict_setitem_str(d, t->type.members[i].name, MP_TUPLE_ITEMS(self)[i]) < 0)
            MP_CLEAR(d);
    mp_obj args = d ? mp_tuple_pack(2, vis, d) : NULL;
    mp_obj r = args ? mp_tuple_pack(2, (mp_obj)&t->type, args) : NULL;
    mp_xdecref(vis);
    mp_xdecref(d);
    mp_xdecref(args);
    return r;
}

const mp_method_def mp_structseq_methods[] = {
    {"__reduce__", (void (*)(void))structseq_reduce, MP_METH_NOARGS, NULL},
    {NULL},
};

static int set_int(mp_type *t, const char *name, intptr_t v)
{
    mp_obj o = mp_int_from_ssize(v);
    int r = o ? mp_dict_setitem_str(t->dict, name, o) : -1;
    mp_xdecref(o);
    return r;
}

int mp_structseq_ready(mp_structseq_type *t)
{
    mp_type *type = &t->type;
    if (mp_type_ready(type) < 0)
        return -1;
    if (mp_dict_getitem_str(type->dict, "n_fields"))
        return 0;
    mp_obj names = mp_tuple_new(t->n_sequence);
    if (!names)
        return -1;
    for (int i = 0; i < t->n_sequence; i++)
        MP_TUPLE_ITEMS(names)[i] = mp_newref(mp_str_intern(type->members[i].name));
    int r = mp_dict_setitem_str(type->dict, "__match_args__", names);
    mp_decref(names);
    if (r < 0 || set_int(type, "n_sequence_fields", t->n_sequence) < 0 ||
        set_int(type, "n_unnamed_fields", 0) < 0 || set_int(type, "n_fields", t->n_fields) < 0)
        return -1;
    mp_type_modified(type);
    return 0;
}
