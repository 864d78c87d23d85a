/* Reprs of constants (pyrepr.h) against CPython 3.11's: the expected
 * strings in repr_cases.inc were printed by python3 itself
 * (tests/unit/gen_repr_cases.py). */
#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

#include "minipy/pyrepr.h"

#include "repr_cases.inc"

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* The buffer's text, or "" when it is empty; frees nothing. */
static const char *text(const mp_buf *b)
{
    cr_assert(!b->failed);
    return b->data ? b->data : "";
}

Test(repr, float_shortest)
{
    for (size_t i = 0; i < N(float_cases); i++) {
        mp_buf b = MP_BUF_INIT;
        mp_repr_double(&b, float_cases[i].d);
        cr_expect_str_eq(text(&b), float_cases[i].repr, "repr(%a)", float_cases[i].d);
        mp_buf_free(&b);
    }
}

Test(repr, float_format)
{
    for (size_t i = 0; i < N(format_cases); i++) {
        mp_buf b = MP_BUF_INIT;
        int rc = mp_format_double(&b, format_cases[i].d, format_cases[i].type,
                                  format_cases[i].prec, format_cases[i].flags);
        cr_expect_eq(rc, 0);
        cr_expect_str_eq(text(&b), format_cases[i].out, "format(%a, '.%d%c') flags %d",
                         format_cases[i].d, format_cases[i].prec, format_cases[i].type,
                         format_cases[i].flags);
        mp_buf_free(&b);
    }
}

Test(repr, float_format_rejects_unknown_type)
{
    mp_buf b = MP_BUF_INIT;
    cr_expect_eq(mp_format_double(&b, 1.0, 'x', 2, 0), -1);
    cr_expect_eq(b.len, 0);
    mp_buf_free(&b);
}

Test(repr, complex)
{
    for (size_t i = 0; i < N(complex_cases); i++) {
        mp_buf b = MP_BUF_INIT;
        mp_repr_complex(&b, complex_cases[i].re, complex_cases[i].im);
        cr_expect_str_eq(text(&b), complex_cases[i].repr, "complex(%a, %a)",
                         complex_cases[i].re, complex_cases[i].im);
        mp_buf_free(&b);
    }
}

Test(repr, str)
{
    for (size_t i = 0; i < N(str_cases); i++) {
        mp_buf b = MP_BUF_INIT;
        mp_repr_str(&b, str_cases[i].s, str_cases[i].len);
        cr_expect_str_eq(text(&b), str_cases[i].repr, "case %zu", i);
        mp_buf_free(&b);
    }
}

Test(repr, str_with_invalid_utf8_does_not_crash)
{
    mp_buf b = MP_BUF_INIT;
    mp_repr_str(&b, "a\xff\xe2\x82", 4);
    cr_expect_str_eq(text(&b), "'a\\xff\\xe2\\x82'");
    mp_buf_free(&b);
}

Test(repr, bytes)
{
    for (size_t i = 0; i < N(bytes_cases); i++) {
        mp_buf b = MP_BUF_INIT;
        mp_repr_bytes(&b, bytes_cases[i].s, bytes_cases[i].len);
        cr_expect_str_eq(text(&b), bytes_cases[i].repr, "case %zu", i);
        mp_buf_free(&b);
    }
}

Test(repr, int_text)
{
    for (size_t i = 0; i < N(int_cases); i++) {
        mp_buf b = MP_BUF_INIT;
        cr_expect_eq(mp_repr_int_text(&b, int_cases[i].digits, strlen(int_cases[i].digits),
                                      int_cases[i].base), 0);
        cr_expect_str_eq(text(&b), int_cases[i].repr, "%s base %d", int_cases[i].digits,
                         int_cases[i].base);
        mp_buf_free(&b);
    }
}

Test(repr, int_text_rejects_bad_digits)
{
    mp_buf b = MP_BUF_INIT;
    cr_expect_eq(mp_repr_int_text(&b, "12", 2, 2), -1);
    cr_expect_eq(mp_repr_int_text(&b, "", 0, 10), -1);
    cr_expect_eq(mp_repr_int_text(&b, "1", 1, 7), -1);
    cr_expect_eq(b.len, 0);
    mp_buf_free(&b);
}
