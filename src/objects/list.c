/* list: a growable array of references, over-allocating as CPython 3.11's
 * list_resize does (so that sys.getsizeof agrees), with slicing in every
 * form, a stable O(n log n) merge sort, and the list iterators.
 * (CPython's Objects/listobject.c.) */
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/buf.h"
#include "minipy/exc.h"
#include "minipy/float.h"
#include "minipy/gc.h"
#include "minipy/genericalias.h"
#include "minipy/int.h"
#include "minipy/list.h"
#include "minipy/mem.h"
#include "minipy/singletons.h"
#include "minipy/slice.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

#define LIST(o) ((mp_list *)(o))

/* ---- repr recursion guard ----------------------------------------------------------------
 * The containers being repr'd on this thread, innermost last.  A plain C
 * array: no objects are made, so nothing shows in the live-object count. */
static __thread mp_obj *repr_stack;
static __thread intptr_t repr_depth, repr_cap;

int mp_repr_enter(mp_obj o)
{
    for (intptr_t i = 0; i < repr_depth; i++)
        if (repr_stack[i] == o)
            return 1;
    if (repr_depth == repr_cap) {
        intptr_t cap = repr_cap ? repr_cap * 2 : 16;
        mp_obj *s = mp_realloc(repr_stack, (size_t)cap * sizeof(mp_obj));
        if (!s) {
            mp_err_no_memory();
            return -1;
        }
        repr_stack = s;
        repr_cap = cap;
    }
    repr_stack[repr_depth++] = o;
    return 0;
}

void mp_repr_leave(mp_obj o)
{
    for (intptr_t i = repr_depth - 1; i >= 0; i--) {
        if (repr_stack[i] == o) {
            memmove(repr_stack + i, repr_stack + i + 1,
                    (size_t)(repr_depth - i - 1) * sizeof(mp_obj));
            repr_depth--;
            break;
        }
    }
    if (repr_depth == 0) {
        mp_free(repr_stack);
        repr_stack = NULL;
        repr_cap = 0;
    }
}

/* ---- storage ------------------------------------------------------------------------------ */

/* CPython 3.11's list_resize: keeps the block when newsize fits and is at
 * least half of it, else over-allocates by about 1/8 plus 6, rounded to a
 * multiple of 4.  Sets the size; new slots are left unset. */
static int list_resize(mp_list *l, intptr_t newsize)
{
    intptr_t allocated = l->allocated;
    if (allocated >= newsize && newsize >= (allocated >> 1)) {
        l->ob.size = newsize;
        return 0;
    }
    size_t new_allocated = ((size_t)newsize + ((size_t)newsize >> 3) + 6) & ~(size_t)3;
    if (newsize - l->ob.size > (intptr_t)(new_allocated - (size_t)newsize))
        new_allocated = ((size_t)newsize + 3) & ~(size_t)3;
    if (newsize == 0)
        new_allocated = 0;
    if (new_allocated > (size_t)INTPTR_MAX / sizeof(mp_obj)) {
        mp_err_no_memory();
        return -1;
    }
    mp_obj *items;
    if (new_allocated == 0) {
        mp_free(l->items);
        items = NULL;
    } else {
        items = mp_realloc(l->items, new_allocated * sizeof(mp_obj));
        if (!items) {
            mp_err_no_memory();
            return -1;
        }
    }
    l->items = items;
    l->ob.size = newsize;
    l->allocated = (intptr_t)new_allocated;
    return 0;
}

/* Room for exactly size items (rounded up to even), for an empty list
 * about to be filled from a sequence of known length. */
static int list_preallocate_exact(mp_list *l, intptr_t size)
{
    size = (size + 1) & ~(intptr_t)1;
    if ((size_t)size > (size_t)INTPTR_MAX / sizeof(mp_obj)) {
        mp_err_no_memory();
        return -1;
    }
    mp_obj *items = mp_malloc((size_t)size * sizeof(mp_obj));
    if (!items) {
        mp_err_no_memory();
        return -1;
    }
    l->items = items;
    l->allocated = size;
    return 0;
}

mp_obj mp_list_new(intptr_t n)
{
    if (n < 0)
        return mp_err_set_str(&mp_type_SystemError, "negative list size");
    mp_list *l = (mp_list *)mp_obj_alloc(&mp_type_list);
    if (!l)
        return NULL;
    if (n > 0) {
        if ((size_t)n > (size_t)INTPTR_MAX / sizeof(mp_obj) ||
            !(l->items = mp_calloc((size_t)n, sizeof(mp_obj)))) {
            mp_decref((mp_obj)l);
            return mp_err_no_memory();
        }
        l->allocated = n;
        l->ob.size = n;
    }
    return (mp_obj)l;
}

/* Empties the list, dropping its references (re-entrancy safe: the list
 * is empty before any item's __del__ runs). */
static void list_clear_items(mp_list *l)
{
    mp_obj *items = l->items;
    intptr_t n = l->ob.size;
    if (!items)
        return;
    l->items = NULL;
    l->ob.size = 0;
    l->allocated = 0;
    while (--n >= 0)
        mp_xdecref(items[n]);
    mp_free(items);
}

static void list_dealloc(mp_obj self)
{
    if (mp_gc_is_tracked(self))
        mp_gc_untrack(self);
    list_clear_items(LIST(self));
    mp_obj_free(self);
}

static int list_gc_clear(mp_obj self)
{
    list_clear_items(LIST(self));
    return 0;
}

static int list_traverse(mp_obj self, mp_visitproc visit, void *arg)
{
    mp_list *l = LIST(self);
    for (intptr_t i = l->ob.size - 1; i >= 0; i--)
        if (l->items[i] && visit(l->items[i], arg))
            return 1;
    return 0;
}

