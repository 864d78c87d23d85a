/* Set iteration order: sets built as a program would build them print
 * in CPython 3.11's order.  Every expected string was printed by python3
 * (set literals, add(), remove()/discard(), the operators, set(range()),
 * comprehensions, pop). */
#include <criterion/criterion.h>
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/int.h"
#include "minipy/lifecycle.h"
#include "minipy/set.h"
#include "minipy/opcodes.h"
#include "minipy/singletons.h"
#include "minipy/slice.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

static void setup(void) { cr_assert_eq(mp_runtime_init(), 0); }
static void teardown(void) { mp_runtime_fini(); }

TestSuite(set, .init = setup, .fini = teardown);

/* A set of the given ints, added in order. */
static mp_obj set_of(const long *v, size_t n)
{
    mp_obj s = mp_set_new(NULL);
    cr_assert(s);
    for (size_t i = 0; i < n; i++) {
        mp_obj x = mp_int_from_ssize(v[i]);
        cr_assert_eq(mp_set_add(s, x), 0);
        mp_decref(x);
    }
    return s;
}
#define SET_OF(...) set_of((const long[]){__VA_ARGS__}, sizeof((const long[]){__VA_ARGS__}) / sizeof(long))

/* Checks repr(o) and drops o. */
static void expect_repr(mp_obj o, const char *want)
{
    cr_assert(o);
    mp_obj r = mp_obj_repr(o);
    cr_assert(r);
    cr_expect_str_eq(mp_str_utf8(r), want);
    mp_decref(r);
    mp_decref(o);
}

Test(set, small_literal) { expect_repr(SET_OF(5, 1, 3), "{1, 3, 5}"); }

Test(set, negatives) { expect_repr(SET_OF(-1, -5, 3, 100, -100, 7), "{3, 100, 7, -5, -100, -1}"); }

Test(set, ints_beyond_table_size) { expect_repr(SET_OF(8, 16, 32, 1, 9, 17, 64, 0), "{32, 1, 64, 0, 8, 9, 16, 17}"); }

Test(set, big_values) { expect_repr(SET_OF(1000000, 1099511627776L, -1099511627776L, 12345678901L, -1, -2), "{1000000, 1099511627776, -1099511627776, 12345678901, -2, -1}"); }

