/* dict: growth and shrinking (sizes as CPython's __sizeof__ reports
 * them), order after deletions and reinsertions, lookups after many
 * deletions, the str-key fast path, the version counter, and the
 * messages of its errors.  Expected values were printed by python3. */
#include <criterion/criterion.h>
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/dict.h"
#include "minipy/int.h"
#include "minipy/lifecycle.h"
#include "minipy/list.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

static void setup(void) { cr_assert_eq(mp_runtime_init(), 0); }
static void teardown(void) { mp_runtime_fini(); }

TestSuite(dict, .init = setup, .fini = teardown);

static intptr_t sizeof_of(mp_obj d)
{
    mp_obj r = mp_call_method(d, "__sizeof__", NULL, 0);
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

/* Checks the current exception's repr and clears it. */
static void expect_error(const char *want)
{
    mp_obj e = mp_err_fetch();
    cr_assert(e, "no exception set");
    expect_repr(e, want);
    mp_decref(e);
}

static void set_int(mp_obj d, long k, long v)
{
    cr_assert_eq(mp_dict_setitem(d, mp_small(k), mp_small(v)), 0);
}

Test(dict, growth)
{
    static const intptr_t want[] = {208, 208, 208, 208, 208, 336, 336, 336, 336, 336, 616, 616};
    mp_obj d = mp_dict_new();
    cr_expect_eq(sizeof_of(d), 48);
    for (long i = 0; i < 12; i++) {
        set_int(d, i, i);
        cr_expect_eq(sizeof_of(d), want[i], "after %ld items", i + 1);
    }
    /* Deleting never shrinks; reinsertion goes to the end. */
    for (long i = 0; i < 10; i++)
        cr_assert_eq(mp_dict_delitem(d, mp_small(i)), 0);
    cr_expect_eq(sizeof_of(d), 616);
    set_int(d, 100, 1);
    cr_expect_eq(sizeof_of(d), 616);
    expect_repr(d, "{10: 10, 11: 11, 100: 1}");
    mp_decref(d);
}

Test(dict, shrink_after_many_deletions)
{
    mp_obj d = mp_dict_new();
    for (long i = 0; i < 1000; i++)
        set_int(d, i, i);
    for (long i = 0; i < 1000; i += 2)
        cr_assert_eq(mp_dict_delitem(d, mp_small(i)), 0);
    cr_expect_eq(sizeof_of(d), 36936);
    for (long i = 0; i < 1000; i++) {
        mp_obj v = mp_dict_getitem(d, mp_small(i));
        if (i % 2)
            cr_assert_eq(v, mp_small(i));
        else
            cr_assert_null(v);
    }
    for (long i = 1000; i < 1400; i++)
        set_int(d, i, i);
    cr_expect_eq(MP_DICT_LEN(d), 900);
    cr_expect_eq(sizeof_of(d), 73792);
    for (long i = 1; i < 1400; i += 2)
        cr_assert_eq(mp_dict_getitem(d, mp_small(i)), mp_small(i));
    /* Iteration still follows insertion order. */
    intptr_t pos = 0;
    mp_obj k, v;
    long expect = 1;
    while (mp_dict_next(d, &pos, &k, &v)) {
        cr_assert_eq(k, mp_small(expect));
        expect += expect < 999 ? 2 : expect == 999 ? 1 : 1;
    }
    mp_decref(d);
}

Test(dict, delete_then_reinsert_order)
{
    mp_obj d = mp_dict_new();
    const char *keys[] = {"a", "b", "c"};
    for (int i = 0; i < 3; i++)
        cr_assert_eq(mp_dict_setitem_str(d, keys[i], mp_small(i + 1)), 0);
    cr_assert_eq(mp_dict_delitem(d, mp_str_intern("b")), 0);
    cr_assert_eq(mp_dict_setitem_str(d, "b", mp_small(4)), 0);
    expect_repr(d, "{'a': 1, 'c': 3, 'b': 4}");
    cr_expect_eq(sizeof_of(d), 168);
    mp_obj c = mp_dict_copy(d);
    cr_expect_eq(sizeof_of(c), 168);
    mp_obj e = mp_dict_new();
    cr_assert_eq(mp_dict_update(e, d), 0);
    cr_expect_eq(sizeof_of(e), 256);
    expect_repr(e, "{'a': 1, 'c': 3, 'b': 4}");
    mp_decref(c);
    mp_decref(e);
    mp_decref(d);
}

Test(dict, str_key_fast_path)
{
    mp_obj d = mp_dict_new();
    mp_obj k1 = mp_str_from_cstr("spam");      /* not interned */
    mp_obj k2 = mp_str_from_cstr("spam");      /* equal text, another object */
    cr_assert_neq(k1, k2);
    cr_assert_eq(mp_dict_setitem(d, k1, mp_small(1)), 0);
    cr_expect_eq(mp_dict_getitem(d, k2), mp_small(1));
    cr_expect_eq(mp_dict_getitem_str(d, "spam"), mp_small(1));
    cr_expect_eq(mp_dict_contains(d, k2), 1);
    cr_assert_eq(mp_dict_setitem(d, k2, mp_small(2)), 0);
    cr_expect_eq(MP_DICT_LEN(d), 1);
    cr_expect_eq(mp_dict_getitem(d, k1), mp_small(2));
    /* A dict of str keys reports CPython's smaller entries; a non-str key
     * converts it. */
    cr_expect_eq(sizeof_of(d), 168);
    set_int(d, 1, 2);
    cr_expect_eq(sizeof_of(d), 336);
    mp_decref(k1);
    mp_decref(k2);
    mp_decref(d);
}

Test(dict, version_counter)
{
    mp_obj d = mp_dict_new();
    uint64_t v0 = ((mp_dict *)d)->version;
    set_int(d, 1, 1);
    uint64_t v1 = ((mp_dict *)d)->version;
    cr_expect_neq(v0, v1);
    (void)mp_dict_getitem(d, mp_small(1));
    cr_expect_eq(((mp_dict *)d)->version, v1);
    set_int(d, 1, 2);
    uint64_t v2 = ((mp_dict *)d)->version;
    cr_expect_neq(v2, v1);
    cr_assert_eq(mp_dict_delitem(d, mp_small(1)), 0);
    uint64_t v3 = ((mp_dict *)d)->version;
    cr_expect_neq(v3, v2);
    cr_expect_eq(mp_dict_delitem(d, mp_small(1)), -1);
    expect_error("KeyError(1)");
    cr_expect_eq(((mp_dict *)d)->version, v3);
    set_int(d, 5, 5);
    mp_dict_clear(d);
    cr_expect_neq(((mp_dict *)d)->version, v3);
    /* Versions are unique across dicts. */
    mp_obj e = mp_dict_new();
    set_int(e, 1, 1);
    cr_expect_neq(((mp_dict *)e)->version, ((mp_dict *)d)->version);
    mp_decref(e);
    mp_decref(d);
}

Test(dict, presized_literal)
{
    mp_obj keys[6], values[6];
    for (int i = 0; i < 6; i++)
        keys[i] = values[i] = mp_small(i + 1);
    mp_obj d = mp_dict_from_items(keys, 1, values, 1, 6);
    cr_expect_eq(sizeof_of(d), 336);
    expect_repr(d, "{1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6}");
    mp_decref(d);
}

Test(dict, reprs_and_views)
{
    mp_obj d = mp_dict_new();
    cr_assert_eq(mp_dict_setitem_str(d, "k", d), 0);
    expect_repr(d, "{'k': {...}}");
    mp_dict_clear(d);
    cr_assert_eq(mp_dict_setitem_str(d, "a", mp_small(1)), 0);
    mp_obj v = mp_dict_keys_view(d);
    expect_repr(v, "dict_keys(['a'])");
    mp_decref(v);
    v = mp_dict_items_view(d);
    expect_repr(v, "dict_items([('a', 1)])");
    mp_decref(v);
    v = mp_dict_values_view(d);
    expect_repr(v, "dict_values([1])");
    mp_decref(v);
    mp_decref(d);
}

Test(dict, popitem_lifo)
{
    mp_obj d = mp_dict_new();
    for (long i = 0; i < 3; i++)
        set_int(d, i, i * 10);
    mp_obj t = mp_call_method(d, "popitem", NULL, 0);
    expect_repr(t, "(2, 20)");
    mp_decref(t);
    set_int(d, 7, 70);
    expect_repr(d, "{0: 0, 1: 10, 7: 70}");
    mp_dict_clear(d);
    cr_assert_null(mp_call_method(d, "popitem", NULL, 0));
    expect_error("KeyError('popitem(): dictionary is empty')");
    mp_decref(d);
}

Test(dict, changed_size_during_iteration)
{
    mp_obj d = mp_dict_new();
    set_int(d, 1, 1);
    mp_obj it = mp_obj_getiter(d);
    mp_obj k = mp_iter_next(it);
    cr_assert_eq(k, mp_small(1));
    set_int(d, 2, 2);
    cr_assert_null(mp_iter_next(it));
    expect_error("RuntimeError('dictionary changed size during iteration')");
    mp_decref(it);
    mp_decref(d);
}

Test(dict, update_errors)
{
    mp_obj d = mp_dict_new();
    mp_obj inner = mp_tuple_pack(1, mp_small(1));
    mp_obj seq = mp_tuple_pack(1, inner);
    cr_assert_eq(mp_dict_update(d, seq), -1);
    expect_error("ValueError('dictionary update sequence element #0 has length 1; 2 is required')");
    mp_decref(seq);
    seq = mp_tuple_pack(1, mp_small(5));
    cr_assert_eq(mp_dict_update(d, seq), -1);
    expect_error("TypeError('cannot convert dictionary update sequence element #0 to a sequence')");
    mp_decref(seq);
    mp_decref(inner);
    mp_decref(d);
}

Test(dict, merge_duplicate_key)
{
    mp_obj a = mp_dict_new(), b = mp_dict_new();
    cr_assert_eq(mp_dict_setitem_str(a, "a", mp_small(1)), 0);
    cr_assert_eq(mp_dict_setitem_str(b, "a", mp_small(2)), 0);
    cr_assert_eq(mp_dict_merge(a, b, 2), -1);
    expect_error("KeyError('a')");
    cr_assert_eq(mp_dict_merge(a, b, 0), 0);
    cr_expect_eq(mp_dict_getitem_str(a, "a"), mp_small(1));
    cr_assert_eq(mp_dict_merge(a, b, 1), 0);
    cr_expect_eq(mp_dict_getitem_str(a, "a"), mp_small(2));
    mp_decref(a);
    mp_decref(b);
}

Test(dict, missing_key_error_keeps_tuple_key)
{
    mp_obj d = mp_dict_new();
    mp_obj key = mp_tuple_pack(2, mp_small(1), mp_small(2));
    cr_assert_null(mp_obj_getitem(d, key));
    expect_error("KeyError((1, 2))");
    mp_decref(key);
    mp_decref(d);
}