int mp_list_append_steal(mp_obj list, mp_obj item)
{
    mp_list *l = LIST(list);
    intptr_t n = l->ob.size;
    if (n < l->allocated) {
        l->items[n] = item;
        l->ob.size = n + 1;
        return 0;
    }
    if (list_resize(l, n + 1) < 0) {
        mp_decref(item);
        return -1;
    }
    l->items[n] = item;
    return 0;
}

int mp_list_append(mp_obj list, mp_obj item)
{
    return mp_list_append_steal(list, mp_newref(item));
}

int mp_list_insert(mp_obj list, intptr_t where, mp_obj item)
{
    mp_list *l = LIST(list);
    intptr_t n = l->ob.size;
    if (list_resize(l, n + 1) < 0)
        return -1;
    if (where < 0) {
        where += n;
        if (where < 0)
            where = 0;
    }
    if (where > n)
        where = n;
    memmove(l->items + where + 1, l->items + where, (size_t)(n - where) * sizeof(mp_obj));
    l->items[where] = mp_newref(item);
    return 0;
}

mp_obj mp_list_slice(mp_obj list, intptr_t lo, intptr_t hi)
{
    intptr_t n = MP_LIST_LEN(list);
    if (lo < 0)
        lo = 0;
    else if (lo > n)
        lo = n;
    if (hi < lo)
        hi = lo;
    else if (hi > n)
        hi = n;
    mp_list *r = (mp_list *)mp_list_new(0);
    if (!r || hi == lo)
        return (mp_obj)r;
    if (list_preallocate_exact(r, hi - lo) < 0) {
        mp_decref((mp_obj)r);
        return NULL;
    }
    for (intptr_t i = lo; i < hi; i++)
        r->items[i - lo] = mp_newref(MP_LIST_GET(list, i));
    r->ob.size = hi - lo;
    return (mp_obj)r;
}

mp_obj mp_list_as_tuple(mp_obj list)
{
    return mp_tuple_from_array(MP_LIST_ITEMS(list), MP_LIST_LEN(list));
}

mp_obj mp_list_getitem(mp_obj list, intptr_t i)
{
    intptr_t n = MP_LIST_LEN(list);
    if (i < 0)
        i += n;
    if ((uintptr_t)i >= (uintptr_t)n)
        return mp_err_set_str(&mp_type_IndexError, "list index out of range");
    return mp_newref(MP_LIST_GET(list, i));
}

int mp_list_setitem(mp_obj list, intptr_t i, mp_obj item)
{
    if ((uintptr_t)i >= (uintptr_t)MP_LIST_LEN(list)) {
        mp_decref(item);
        mp_err_set_str(&mp_type_IndexError, "list assignment index out of range");
        return -1;
    }
    MP_SETREF(LIST(list)->items[i], item);
    return 0;
}

/* ---- extend ----------------------------------------------------------------------------------- */

static int extend_from_array(mp_list *l, mp_obj const *src_items, intptr_t n, int is_self)
{
    if (n == 0)
        return 0;
    intptr_t m = l->ob.size;
    if (!l->items) {
        if (list_preallocate_exact(l, n) < 0)
            return -1;
        l->ob.size = n;
    } else if (list_resize(l, m + n) < 0) {
        return -1;
    }
    /* Extending a list by itself reads its (possibly moved) own items. */
    mp_obj const *src = is_self ? l->items : src_items;
    for (intptr_t i = 0; i < n; i++)
        l->items[m + i] = mp_newref(src[i]);
    return 0;
}

static int extend_from_iter(mp_list *l, mp_obj iterable)
{
    mp_obj it = mp_obj_getiter(iterable);
    if (!it)
        return -1;
    intptr_t n = mp_obj_length_hint(iterable, 8);
    if (n < 0) {
        mp_decref(it);
        return -1;
    }
    intptr_t m = l->ob.size;
    if (m > INTPTR_MAX - n) {
        /* The hint lied about its size: ignore it. */
    } else if (!l->items) {
        if (n && list_preallocate_exact(l, n) < 0)
            goto error;
    } else {
        if (list_resize(l, m + n) < 0)
            goto error;
        l->ob.size = m;
    }
    mp_unaryfunc next = mp_type_of(it)->iternext;
    for (;;) {
        mp_obj item = next(it);
        if (!item) {
            if (mp_err_occurred()) {
                if (!mp_err_matches(&mp_type_StopIteration))
                    goto error;
                mp_err_clear();
            }
            break;
        }
        if (l->ob.size < l->allocated) {
            l->items[l->ob.size++] = item;
        } else if (mp_list_append_steal((mp_obj)l, item) < 0) {
            goto error;
        }
    }
    /* Cut back if the hint was too large. */
    if (l->ob.size < l->allocated && list_resize(l, l->ob.size) < 0)
        goto error;
    mp_decref(it);
    return 0;
error:
    mp_decref(it);
    return -1;
}

int mp_list_extend(mp_obj list, mp_obj iterable)
{
    mp_type *t = mp_type_of(iterable);
    if (t == &mp_type_list || iterable == list)
        return extend_from_array(LIST(list), MP_LIST_ITEMS(iterable), MP_LIST_LEN(iterable),
                                 iterable == list);
    if (t == &mp_type_tuple)
        return extend_from_array(LIST(list), MP_TUPLE_ITEMS(iterable), MP_TUPLE_LEN(iterable), 0);
    return extend_from_iter(LIST(list), iterable);
}

/* A list or tuple to read items from: the object itself, or a new list
 * made from any other iterable ("can only assign an iterable"). */
