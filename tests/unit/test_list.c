/* list: over-allocation (sizes as CPython's __sizeof__ reports them),
 * slicing in every form, and the stability of sort with keys and
 * reverse.  Expected values were printed by python3. */
#include <criterion/criterion.h>
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/exc.h"
#include "minipy/int.h"
#include "minipy/lifecycle.h"
#include "minipy/list.h"
#include "minipy/opcodes.h"
#include "minipy/singletons.h"
#include "minipy/slice.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

static void setup(void) { cr_assert_eq(mp_runtime_init(), 0); }
static void teardown(void) { mp_runtime_fini(); }

TestSuite(list, .init = setup, .fini = teardown);

static intptr_t sizeof_of(mp_obj o)
{
    mp_obj r = mp_call_method(o, "__sizeof__", NULL, 0);
    cr_assert(r);
    intptr_t v;
    cr_assert_eq(mp_int_as_ssize(r, &v), 0);
    mp_decref(r);
    return v;
}

static void expect_repr(mp_obj o, const char *want)
{
    cr_assert(o);
    mp_obj r = mp_obj_repr(o);
    cr_assert(r);
    cr_expect_str_eq(mp_str_utf8(r), want);
    mp_decref(r);
}

static void expect_error(const char *want)
{
    mp_obj e = mp_err_fetch();
    cr_assert(e, "no exception set");
    expect_repr(e, want);
    mp_decref(e);
}

/* list(range(n)) */
static mp_obj range_list(long n)
{
    mp_obj r = mp_range_new(0, n, 1);
    mp_obj l = mp_sequence_list(r);
    mp_decref(r);
    cr_assert(l);
    return l;
}

static mp_obj str(const char *s) { return mp_str_from_cstr(s); }

/* A list of one-character strs from s. */
static mp_obj chars(const char *s)
{
    mp_obj l = mp_list_new(0);
    for (; *s; s++) {
        mp_obj c = mp_str_new(s, 1);
        mp_list_append(l, c);
        mp_decref(c);
    }
    return l;
}

static mp_obj subscript(mp_obj l, long start, long stop, long step, int use_start, int use_stop)
{
    mp_obj a = use_start ? mp_small(start) : NULL, b = use_stop ? mp_small(stop) : NULL;
    mp_obj sl = mp_slice_new(a, b, mp_small(step));
    mp_obj r = mp_obj_getitem(l, sl);
    mp_decref(sl);
    return r;
}

Test(list, append_growth)
{
    static const intptr_t want[] = {72, 72, 72, 72, 104, 104, 104, 104, 168, 168,
                                    168, 168, 168, 168, 168, 168, 232, 232, 232, 232};
    mp_obj l = mp_list_new(0);
    cr_expect_eq(sizeof_of(l), 40);
    for (long i = 0; i < 20; i++) {
        cr_assert_eq(mp_list_append(l, mp_small(i)), 0);
        cr_expect_eq(sizeof_of(l), want[i], "after %ld appends", i + 1);
    }
    mp_decref(l);
}

Test(list, sizes_of_built_lists)
{
    mp_obj l = range_list(3);
    cr_expect_eq(sizeof_of(l), 72);
    mp_obj t = mp_tuple_pack(3, mp_small(1), mp_small(2), mp_small(3));
    mp_obj lit = mp_list_new(0);
    cr_assert_eq(mp_list_extend(lit, t), 0); /* [1, 2, 3]: BUILD_LIST + LIST_EXTEND */
    cr_expect_eq(sizeof_of(lit), 72);
    mp_obj r = mp_number_binary_op(lit, mp_small(4), MP_NB_MULTIPLY + MP_NB_INPLACE);
    cr_expect_eq(r, lit);
    cr_expect_eq(sizeof_of(lit), 136);
    mp_decref(r);
    mp_obj big = range_list(10);
    mp_obj rep = mp_number_multiply(big, mp_small(3));
    cr_expect_eq(sizeof_of(rep), 280);
    mp_decref(rep);
    mp_decref(big);
    mp_decref(t);
    mp_decref(lit);
    mp_decref(l);
}

