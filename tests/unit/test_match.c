/* The match statement's run-time pieces (vm/match.c and the type flags):
 * which built-in types match sequence and mapping patterns and which match
 * themselves in a class pattern, as CPython 3.11's type flags say; the
 * lookups of MATCH_KEYS and MATCH_CLASS and their errors. */
#include <criterion/criterion.h>
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/bytes.h"
#include "minipy/descr.h"
#include "minipy/float.h"
#include "minipy/list.h"
#include "minipy/memoryview.h"
#include "minipy/set.h"
#include "minipy/slice.h"
#include "minipy/dict.h"
#include "minipy/exc.h"
#include "minipy/int.h"
#include "minipy/lifecycle.h"
#include "minipy/match.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

static void setup(void) { cr_assert_eq(mp_runtime_init(), 0); }
static void teardown(void) { mp_runtime_fini(); }

TestSuite(match, .init = setup, .fini = teardown);

Test(match, sequence_and_mapping_flags)
{
    /* Py_TPFLAGS_SEQUENCE / MAPPING in CPython 3.11. */
    mp_type *seq[] = {&mp_type_list, &mp_type_tuple, &mp_type_range, &mp_type_memoryview};
    mp_type *not_seq[] = {&mp_type_str, &mp_type_bytes, &mp_type_bytearray, &mp_type_set,
                          &mp_type_frozenset, &mp_type_dict, &mp_type_int};
    for (size_t i = 0; i < sizeof seq / sizeof seq[0]; i++)
        cr_expect(seq[i]->flags & MP_TPFLAGS_SEQUENCE, "%s", seq[i]->name);
    for (size_t i = 0; i < sizeof not_seq / sizeof not_seq[0]; i++)
        cr_expect(!(not_seq[i]->flags & MP_TPFLAGS_SEQUENCE), "%s", not_seq[i]->name);
    cr_expect(mp_type_dict.flags & MP_TPFLAGS_MAPPING);
    cr_expect(mp_type_mappingproxy.flags & MP_TPFLAGS_MAPPING);
    cr_expect(!(mp_type_list.flags & MP_TPFLAGS_MAPPING));
}

Test(match, match_self_flags)
{
    mp_type *self[] = {&mp_type_bool, &mp_type_bytearray, &mp_type_bytes, &mp_type_dict,
                       &mp_type_float, &mp_type_frozenset, &mp_type_int, &mp_type_list,
                       &mp_type_set, &mp_type_str, &mp_type_tuple};
    for (size_t i = 0; i < sizeof self / sizeof self[0]; i++)
        cr_expect(self[i]->flags & MP_TPFLAGS_MATCH_SELF, "%s", self[i]->name);
    cr_expect(!(mp_type_complex.flags & MP_TPFLAGS_MATCH_SELF));
    cr_expect(!(mp_type_range.flags & MP_TPFLAGS_MATCH_SELF));
}

/* A dict {"a": 1, "b": 2}. */
static mp_obj small_dict(void)
{
    mp_obj d = mp_dict_new();
    cr_assert(d);
    cr_assert_eq(mp_dict_setitem(d, mp_str_intern("a"), mp_small(1)), 0);
    cr_assert_eq(mp_dict_setitem(d, mp_str_intern("b"), mp_small(2)), 0);
    return d;
}

Test(match, keys_found_missing_duplicate)
{
    mp_obj d = small_dict();
    mp_obj keys = mp_tuple_pack(2, mp_str_intern("b"), mp_str_intern("a"));
    mp_obj values = mp_match_keys(d, keys);
    cr_assert(values && mp_tuple_check(values));
    cr_expect_eq(MP_TUPLE_GET(values, 0), mp_small(2));
    cr_expect_eq(MP_TUPLE_GET(values, 1), mp_small(1));
    mp_decref(values);
    mp_decref(keys);

    keys = mp_tuple_pack(2, mp_str_intern("a"), mp_str_intern("z"));
    values = mp_match_keys(d, keys);
    cr_expect_eq(values, mp_none, "a missing key: None");
    mp_xdecref(values);
    mp_decref(keys);

    keys = mp_tuple_pack(2, mp_str_intern("a"), mp_str_intern("a"));
    values = mp_match_keys(d, keys);
    cr_expect_null(values);
    cr_expect(mp_err_matches(&mp_type_ValueError), "a repeated key: ValueError");
    mp_err_clear();
    mp_decref(keys);
    mp_decref(d);
}

Test(match, class_match_self_and_errors)
{
    mp_obj none_kw = mp_tuple_new(0);
    /* int(x) binds the int itself. */
    mp_obj attrs = mp_match_class(mp_small(7), (mp_obj)&mp_type_int, 1, none_kw);
    cr_assert(attrs && mp_tuple_check(attrs) && MP_TUPLE_LEN(attrs) == 1);
    cr_expect_eq(MP_TUPLE_GET(attrs, 0), mp_small(7));
    mp_decref(attrs);
    /* Not an instance: no match, no error. */
    attrs = mp_match_class(mp_small(7), (mp_obj)&mp_type_str, 0, none_kw);
    cr_expect(!attrs && !mp_err_occurred());
    /* int(a, b): TypeError. */
    attrs = mp_match_class(mp_small(7), (mp_obj)&mp_type_int, 2, none_kw);
    cr_expect(!attrs && mp_err_matches(&mp_type_TypeError));
    mp_err_clear();
    /* Not a class at all. */
    attrs = mp_match_class(mp_small(7), mp_small(3), 0, none_kw);
    cr_expect(!attrs && mp_err_matches(&mp_type_TypeError));
    mp_err_clear();
    mp_decref(none_kw);
}