static mp_obj sequence_fast(mp_obj v, const char *message)
{
    mp_type *t = mp_type_of(v);
    if (t == &mp_type_list || t == &mp_type_tuple)
        return mp_newref(v);
    mp_obj it = mp_obj_getiter(v);
    if (!it) {
        if (mp_err_matches(&mp_type_TypeError))
            mp_err_set_str(&mp_type_TypeError, message);
        return NULL;
    }
    mp_obj l = mp_sequence_list(it);
    mp_decref(it);
    return l;
}

static void fast_items(mp_obj seq, mp_obj **items, intptr_t *n)
{
    if (mp_type_of(seq) == &mp_type_tuple) {
        *items = MP_TUPLE_ITEMS(seq);
        *n = MP_TUPLE_LEN(seq);
    } else {
        *items = MP_LIST_ITEMS(seq);
        *n = MP_LIST_LEN(seq);
    }
}

/* ---- slice assignment --------------------------------------------------------------------------- */

/* a[ilow:ihigh] = v (v NULL: delete), CPython's list_ass_slice. */
static int list_ass_slice(mp_list *a, intptr_t ilow, intptr_t ihigh, mp_obj v)
{
    mp_obj seq = NULL, *vitems = NULL;
    intptr_t n = 0;
    if (v) {
        seq = (v == (mp_obj)a) ? mp_list_slice(v, 0, MP_LIST_LEN(v))
                               : sequence_fast(v, "can only assign an iterable");
        if (!seq)
            return -1;
        fast_items(seq, &vitems, &n);
    }
    intptr_t size = a->ob.size;
    if (ilow < 0)
        ilow = 0;
    else if (ilow > size)
        ilow = size;
    if (ihigh < ilow)
        ihigh = ilow;
    else if (ihigh > size)
        ihigh = size;
    intptr_t norig = ihigh - ilow;
    intptr_t d = n - norig;
    if (size + d == 0) {
        mp_xdecref(seq);
        list_clear_items(a);
        return 0;
    }
    mp_obj recycle_small[8], *recycle = recycle_small;
    if (norig > 8 && !(recycle = mp_malloc((size_t)norig * sizeof(mp_obj)))) {
        mp_xdecref(seq);
        mp_err_no_memory();
        return -1;
    }
    if (norig)
        memcpy(recycle, a->items + ilow, (size_t)norig * sizeof(mp_obj));
    int ok = 0;
    if (d < 0) {
        memmove(a->items + ihigh + d, a->items + ihigh, (size_t)(size - ihigh) * sizeof(mp_obj));
        if (list_resize(a, size + d) < 0) {
            memmove(a->items + ihigh, a->items + ihigh + d,
                    (size_t)(size - ihigh) * sizeof(mp_obj));
            memcpy(a->items + ilow, recycle, (size_t)norig * sizeof(mp_obj));
            ok = -1;
        }
    } else if (d > 0) {
        if (list_resize(a, size + d) < 0)
            ok = -1;
        else
            memmove(a->items + ihigh + d, a->items + ihigh,
                    (size_t)(size - ihigh) * sizeof(mp_obj));
    }
    if (ok == 0) {
        for (intptr_t k = 0; k < n; k++)
            a->items[ilow + k] = mp_newref(vitems[k]);
        for (intptr_t k = norig - 1; k >= 0; k--)
            mp_decref(recycle[k]);
    }
    if (recycle != recycle_small)
        mp_free(recycle);
    mp_xdecref(seq);
    return ok;
}

static int list_ass_item(mp_obj self, intptr_t i, mp_obj v)
{
    if ((uintptr_t)i >= (uintptr_t)MP_LIST_LEN(self)) {
        mp_err_set_str(&mp_type_IndexError, "list assignment index out of range");
        return -1;
    }
    if (!v)
        return list_ass_slice(LIST(self), i, i + 1, NULL);
    MP_SETREF(LIST(self)->items[i], mp_newref(v));
    return 0;
}

/* del a[start:stop:step] for step != 1. */
static int delete_extended(mp_list *l, intptr_t start, intptr_t step, intptr_t n)
{
    if (n <= 0)
        return 0;
    if (step < 0) {
        start = start + step * (n - 1);
        step = -step;
    }
    mp_obj *garbage = mp_malloc((size_t)n * sizeof(mp_obj));
    if (!garbage) {
        mp_err_no_memory();
        return -1;
    }
    intptr_t size = l->ob.size, w = start, g = 0;
    for (intptr_t r = start; r < size; r++) {
        if (g < n && r == start + g * step)
            garbage[g++] = l->items[r];
        else
            l->items[w++] = l->items[r];
    }
    l->ob.size = size - n;
    int res = list_resize(l, l->ob.size);
    for (intptr_t i = 0; i < n; i++)
        mp_decref(garbage[i]);
    mp_free(garbage);
    return res;
}

static int assign_extended(mp_list *l, intptr_t start, intptr_t step, intptr_t n, mp_obj value)
{
    mp_obj seq = (value == (mp_obj)l) ? mp_list_slice(value, 0, MP_LIST_LEN(value))
                                      : sequence_fast(value, "must assign iterable to extended slice");
    if (!seq)
        return -1;
    mp_obj *items;
    intptr_t m;
    fast_items(seq, &items, &m);
    if (m != n) {
        mp_err_format(&mp_type_ValueError,
                      "attempt to assign sequence of size %zd to extended slice of size %zd",
                      (size_t)m, (size_t)n);
        mp_decref(seq);
        return -1;
    }
    if (n == 0) {
        mp_decref(seq);
        return 0;
    }
    mp_obj *garbage = mp_malloc((size_t)n * sizeof(mp_obj));
    if (!garbage) {
        mp_decref(seq);
        mp_err_no_memory();
        return -1;
    }
    for (intptr_t i = 0, cur = start; i < n; i++, cur += step) {
        garbage[i] = l->items[cur];
        l->items[cur] = mp_newref(items[i]);
    }
    for (intptr_t i = 0; i < n; i++)
        mp_decref(garbage[i]);
    mp_free(garbage);
    mp_decref(seq);
    return 0;
}