Test(list, slice_reads)
{
    mp_obj l = range_list(10);
    mp_obj r;
    expect_repr(r = subscript(l, -3, 0, 1, 1, 0), "[7, 8, 9]");
    mp_decref(r);
    expect_repr(r = subscript(l, 0, 0, -2, 0, 0), "[9, 7, 5, 3, 1]");
    mp_decref(r);
    expect_repr(r = subscript(l, 8, 2, -2, 1, 1), "[8, 6, 4]");
    mp_decref(r);
    expect_repr(r = subscript(l, 100, 0, 1, 1, 0), "[]");
    mp_decref(r);
    expect_repr(r = subscript(l, -100, 2, 1, 1, 1), "[0, 1]");
    mp_decref(r);
    mp_decref(l);
}

Test(list, slice_assign_and_delete)
{
    mp_obj l = range_list(10);
    mp_obj sl = mp_slice_new(mp_small(2), mp_small(5), NULL);
    mp_obj v = chars("ab");
    cr_assert_eq(mp_obj_setitem(l, sl, v), 0);
    expect_repr(l, "[0, 1, 'a', 'b', 5, 6, 7, 8, 9]");
    cr_expect_eq(sizeof_of(l), 120);
    mp_decref(sl);
    mp_decref(v);
    mp_decref(l);

    l = range_list(10);
    sl = mp_slice_new(NULL, NULL, mp_small(3));
    cr_assert_eq(mp_obj_delitem(l, sl), 0);
    expect_repr(l, "[1, 2, 4, 5, 7, 8]");
    cr_expect_eq(sizeof_of(l), 120);
    mp_decref(sl);
    mp_decref(l);

    l = range_list(10);
    sl = mp_slice_new(NULL, NULL, mp_small(2));
    v = chars("abcde");
    cr_assert_eq(mp_obj_setitem(l, sl, v), 0);
    expect_repr(l, "['a', 1, 'b', 3, 'c', 5, 'd', 7, 'e', 9]");
    mp_decref(v);
    v = chars("xy");
    cr_assert_eq(mp_obj_setitem(l, sl, v), -1);
    expect_error("ValueError('attempt to assign sequence of size 2 to extended slice of size 5')");
    mp_decref(v);
    mp_decref(sl);
    mp_decref(l);

    l = range_list(10);
    sl = mp_slice_new(NULL, NULL, mp_small(-3));
    v = mp_list_new(4);
    for (int i = 0; i < 4; i++)
        MP_LIST_ITEMS(v)[i] = mp_small(0);
    cr_assert_eq(mp_obj_setitem(l, sl, v), 0);
    expect_repr(l, "[0, 1, 2, 0, 4, 5, 0, 7, 8, 0]");
    /* Assigning a list to a slice of itself. */
    mp_obj all = mp_slice_new(mp_small(1), mp_small(1), NULL);
    cr_assert_eq(mp_obj_setitem(l, all, l), 0);
    expect_repr(l, "[0, 0, 1, 2, 0, 4, 5, 0, 7, 8, 0, 1, 2, 0, 4, 5, 0, 7, 8, 0]");
    cr_assert_eq(mp_obj_setitem(l, all, mp_small(5)), -1);
    expect_error("TypeError('can only assign an iterable')");
    mp_decref(all);
    mp_decref(v);
    mp_decref(sl);
    mp_decref(l);
}

/* A C callable for key=: returns item[0] of a tuple. */
static mp_obj first_call(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return mp_newref(MP_TUPLE_GET(args[0], 0));
}
static mp_type first_type = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "first",
    .basicsize = sizeof(mp_object),
    .call = first_call,
};
static mp_object first_obj = {MP_IMMORTAL_REFCNT, &first_type};

/* [(3,'a'),(1,'b'),(3,'c'),(2,'d'),(1,'e')] * 20, sorted by item[0];
 * returns the letters of the first 12 items. */