Test(set, after_removals)
{
    mp_obj s = SET_OF(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    cr_assert_eq(mp_set_discard(s, mp_small(3)), 1);
    cr_assert_eq(mp_set_discard(s, mp_small(5)), 1);
    cr_assert_eq(mp_set_discard(s, mp_small(5)), 0);
    cr_assert_eq(mp_set_add(s, mp_small(13)), 0);
    cr_assert_eq(mp_set_add(s, mp_small(-3)), 0);
    expect_repr(s, "{0, 1, 2, 4, 6, 7, 8, 9, 13, -3}");
}

Test(set, many_deletions)
{
    mp_obj s = mp_set_new(NULL);
    for (long i = 0; i < 100; i++)
        mp_set_add(s, mp_small(i));
    for (long i = 0; i < 100; i += 3)
        cr_assert_eq(mp_set_discard(s, mp_small(i)), 1);
    cr_assert_eq(MP_SET_LEN(s), 66);
    expect_repr(s, "{1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 20, 22, 23, 25, 26, 28, 29, 31, "
        "32, 34, 35, 37, 38, 40, 41, 43, 44, 46, 47, 49, 50, 52, 53, 55, 56, 58, 59, 61, "
        "62, 64, 65, 67, 68, 70, 71, 73, 74, 76, 77, 79, 80, 82, 83, 85, 86, 88, 89, 91, "
        "92, 94, 95, 97, 98}");
}

static mp_obj set_a(void) { return SET_OF(1, 3, 5, 7, 9, 20, 33, 64, -2); }
static mp_obj set_b(void) { return SET_OF(2, 3, 5, 8, 13, 21, 34, 64, -2, 100); }

static void expect_op(int op, const char *want)
{
    mp_obj a = set_a(), b = set_b();
    expect_repr(mp_number_binary_op(a, b, op), want);
    mp_decref(a);
    mp_decref(b);
}

Test(set, operators)
{
    expect_op(MP_NB_OR, "{64, 1, 2, 3, 5, 7, 8, 9, 13, 20, 21, 33, 34, 100, -2}");
    expect_op(MP_NB_AND, "{64, 3, 5, -2}");
    expect_op(MP_NB_SUBTRACT, "{1, 33, 7, 9, 20}");
    expect_op(MP_NB_XOR, "{1, 2, 34, 100, 33, 8, 7, 9, 13, 20, 21}");
}

Test(set, from_range)
{
    mp_obj r = mp_range_new(0, 20, 1);
    expect_repr(mp_set_new(r), "{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19}");
    mp_decref(r);
}

Test(set, comprehension)
{
    mp_obj s = mp_set_new(NULL);
    for (long x = 0; x < 40; x++)
        mp_set_add(s, mp_small(x * x % 37));
    expect_repr(s, "{0, 1, 3, 4, 7, 9, 10, 11, 12, 16, 21, 25, 26, 27, 28, 30, 33, 34, 36}");
}

Test(set, large)
{
    mp_obj r = mp_range_new(0, 2000, 7);
    expect_repr(mp_set_new(r), "{0, 1540, 1029, 518, 7, 1547, 1036, 525, 14, 1554, 1043, 532, 21, 1561, 1050, "
        "539, 28, 1568, 1057, 546, 35, 1575, 1064, 553, 42, 1582, 1071, 560, 49, 1589, "
        "1078, 567, 56, 1596, 1085, 574, 63, 1603, 1092, 581, 70, 1610, 1099, 588, 77, "
        "1617, 1106, 595, 84, 1624, 1113, 602, 91, 1631, 1120, 609, 98, 1638, 1127, 616, "
        "105, 1645, 1134, 623, 112, 1652, 1141, 630, 119, 1659, 1148, 637, 126, 1666, "
        "1155, 644, 133, 1673, 1162, 651, 140, 1680, 1169, 658, 147, 1687, 1176, 665, "
        "154, 1694, 1183, 672, 161, 1701, 1190, 679, 168, 1708, 1197, 686, 175, 1715, "
        "1204, 693, 182, 1722, 1211, 700, 189, 1729, 1218, 707, 196, 1736, 1225, 714, "
        "203, 1743, 1232, 721, 210, 1750, 1239, 728, 217, 1757, 1246, 735, 224, 1764, "
        "1253, 742, 231, 1771, 1260, 749, 238, 1778, 1267, 756, 245, 1785, 1274, 763, "
        "252, 1792, 1281, 770, 259, 1799, 1288, 777, 266, 1806, 1295, 784, 273, 1813, "
        "1302, 791, 280, 1820, 1309, 798, 287, 1827, 1316, 805, 294, 1834, 1323, 812, "
        "301, 1841, 1330, 819, 308, 1848, 1337, 826, 315, 1855, 1344, 833, 322, 1862, "
        "1351, 840, 329, 1869, 1358, 847, 336, 1876, 1365, 854, 343, 1883, 1372, 861, "
        "350, 1890, 1379, 868, 357, 1897, 1386, 875, 364, 1904, 1393, 882, 371, 1911, "
        "1400, 889, 378, 1918, 1407, 896, 385, 1925, 1414, 903, 392, 1932, 1421, 910, "
        "399, 1939, 1428, 917, 406, 1946, 1435, 924, 413, 1953, 1442, 931, 420, 1960, "
        "1449, 938, 427, 1967, 1456, 945, 434, 1974, 1463, 952, 441, 1981, 1470, 959, "
        "448, 1988, 1477, 966, 455, 1995, 1484, 973, 462, 1491, 980, 469, 1498, 987, 476,"
        " 1505, 994, 483, 1512, 1001, 490, 1519, 1008, 497, 1526, 1015, 504, 1533, 1022, "
        "511}");
    mp_decref(r);
}

Test(set, tuples)
{
    long pairs[][2] = {{1, 2}, {3, 4}, {0, 0}, {-1, 5}};
    mp_obj s = mp_set_new(NULL);
    for (int i = 0; i < 4; i++) {
        mp_obj t = mp_tuple_pack(2, mp_small(pairs[i][0]), mp_small(pairs[i][1]));
        mp_set_add(s, t);
        mp_decref(t);
    }
    mp_obj r = mp_obj_repr(s);
    cr_expect_str_eq(mp_str_utf8(r), "{(-1, 5), (1, 2), (3, 4), (0, 0)}");
    mp_decref(r);
    /* The literal {(1, 2), (3, 4), (0, 0), (-1, 5)}: CPython's compiler
     * rebuilds its frozenset constant from the first one's order. */
    mp_obj order = mp_sequence_tuple(s);
    expect_repr(mp_set_new(order), "{(0, 0), (1, 2), (3, 4), (-1, 5)}");
    mp_decref(order);
    mp_decref(s);
}

Test(set, pop_order)
{
    mp_obj s = SET_OF(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    for (long i = 0; i < 3; i++) {
        mp_obj x = mp_call_method(s, "pop", NULL, 0);
        cr_assert_eq(x, mp_small(i));
    }
    expect_repr(s, "{3, 4, 5, 6, 7, 8, 9}");
}

Test(set, frozenset_hash)
{
    mp_obj f = mp_frozenset_new(NULL);
    cr_expect_eq(mp_obj_hash(f), 133146708735736L);
    mp_decref(f);
    mp_obj s = SET_OF(1, 2, 3);
    f = mp_frozenset_new(s);
    cr_expect_eq(mp_obj_hash(f), -272375401224217160L);
    expect_repr(f, "frozenset({1, 2, 3})");
    mp_decref(s);
    mp_obj r = mp_range_new(0, 100, 1);
    f = mp_frozenset_new(r);
    cr_expect_eq(mp_obj_hash(f), 4411996150312757951L);
    mp_decref(f);
    mp_decref(r);
}

Test(set, reprs)
{
    expect_repr(mp_set_new(NULL), "set()");
    expect_repr(mp_frozenset_new(NULL), "frozenset()");
}

Test(set, pop_empty_and_remove_missing)
{
    mp_obj s = mp_set_new(NULL);
    cr_assert_null(mp_call_method(s, "pop", NULL, 0));
    mp_obj e = mp_err_fetch();
    expect_repr(e, "KeyError('pop from an empty set')");
    mp_obj k = mp_small(7);
    cr_assert_null(mp_call_method(s, "remove", &k, 1));
    expect_repr(mp_err_fetch(), "KeyError(7)");
    mp_decref(s);
}