static int list_ass_subscript(mp_obj self, mp_obj key, mp_obj value)
{
    if (mp_index_check(key)) {
        intptr_t i = mp_number_as_ssize(key, &mp_type_IndexError);
        if (i == -1 && mp_err_occurred())
            return -1;
        if (i < 0)
            i += MP_LIST_LEN(self);
        return list_ass_item(self, i, value);
    }
    if (!mp_slice_check(key)) {
        mp_err_format(&mp_type_TypeError, "list indices must be integers or slices, not %s",
                      mp_type_of(key)->name);
        return -1;
    }
    intptr_t start, stop, step, n;
    if (mp_slice_indices(key, MP_LIST_LEN(self), &start, &stop, &step, &n) < 0)
        return -1;
    if (step == 1)
        return list_ass_slice(LIST(self), start, stop, value);
    if (!value)
        return delete_extended(LIST(self), start, step, n);
    return assign_extended(LIST(self), start, step, n, value);
}

/* ---- reading ------------------------------------------------------------------------------------ */

static intptr_t list_length(mp_obj self) { return MP_LIST_LEN(self); }

static mp_obj list_item(mp_obj self, intptr_t i)
{
    if ((uintptr_t)i >= (uintptr_t)MP_LIST_LEN(self))
        return mp_err_set_str(&mp_type_IndexError, "list index out of range");
    return mp_newref(MP_LIST_GET(self, i));
}

static mp_obj list_subscript(mp_obj self, mp_obj key)
{
    if (mp_is_small(key))
        return mp_list_getitem(self, mp_small_value(key));
    if (mp_index_check(key)) {
        intptr_t i = mp_number_as_ssize(key, &mp_type_IndexError);
        if (i == -1 && mp_err_occurred())
            return NULL;
        return mp_list_getitem(self, i);
    }
    if (mp_slice_check(key)) {
        intptr_t start, stop, step, n;
        if (mp_slice_indices(key, MP_LIST_LEN(self), &start, &stop, &step, &n) < 0)
            return NULL;
        if (step == 1)
            return mp_list_slice(self, start, stop);
        mp_list *r = (mp_list *)mp_list_new(0);
        if (!r || n <= 0)
            return (mp_obj)r;
        if (list_preallocate_exact(r, n) < 0) {
            mp_decref((mp_obj)r);
            return NULL;
        }
        for (intptr_t k = 0, i = start; k < n; k++, i += step)
            r->items[k] = mp_newref(MP_LIST_GET(self, i));
        r->ob.size = n;
        return (mp_obj)r;
    }
    return mp_err_format(&mp_type_TypeError, "list indices must be integers or slices, not %s",
                         mp_type_of(key)->name);
}

/* Compares item i of l with x (1, 0, -1); the item is held across the
 * call, since __eq__ may shrink the list. */
static int item_eq(mp_obj l, intptr_t i, mp_obj x)
{
    mp_obj item = mp_newref(MP_LIST_GET(l, i));
    int r = mp_obj_richcompare_bool(item, x, MP_EQ);
    mp_decref(item);
    return r;
}

static int list_contains(mp_obj self, mp_obj x)
{
    for (intptr_t i = 0; i < MP_LIST_LEN(self); i++) {
        int r = item_eq(self, i, x);
        if (r != 0)
            return r;
    }
    return 0;
}

static mp_obj list_concat(mp_obj a, mp_obj b)
{
    if (!mp_list_check(b))
        return mp_err_format(&mp_type_TypeError, "can only concatenate list (not \"%s\") to list",
                             mp_type_of(b)->name);
    intptr_t na = MP_LIST_LEN(a), nb = MP_LIST_LEN(b);
    mp_obj r = mp_list_new(na + nb);
    if (!r)
        return NULL;
    for (intptr_t i = 0; i < na; i++)
        MP_LIST_ITEMS(r)[i] = mp_newref(MP_LIST_GET(a, i));
    for (intptr_t i = 0; i < nb; i++)
        MP_LIST_ITEMS(r)[na + i] = mp_newref(MP_LIST_GET(b, i));
    return r;
}

static mp_obj list_repeat(mp_obj self, intptr_t count)
{
    intptr_t n = MP_LIST_LEN(self);
    if (count <= 0 || n == 0)
        return mp_list_new(0);
    if (count > INTPTR_MAX / n / (intptr_t)sizeof(mp_obj))
        return mp_err_no_memory();
    mp_obj r = mp_list_new(n * count);
    if (!r)
        return NULL;
    mp_obj *dst = MP_LIST_ITEMS(r);
    for (intptr_t c = 0; c < count; c++)
        for (intptr_t i = 0; i < n; i++)
            *dst++ = mp_newref(MP_LIST_GET(self, i));
    return r;
}

static mp_obj list_inplace_concat(mp_obj self, mp_obj other)
{
    if (mp_list_extend(self, other) < 0)
        return NULL;
    return mp_newref(self);
}

static mp_obj list_inplace_repeat(mp_obj self, intptr_t count)
{
    mp_list *l = LIST(self);
    intptr_t n = l->ob.size;
    if (n == 0 || count == 1)
        return mp_newref(self);
    if (count < 1) {
        list_clear_items(l);
        return mp_newref(self);
    }
    if (count > INTPTR_MAX / n / (intptr_t)sizeof(mp_obj))
        return mp_err_no_memory();
    if (list_resize(l, n * count) < 0)
        return NULL;
    for (intptr_t c = 1; c < count; c++)
        for (intptr_t i = 0; i < n; i++)
            l->items[c * n + i] = mp_newref(l->items[i]);
    return mp_newref(self);
}