static void sorted_letters(int reverse, char *out)
{
    static const long nums[] = {3, 1, 3, 2, 1};
    static const char *letters[] = {"a", "b", "c", "d", "e"};
    mp_obj l = mp_list_new(0);
    for (int r = 0; r < 20; r++) {
        for (int i = 0; i < 5; i++) {
            mp_obj s = str(letters[i]);
            mp_obj t = mp_tuple_pack(2, mp_small(nums[i]), s);
            mp_list_append(l, t);
            mp_decref(t);
            mp_decref(s);
        }
    }
    cr_assert_eq(mp_list_sort(l, &first_obj, reverse), 0);
    for (int i = 0; i < 12; i++)
        out[i] = mp_str_utf8(MP_TUPLE_GET(MP_LIST_GET(l, i), 1))[0];
    out[12] = 0;
    mp_decref(l);
}

Test(list, sort_stable_with_key)
{
    char got[13];
    sorted_letters(0, got);
    cr_expect_str_eq(got, "bebebebebebe");
    sorted_letters(1, got);
    cr_expect_str_eq(got, "acacacacacac");
}

Test(list, sort_large_and_sorted_input)
{
    /* A permutation of 0..9999, sorted: every item in place. */
    mp_obj l = mp_list_new(10000);
    for (long i = 0; i < 10000; i++)
        MP_LIST_ITEMS(l)[i] = mp_small((i * 7919) % 10000);
    cr_assert_eq(mp_list_sort(l, NULL, 0), 0);
    for (long i = 0; i < 10000; i++)
        cr_assert_eq(MP_LIST_GET(l, i), mp_small(i));
    cr_assert_eq(mp_list_sort(l, NULL, 1), 0);
    for (long i = 0; i < 10000; i++)
        cr_assert_eq(MP_LIST_GET(l, i), mp_small(9999 - i));
    mp_decref(l);
    /* Strings use the str fast path. */
    l = chars("the quick brown fox");
    cr_assert_eq(mp_list_sort(l, NULL, 0), 0);
    mp_obj sep = str("");
    mp_obj joined = mp_str_join(sep, l);
    cr_expect_str_eq(mp_str_utf8(joined), "   bcefhiknooqrtuwx");
    mp_decref(joined);
    mp_decref(sep);
    mp_decref(l);
}

Test(list, sort_uncomparable)
{
    mp_obj l = mp_list_new(2);
    MP_LIST_ITEMS(l)[0] = mp_small(1);
    MP_LIST_ITEMS(l)[1] = str("a");
    cr_assert_eq(mp_list_sort(l, NULL, 0), -1);
    expect_error("TypeError(\"'<' not supported between instances of 'str' and 'int'\")");
    cr_expect_eq(MP_LIST_LEN(l), 2);
    mp_decref(l);
}

Test(list, errors)
{
    mp_obj l = mp_list_new(0);
    cr_assert_null(mp_call_method(l, "pop", NULL, 0));
    expect_error("IndexError('pop from empty list')");
    mp_list_append(l, mp_small(1));
    mp_obj i = mp_small(5);
    cr_assert_null(mp_call_method(l, "pop", &i, 1));
    expect_error("IndexError('pop index out of range')");
    cr_assert_null(mp_obj_getitem(l, i));
    expect_error("IndexError('list index out of range')");
    mp_obj three = mp_small(3);
    cr_assert_null(mp_call_method(l, "remove", &three, 1));
    expect_error("ValueError('list.remove(x): x not in list')");
    cr_assert_null(mp_call_method(l, "index", &three, 1));
    expect_error("ValueError('3 is not in list')");
    mp_decref(l);
}

Test(list, recursive_repr)
{
    mp_obj l = mp_list_new(0);
    mp_list_append(l, l);
    expect_repr(l, "[[...]]");
    mp_call_method(l, "clear", NULL, 0);
    mp_decref(l);
}