/* ---- repr and comparison ------------------------------------------------------------------------ */

static mp_obj list_repr(mp_obj self)
{
    if (MP_LIST_LEN(self) == 0)
        return mp_str_new("[]", 2);
    int rec = mp_repr_enter(self);
    if (rec != 0)
        return rec < 0 ? NULL : mp_str_new("[...]", 5);
    mp_buf b = MP_BUF_INIT;
    mp_buf_putc(&b, '[');
    /* The list may change while its items' reprs run: re-read each time. */
    for (intptr_t i = 0; i < MP_LIST_LEN(self); i++) {
        if (i > 0)
            mp_buf_append(&b, ", ", 2);
        mp_obj item = mp_newref(MP_LIST_GET(self, i));
        mp_obj r = mp_obj_repr(item);
        mp_decref(item);
        if (!r) {
            mp_buf_free(&b);
            mp_repr_leave(self);
            return NULL;
        }
        mp_buf_append(&b, mp_str_utf8(r), mp_str_nbytes(r));
        mp_decref(r);
    }
    mp_buf_putc(&b, ']');
    mp_repr_leave(self);
    return mp_str_from_buf(&b);
}

static mp_obj list_richcompare(mp_obj a, mp_obj b, int op)
{
    if (!mp_list_check(a) || !mp_list_check(b))
        MP_RETURN_NOTIMPLEMENTED;
    if ((op == MP_EQ || op == MP_NE) && MP_LIST_LEN(a) != MP_LIST_LEN(b))
        return mp_bool(op == MP_NE);
    /* The first index where the items differ; both lists may change
     * during the comparisons, so sizes are re-read. */
    intptr_t i;
    for (i = 0; i < MP_LIST_LEN(a) && i < MP_LIST_LEN(b); i++) {
        mp_obj x = mp_newref(MP_LIST_GET(a, i)), y = mp_newref(MP_LIST_GET(b, i));
        int k = mp_obj_richcompare_bool(x, y, MP_EQ);
        mp_decref(x);
        mp_decref(y);
        if (k < 0)
            return NULL;
        if (!k)
            break;
    }
    if (i >= MP_LIST_LEN(a) || i >= MP_LIST_LEN(b)) {
        /* One ran out: the lengths decide. */
        intptr_t na = MP_LIST_LEN(a), nb = MP_LIST_LEN(b);
        int r;
        switch (op) {
        case MP_LT: r = na < nb; break;
        case MP_LE: r = na <= nb; break;
        case MP_EQ: r = na == nb; break;
        case MP_NE: r = na != nb; break;
        case MP_GT: r = na > nb; break;
        default: r = na >= nb; break;
        }
        return mp_bool(r);
    }
    if (op == MP_EQ)
        return mp_bool(0);
    if (op == MP_NE)
        return mp_bool(1);
    mp_obj x = mp_newref(MP_LIST_GET(a, i)), y = mp_newref(MP_LIST_GET(b, i));
    mp_obj r = mp_obj_richcompare(x, y, op);
    mp_decref(x);
    mp_decref(y);
    return r;
}

/* ---- sort ----------------------------------------------------------------------------------------
 * A stable merge sort over (key, value) pairs: binary insertion sort on
 * runs of 32, then bottom-up merging that skips pairs of runs already in
 * order (so sorted input costs O(n)).  Only `<` is used, as CPython's
 * sort, with fast comparisons when every key is a small int, a str or a
 * float.  On an error the pairs are still a permutation of the input. */

typedef struct {
    mp_obj key, value;
} sortpair;

enum { CMP_GENERIC, CMP_SMALLINT, CMP_STR, CMP_FLOAT };

static int key_lt(int kind, mp_obj a, mp_obj b)
{
    switch (kind) {
    case CMP_SMALLINT: return mp_small_value(a) < mp_small_value(b);
    case CMP_STR: return mp_str_compare(a, b) < 0;
    case CMP_FLOAT: return ((mp_float *)a)->value < ((mp_float *)b)->value;
    default: return mp_obj_richcompare_bool(a, b, MP_LT);
    }
}

static int compare_kind(sortpair *p, intptr_t n)
{
    int small = 1, str = 1, flt = 1;
    for (intptr_t i = 0; i < n; i++) {
        mp_obj k = p[i].key;
        small &= mp_is_small(k);
        str &= mp_str_check_exact(k);
        flt &= !mp_is_small(k) && k->type == &mp_type_float;
    }
    return small ? CMP_SMALLINT : str ? CMP_STR : flt ? CMP_FLOAT : CMP_GENERIC;
}

static int insertion_sort(int kind, sortpair *a, intptr_t n)
{
    for (intptr_t i = 1; i < n; i++) {
        sortpair x = a[i];
        intptr_t lo = 0, hi = i;
        /* The rightmost place where x fits keeps equal keys in order. */
        while (lo < hi) {
            intptr_t mid = lo + (hi - lo) / 2;
            int lt = key_lt(kind, x.key, a[mid].key);
            if (lt < 0)
                return -1;
            if (lt)
                hi = mid;
            else
                lo = mid + 1;
        }
        memmove(a + lo + 1, a + lo, (size_t)(i - lo) * sizeof(sortpair));
        a[lo] = x;
    }
    return 0;
}

/* Merges the sorted runs a[0:na] and a[na:na+nb], using tmp (na pairs). */
static int merge_runs(int kind, sortpair *a, intptr_t na, intptr_t nb, sortpair *tmp)
{
    memcpy(tmp, a, (size_t)na * sizeof(sortpair));
    sortpair *left = tmp, *left_end = tmp + na;
    sortpair *right = a + na, *right_end = a + na + nb, *out = a;
    int err = 0;
    while (left < left_end && right < right_end) {
        int lt = key_lt(kind, right->key, left->key);
        if (lt < 0) {
            err = -1;
            break;
        }
        *out++ = lt ? *right++ : *left++;
    }
    /* What is left of the right run is already in place. */
    memcpy(out, left, (size_t)(left_end - left) * sizeof(sortpair));
    return err;
}

#define MIN_RUN 32

static int merge_sort(sortpair *a, intptr_t n)
{
    if (n < 2)
        return 0;
    int kind = compare_kind(a, n);
    for (intptr_t lo = 0; lo < n; lo += MIN_RUN)
        if (insertion_sort(kind, a + lo, lo + MIN_RUN < n ? MIN_RUN : n - lo) < 0)
            return -1;
    if (n <= MIN_RUN)
        return 0;
    sortpair *tmp = mp_malloc((size_t)n * sizeof(sortpair));
    if (!tmp) {
        mp_err_no_memory();
        return -1;
    }
    for (intptr_t width = MIN_RUN; width < n; width *= 2) {
        for (intptr_t lo = 0; lo + width < n; lo += 2 * width) {
            intptr_t nb = lo + 2 * width <= n ? width : n - lo - width;
            int lt = key_lt(kind, a[lo + width].key, a[lo + width - 1].key);
            if (lt < 0 || (lt && merge_runs(kind, a + lo, width, nb, tmp) < 0)) {
                mp_free(tmp);
                return -1;
            }
        }
    }
    mp_free(tmp);
    return 0;
}

static void reverse_pairs(sortpair *p, intptr_t n)
{
    for (intptr_t i = 0, j = n - 1; i < j; i++, j--) {
        sortpair t = p[i];
        p[i] = p[j];
        p[j] = t;
    }
}

int mp_list_sort(mp_obj list, mp_obj key, int reverse)
{
    mp_list *l = LIST(list);
    if (key == mp_none)
        key = NULL;
    /* The list is emptied while it is sorted, so that changes made by key
     * functions or comparisons can be detected afterwards. */
    mp_obj *saved = l->items;
    intptr_t n = l->ob.size, saved_alloc = l->allocated;
    l->items = NULL;
    l->ob.size = 0;
    l->allocated = -1;
    int result = 0;
    sortpair *pairs = n ? mp_malloc((size_t)n * sizeof(sortpair)) : NULL;
    if (n && !pairs) {
        mp_err_no_memory();
        result = -1;
        goto restore;
    }
    for (intptr_t i = 0; i < n; i++) {
        pairs[i].value = saved[i];
        pairs[i].key = key ? NULL : saved[i];
    }
    for (intptr_t i = 0; key && i < n; i++) {
        if (!(pairs[i].key = mp_call1(key, saved[i]))) {
            result = -1;
            break;
        }
    }
    if (result == 0) {
        if (reverse)
            reverse_pairs(pairs, n);
        result = merge_sort(pairs, n);
        if (reverse)
            reverse_pairs(pairs, n);
        /* Even after a failed comparison the pairs are a permutation. */
        for (intptr_t i = 0; i < n; i++)
            saved[i] = pairs[i].value;
    }
    for (intptr_t i = 0; key && i < n; i++)
        mp_xdecref(pairs[i].key);
restore:;
    mp_obj *final = l->items;
    intptr_t final_n = l->ob.size;
    int modified = l->allocated != -1;
    l->items = saved;
    l->ob.size = n;
    l->allocated = saved_alloc;
    if (final) {
        while (--final_n >= 0)
            mp_xdecref(final[final_n]);
        mp_free(final);
    }
    mp_free(pairs);
    if (modified && result == 0) {
        mp_err_set_str(&mp_type_ValueError, "list modified during sort");
        result = -1;
    }
    return result;
}

int mp_list_reverse(mp_obj list)
{
    mp_obj *p = MP_LIST_ITEMS(list);
    for (intptr_t i = 0, j = MP_LIST_LEN(list) - 1; i < j; i++, j--) {
        mp_obj t = p[i];
        p[i] = p[j];
        p[j] = t;
    }
    return 0;
}

/* ---- methods --------------------------------------------------------------------------------------- */

static mp_obj list_append_meth(mp_obj self, mp_obj x)
{
    if (mp_list_append(self, x) < 0)
        return NULL;
    MP_RETURN_NONE;
}

static mp_obj list_extend_meth(mp_obj self, mp_obj x)
{
    if (mp_list_extend(self, x) < 0)
        return NULL;
    MP_RETURN_NONE;
}

/* An index argument: an int or anything with __index__. */
static int index_arg(mp_obj o, intptr_t *out)
{
    if (mp_is_small(o)) {
        *out = mp_small_value(o);
        return 0;
    }
    if (!mp_index_check(o)) {
        mp_err_format(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer",
                      mp_type_of(o)->name);
        return -1;
    }
    *out = mp_number_as_ssize(o, &mp_type_OverflowError);
    return (*out == -1 && mp_err_occurred()) ? -1 : 0;
}

static mp_obj list_insert_meth(mp_obj self, mp_obj const *args, size_t nargs)
{
    intptr_t i;
    if (mp_arg_check_count("insert", nargs, 2, 2) < 0 || index_arg(args[0], &i) < 0)
        return NULL;
    if (mp_list_insert(self, i, args[1]) < 0)
        return NULL;
    MP_RETURN_NONE;
}

static mp_obj list_pop_meth(mp_obj self, mp_obj const *args, size_t nargs)
{
    intptr_t i = -1;
    if (mp_arg_check_count("pop", nargs, 0, 1) < 0 || (nargs && index_arg(args[0], &i) < 0))
        return NULL;
    mp_list *l = LIST(self);
    intptr_t n = l->ob.size;
    if (n == 0)
        return mp_err_set_str(&mp_type_IndexError, "pop from empty list");
    if (i < 0)
        i += n;
    if ((uintptr_t)i >= (uintptr_t)n)
        return mp_err_set_str(&mp_type_IndexError, "pop index out of range");
    mp_obj v = l->items[i];
    if (i == n - 1) {
        if (list_resize(l, n - 1) < 0)
            return NULL;
        return v;
    }
    mp_incref(v);
    if (list_ass_slice(l, i, i + 1, NULL) < 0) {
        mp_decref(v);
        return NULL;
    }
    return v;
}

static mp_obj list_remove_meth(mp_obj self, mp_obj x)
{
    for (intptr_t i = 0; i < MP_LIST_LEN(self); i++) {
        int r = item_eq(self, i, x);
        if (r < 0)
            return NULL;
        if (r) {
            if (list_ass_slice(LIST(self), i, i + 1, NULL) < 0)
                return NULL;
            MP_RETURN_NONE;
        }
    }
    return mp_err_set_str(&mp_type_ValueError, "list.remove(x): x not in list");
}

static mp_obj list_index_meth(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("index", nargs, 1, 3) < 0)
        return NULL;
    intptr_t start, stop;
    if (mp_seq_index_args(args, nargs, MP_LIST_LEN(self), &start, &stop) < 0)
        return NULL;
    for (intptr_t i = start; i < stop && i < MP_LIST_LEN(self); i++) {
        int r = item_eq(self, i, args[0]);
        if (r > 0)
            return mp_int_from_ssize(i);
        if (r < 0)
            return NULL;
    }
    return mp_err_format(&mp_type_ValueError, "%R is not in list", args[0]);
}

static mp_obj list_count_meth(mp_obj self, mp_obj x)
{
    intptr_t c = 0;
    for (intptr_t i = 0; i < MP_LIST_LEN(self); i++) {
        mp_obj item = MP_LIST_GET(self, i);
        if (item == x) {
            c++;
            continue;
        }
        int r = item_eq(self, i, x);
        if (r < 0)
            return NULL;
        c += r;
    }
    return mp_int_from_ssize(c);
}

static mp_obj list_clear_meth(mp_obj self)
{
    list_clear_items(LIST(self));
    MP_RETURN_NONE;
}

static mp_obj list_copy_meth(mp_obj self)
{
    return mp_list_slice(self, 0, MP_LIST_LEN(self));
}

static mp_obj list_reverse_meth(mp_obj self)
{
    mp_list_reverse(self);
    MP_RETURN_NONE;
}

static mp_obj list_sort_meth(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"key", "reverse", NULL};
    mp_obj key = NULL, rev = NULL;
    if (mp_arg_parse(args, nargs, kwnames, "sort", kwlist, 0, 0, &key, &rev) < 0)
        return NULL;
    intptr_t reverse = 0;
    if (rev) {
        if (mp_float_check(rev))
            return mp_err_set_str(&mp_type_TypeError, "'float' object cannot be interpreted as an integer");
        if (index_arg(rev, &reverse) < 0)
            return NULL;
    }
    if (mp_list_sort(self, key, reverse != 0) < 0)
        return NULL;
    MP_RETURN_NONE;
}

static mp_obj list_sizeof_meth(mp_obj self)
{
    return mp_int_from_ssize((intptr_t)sizeof(mp_list) + LIST(self)->allocated * (intptr_t)sizeof(mp_obj));
}

static mp_obj list_reversed_meth(mp_obj self);

static const mp_method_def list_methods[] = {
    {"__reversed__", (void (*)(void))list_reversed_meth, MP_METH_NOARGS,
     "Return a reverse iterator over the list."},
    {"__sizeof__", (void (*)(void))list_sizeof_meth, MP_METH_NOARGS,
     "Return the size of the list in memory, in bytes."},
    {"clear", (void (*)(void))list_clear_meth, MP_METH_NOARGS, "Remove all items from list."},
    {"copy", (void (*)(void))list_copy_meth, MP_METH_NOARGS, "Return a shallow copy of the list."},
    {"append", (void (*)(void))list_append_meth, MP_METH_O, "Append object to the end of the list."},
    {"insert", (void (*)(void))list_insert_meth, MP_METH_FASTCALL, "Insert object before index."},
    {"extend", (void (*)(void))list_extend_meth, MP_METH_O,
     "Extend list by appending elements from the iterable."},
    {"pop", (void (*)(void))list_pop_meth, MP_METH_FASTCALL,
     "Remove and return item at index (default last).\n\n"
     "Raises IndexError if list is empty or index is out of range."},
    {"remove", (void (*)(void))list_remove_meth, MP_METH_O,
     "Remove first occurrence of value.\n\nRaises ValueError if the value is not present."},
    {"index", (void (*)(void))list_index_meth, MP_METH_FASTCALL,
     "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"count", (void (*)(void))list_count_meth, MP_METH_O, "Return number of occurrences of value."},
    {"reverse", (void (*)(void))list_reverse_meth, MP_METH_NOARGS, "Reverse *IN PLACE*."},
    {"sort", (void (*)(void))list_sort_meth, MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Sort the list in ascending order and return None.\n\n"
     "The sort is in-place (i.e. the list itself is modified) and stable (i.e. the\n"
     "order of two equal elements is maintained).\n\n"
     "If a key function is given, apply it once to each list item and sort them,\n"
     "ascending or descending, according to their function values.\n\n"
     "The reverse flag can be set to sort in descending order."},
    MP_CLASS_GETITEM_METHOD,
    {NULL},
};

/* ---- construction --------------------------------------------------------------------------------- */

static mp_obj list_new_slot(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return mp_obj_alloc(type);
}

static int list_init(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    mp_type *t = mp_type_of(self);
    if ((t == &mp_type_list || t->new_ == mp_type_list.new_) &&
        mp_arg_no_kwargs("list", kwnames) < 0)
        return -1;
    if (mp_arg_check_count("list", nargs, 0, 1) < 0)
        return -1;
    if (LIST(self)->items)
        list_clear_items(LIST(self));
    if (nargs)
        return mp_list_extend(self, args[0]);
    return 0;
}

/* ---- iterators -------------------------------------------------------------------------------------- */

typedef struct {
    mp_object ob;
    intptr_t index;
    mp_obj seq; /* NULL when exhausted */
} list_iter;

static mp_obj list_iter_alloc(mp_type *t, mp_obj seq, intptr_t index)
{
    list_iter *it = (list_iter *)mp_obj_alloc(t);
    if (!it)
        return NULL;
    it->seq = mp_newref(seq);
    it->index = index;
    return (mp_obj)it;
}

static mp_obj list_iter_new(mp_obj seq) { return list_iter_alloc(&mp_type_list_iterator, seq, 0); }

static mp_obj list_reversed_meth(mp_obj self)
{
    return list_iter_alloc(&mp_type_list_reverseiterator, self, MP_LIST_LEN(self) - 1);
}

static mp_obj list_iter_next(mp_obj self)
{
    list_iter *it = (list_iter *)self;
    if (!it->seq)
        return NULL;
    if (it->index < MP_LIST_LEN(it->seq))
        return mp_newref(MP_LIST_GET(it->seq, it->index++));
    MP_CLEAR(it->seq);
    return NULL;
}

static mp_obj list_reviter_next(mp_obj self)
{
    list_iter *it = (list_iter *)self;
    if (!it->seq)
        return NULL;
    if (it->index >= 0 && it->index < MP_LIST_LEN(it->seq))
        return mp_newref(MP_LIST_GET(it->seq, it->index--));
    it->index = -1;
    MP_CLEAR(it->seq);
    return NULL;
}

static void list_iter_dealloc(mp_obj self)
{
    if (mp_gc_is_tracked(self))
        mp_gc_untrack(self);
    mp_xdecref(((list_iter *)self)->seq);
    mp_obj_free(self);
}

static int list_iter_traverse(mp_obj self, mp_visitproc visit, void *arg)
{
    mp_obj s = ((list_iter *)self)->seq;
    return s ? visit(s, arg) : 0;
}

static mp_obj list_iter_length_hint(mp_obj self)
{
    list_iter *it = (list_iter *)self;
    intptr_t n = it->seq ? MP_LIST_LEN(it->seq) - it->index : 0;
    return mp_int_from_ssize(n > 0 ? n : 0);
}

static mp_obj list_reviter_length_hint(mp_obj self)
{
    list_iter *it = (list_iter *)self;
    intptr_t n = (it->seq && it->index < MP_LIST_LEN(it->seq)) ? it->index + 1 : 0;
    return mp_int_from_ssize(n > 0 ? n : 0);
}

static const mp_method_def list_iter_methods[] = {
    {"__length_hint__", (void (*)(void))list_iter_length_hint, MP_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL},
};

static const mp_method_def list_reviter_methods[] = {
    {"__length_hint__", (void (*)(void))list_reviter_length_hint, MP_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL},
};

mp_type mp_type_list_iterator = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "list_iterator",
    .basicsize = sizeof(list_iter),
    .flags = MP_TPFLAGS_GC,
    .dealloc = list_iter_dealloc,
    .getattro = mp_obj_generic_getattr,
    .traverse = list_iter_traverse,
    .iter = mp_self_iter,
    .iternext = list_iter_next,
    .methods = list_iter_methods,
};

mp_type mp_type_list_reverseiterator = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "list_reverseiterator",
    .basicsize = sizeof(list_iter),
    .flags = MP_TPFLAGS_GC,
    .dealloc = list_iter_dealloc,
    .getattro = mp_obj_generic_getattr,
    .traverse = list_iter_traverse,
    .iter = mp_self_iter,
    .iternext = list_reviter_next,
    .methods = list_reviter_methods,
};

/* ---- the type ------------------------------------------------------------------------------------------ */

static const mp_sequence_methods list_as_sequence = {
    .length = list_length,
    .concat = list_concat,
    .repeat = list_repeat,
    .item = list_item,
    .ass_item = list_ass_item,
    .contains = list_contains,
    .inplace_concat = list_inplace_concat,
    .inplace_repeat = list_inplace_repeat,
};

static const mp_mapping_methods list_as_mapping = {
    .length = list_length,
    .subscript = list_subscript,
    .ass_subscript = list_ass_subscript,
};

mp_type mp_type_list = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "list",
    .basicsize = sizeof(mp_list),
    .flags = MP_TPFLAGS_BASETYPE | MP_TPFLAGS_LIST_SUBCLASS | MP_TPFLAGS_GC |
             MP_TPFLAGS_SEQUENCE | MP_TPFLAGS_MATCH_SELF,
    .doc = "Built-in mutable sequence.\n\n"
           "If no argument is given, the constructor creates a new empty list.\n"
           "The argument must be an iterable if specified.",
    .dealloc = list_dealloc,
    .repr = list_repr,
    .hash = mp_obj_hash_not_implemented,
    .richcompare = list_richcompare,
    .getattro = mp_obj_generic_getattr,
    .iter = list_iter_new,
    .traverse = list_traverse,
    .clear = list_gc_clear,
    .new_ = list_new_slot,
    .init = list_init,
    .as_sequence = &list_as_sequence,
    .as_mapping = &list_as_mapping,
    .methods = list_methods,
};
