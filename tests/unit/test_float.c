/* Unit tests of float and complex (objects/float.c, complex.c) and of the
 * format-spec mini-language (objects/format_spec.c): arithmetic mixed with
 * ints, CPython's // % ** and their special values, repr, hash (equal to
 * the equal int's), float() and complex() of text, round, hex/fromhex,
 * and format() of every built-in number and of str.  Every expected value
 * in the tables below was printed by python3 (CPython 3.11) when the tests
 * were written: repr(result), or "ExceptionName: message". */
#include <criterion/criterion.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/buf.h"
#include "minipy/bytes.h"
#include "minipy/float.h"
#include "minipy/format_spec.h"
#include "minipy/int.h"
#include "minipy/lifecycle.h"
#include "minipy/opcodes.h"
#include "minipy/pyrepr.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

struct pair_case {
    const char *a, *b;
    const char *r[9];
};
struct div_case {
    const char *a, *b, *floordiv, *mod;
};
struct op_case {
    const char *a, *op, *b, *want;
};
struct repr_case {
    const char *x, *repr, *hash, *hex;
};
struct round_case {
    const char *x, *n, *want;
};
struct text_case {
    const char *text, *want;
};
struct format_case {
    const char *value, *spec, *want;
};
struct cpair_case {
    const char *a, *b;
    const char *r[6];
};
struct crepr_case {
    const char *z, *repr, *hash, *abs, *neg, *conj;
};

/* {a, b, a+b, a-b, a*b, a/b, a//b, a%b, divmod(a, b), a**b, (a<b a<=b a==b a!=b a>b a>=b)} */
static const struct pair_case pair_cases[] = {
    {"f:0.0", "f:0.0", {"0.0", "0.0", "0.0", "ZeroDivisionError: float division by zero", "ZeroDivisionError: float floor division by zero", "ZeroDivisionError: float modulo", "ZeroDivisionError: float divmod()", "1.0", "011001"}},
    {"f:0.0", "f:-0.0", {"0.0", "0.0", "-0.0", "ZeroDivisionError: float division by zero", "ZeroDivisionError: float floor division by zero", "ZeroDivisionError: float modulo", "ZeroDivisionError: float divmod()", "1.0", "011001"}},
    {"f:0.0", "f:1.5", {"1.5", "-1.5", "0.0", "0.0", "0.0", "0.0", "(0.0, 0.0)", "0.0", "110100"}},
    {"f:0.0", "f:-2.5", {"-2.5", "2.5", "-0.0", "-0.0", "-0.0", "-0.0", "(-0.0, -0.0)", "ZeroDivisionError: 0.0 cannot be raised to a negative power", "000111"}},
    {"f:0.0", "f:0.1", {"0.1", "-0.1", "0.0", "0.0", "0.0", "0.0", "(0.0, 0.0)", "0.0", "110100"}},
    {"f:0.0", "f:1e+300", {"1e+300", "-1e+300", "0.0", "0.0", "0.0", "0.0", "(0.0, 0.0)", "0.0", "110100"}},
    {"f:0.0", "f:inf", {"inf", "-inf", "nan", "0.0", "0.0", "0.0", "(0.0, 0.0)", "0.0", "110100"}},
    {"f:0.0", "f:-inf", {"-inf", "inf", "nan", "-0.0", "-0.0", "-0.0", "(-0.0, -0.0)", "inf", "000111"}},
    {"f:0.0", "f:nan", {"nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)", "nan", "000100"}},
    {"f:0.0", "i:3", {"3.0", "-3.0", "0.0", "0.0", "0.0", "0.0", "(0.0, 0.0)", "0.0", "110100"}},
    {"f:0.0", "i:-2", {"-2.0", "2.0", "-0.0", "-0.0", "-0.0", "-0.0", "(-0.0, -0.0)", "ZeroDivisionError: 0.0 cannot be raised to a negative power", "000111"}},
    {"f:0.0", "i:9007199254740993", {"9007199254740992.0", "-9007199254740992.0", "0.0", "0.0", "0.0", "0.0", "(0.0, 0.0)", "0.0", "110100"}},
    {"f:0.0", "b:True", {"1.0", "-1.0", "0.0", "0.0", "0.0", "0.0", "(0.0, 0.0)", "0.0", "110100"}},
    {"f:0.0", "i:10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", {"OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "110100"}},
    {"f:-0.0", "f:0.0", {"0.0", "-0.0", "-0.0", "ZeroDivisionError: float division by zero", "ZeroDivisionError: float floor division by zero", "ZeroDivisionError: float modulo", "ZeroDivisionError: float divmod()", "1.0", "011001"}},
    {"f:-0.0", "f:-0.0", {"-0.0", "0.0", "0.0", "ZeroDivisionError: float division by zero", "ZeroDivisionError: float floor division by zero", "ZeroDivisionError: float modulo", "ZeroDivisionError: float divmod()", "1.0", "011001"}},
    {"f:-0.0", "f:1.5", {"1.5", "-1.5", "-0.0", "-0.0", "-0.0", "0.0", "(-0.0, 0.0)", "0.0", "110100"}},
    {"f:-0.0", "f:-2.5", {"-2.5", "2.5", "0.0", "0.0", "0.0", "-0.0", "(0.0, -0.0)", "ZeroDivisionError: 0.0 cannot be raised to a negative power", "000111"}},
    {"f:-0.0", "f:0.1", {"0.1", "-0.1", "-0.0", "-0.0", "-0.0", "0.0", "(-0.0, 0.0)", "0.0", "110100"}},
    {"f:-0.0", "f:1e+300", {"1e+300", "-1e+300", "-0.0", "-0.0", "-0.0", "0.0", "(-0.0, 0.0)", "0.0", "110100"}},
    {"f:-0.0", "f:inf", {"inf", "-inf", "nan", "-0.0", "-0.0", "0.0", "(-0.0, 0.0)", "0.0", "110100"}},
    {"f:-0.0", "f:-inf", {"-inf", "inf", "nan", "0.0", "0.0", "-0.0", "(0.0, -0.0)", "inf", "000111"}},
    {"f:-0.0", "f:nan", {"nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)", "nan", "000100"}},
    {"f:-0.0", "i:3", {"3.0", "-3.0", "-0.0", "-0.0", "-0.0", "0.0", "(-0.0, 0.0)", "-0.0", "110100"}},
    {"f:-0.0", "i:-2", {"-2.0", "2.0", "0.0", "0.0", "0.0", "-0.0", "(0.0, -0.0)", "ZeroDivisionError: 0.0 cannot be raised to a negative power", "000111"}},
    {"f:-0.0", "i:9007199254740993", {"9007199254740992.0", "-9007199254740992.0", "-0.0", "-0.0", "-0.0", "0.0", "(-0.0, 0.0)", "0.0", "110100"}},
    {"f:-0.0", "b:True", {"1.0", "-1.0", "-0.0", "-0.0", "-0.0", "0.0", "(-0.0, 0.0)", "-0.0", "110100"}},
    {"f:-0.0", "i:10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", {"OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "110100"}},
    {"f:1.5", "f:0.0", {"1.5", "1.5", "0.0", "ZeroDivisionError: float division by zero", "ZeroDivisionError: float floor division by zero", "ZeroDivisionError: float modulo", "ZeroDivisionError: float divmod()", "1.0", "000111"}},
    {"f:1.5", "f:-0.0", {"1.5", "1.5", "-0.0", "ZeroDivisionError: float division by zero", "ZeroDivisionError: float floor division by zero", "ZeroDivisionError: float modulo", "ZeroDivisionError: float divmod()", "1.0", "000111"}},
    {"f:1.5", "f:1.5", {"3.0", "0.0", "2.25", "1.0", "1.0", "0.0", "(1.0, 0.0)", "1.8371173070873836", "011001"}},
    {"f:1.5", "f:-2.5", {"-1.0", "4.0", "-3.75", "-0.6", "-1.0", "-1.0", "(-1.0, -1.0)", "0.36288736930121157", "000111"}},
    {"f:1.5", "f:0.1", {"1.6", "1.4", "0.15000000000000002", "15.0", "14.0", "0.09999999999999992", "(14.0, 0.09999999999999992)", "1.0413797439924106", "000111"}},
    {"f:1.5", "f:1e+300", {"1e+300", "-1e+300", "1.5e+300", "1.4999999999999998e-300", "0.0", "1.5", "(0.0, 1.5)", "OverflowError: (34, 'Numerical result out of range')", "110100"}},
    {"f:1.5", "f:inf", {"inf", "-inf", "inf", "0.0", "0.0", "1.5", "(0.0, 1.5)", "inf", "110100"}},
    {"f:1.5", "f:-inf", {"-inf", "inf", "-inf", "-0.0", "-1.0", "-inf", "(-1.0, -inf)", "0.0", "000111"}},
    {"f:1.5", "f:nan", {"nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)", "nan", "000100"}},
    {"f:1.5", "i:3", {"4.5", "-1.5", "4.5", "0.5", "0.0", "1.5", "(0.0, 1.5)", "3.375", "110100"}},
    {"f:1.5", "i:-2", {"-0.5", "3.5", "-3.0", "-0.75", "-1.0", "-0.5", "(-1.0, -0.5)", "0.4444444444444444", "000111"}},
    {"f:1.5", "i:9007199254740993", {"9007199254740994.0", "-9007199254740990.0", "1.3510798882111488e+16", "1.6653345369377348e-16", "0.0", "1.5", "(0.0, 1.5)", "OverflowError: (34, 'Numerical result out of range')", "110100"}},
    {"f:1.5", "b:True", {"2.5", "0.5", "1.5", "1.5", "1.0", "0.5", "(1.0, 0.5)", "1.5", "000111"}},
    {"f:1.5", "i:10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", {"OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "110100"}},
    {"f:-2.5", "f:0.0", {"-2.5", "-2.5", "-0.0", "ZeroDivisionError: float division by zero", "ZeroDivisionError: float floor division by zero", "ZeroDivisionError: float modulo", "ZeroDivisionError: float divmod()", "1.0", "110100"}},
    {"f:-2.5", "f:-0.0", {"-2.5", "-2.5", "0.0", "ZeroDivisionError: float division by zero", "ZeroDivisionError: float floor division by zero", "ZeroDivisionError: float modulo", "ZeroDivisionError: float divmod()", "1.0", "110100"}},
    {"f:-2.5", "f:1.5", {"-1.0", "-4.0", "-3.75", "-1.6666666666666667", "-2.0", "0.5", "(-2.0, 0.5)", "(-7.261262277263225e-16-3.952847075210474j)", "110100"}},
    {"f:-2.5", "f:-2.5", {"-5.0", "0.0", "6.25", "1.0", "1.0", "-0.0", "(1.0, -0.0)", "(3.09813857163231e-17-0.10119288512538814j)", "011001"}},
    {"f:-2.5", "f:0.1", {"-2.4", "-2.6", "-0.25", "-25.0", "-25.0", "1.3877787807814457e-16", "(-25.0, 1.3877787807814457e-16)", "(1.0423182127909398+0.338669717078058j)", "110100"}},
    {"f:-2.5", "f:1e+300", {"1e+300", "-1e+300", "-2.5e+300", "-2.5e-300", "-1.0", "1e+300", "(-1.0, 1e+300)", "OverflowError: (34, 'Numerical result out of range')", "110100"}},
    {"f:-2.5", "f:inf", {"inf", "-inf", "-inf", "-0.0", "-1.0", "inf", "(-1.0, inf)", "inf", "110100"}},
    {"f:-2.5", "f:-inf", {"-inf", "inf", "inf", "0.0", "0.0", "-2.5", "(0.0, -2.5)", "0.0", "000111"}},
    {"f:-2.5", "f:nan", {"nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)", "nan", "000100"}},
    {"f:-2.5", "i:3", {"0.5", "-5.5", "-7.5", "-0.8333333333333334", "-1.0", "0.5", "(-1.0, 0.5)", "-15.625", "110100"}},
    {"f:-2.5", "i:-2", {"-4.5", "-0.5", "5.0", "1.25", "1.0", "-0.5", "(1.0, -0.5)", "0.16", "110100"}},
    {"f:-2.5", "i:9007199254740993", {"9007199254740990.0", "-9007199254740994.0", "-2.251799813685248e+16", "-2.7755575615628914e-16", "-1.0", "9007199254740990.0", "(-1.0, 9007199254740990.0)", "OverflowError: (34, 'Numerical result out of range')", "110100"}},
    {"f:-2.5", "b:True", {"-1.5", "-3.5", "-2.5", "-2.5", "-3.0", "0.5", "(-3.0, 0.5)", "-2.5", "110100"}},
    {"f:-2.5", "i:10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", {"OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "110100"}},
    {"f:0.1", "f:0.0", {"0.1", "0.1", "0.0", "ZeroDivisionError: float division by zero", "ZeroDivisionError: float floor division by zero", "ZeroDivisionError: float modulo", "ZeroDivisionError: float divmod()", "1.0", "000111"}},
    {"f:0.1", "f:-0.0", {"0.1", "0.1", "-0.0", "ZeroDivisionError: float division by zero", "ZeroDivisionError: float floor division by zero", "ZeroDivisionError: float modulo", "ZeroDivisionError: float divmod()", "1.0", "000111"}},
    {"f:0.1", "f:1.5", {"1.6", "-1.4", "0.15000000000000002", "0.06666666666666667", "0.0", "0.1", "(0.0, 0.1)", "0.0316227766016838", "110100"}},
    {"f:0.1", "f:-2.5", {"-2.4", "2.6", "-0.25", "-0.04", "-1.0", "-2.4", "(-1.0, -2.4)", "316.2277660168379", "000111"}},
    {"f:0.1", "f:0.1", {"0.2", "0.0", "0.010000000000000002", "1.0", "1.0", "0.0", "(1.0, 0.0)", "0.7943282347242815", "011001"}},
    {"f:0.1", "f:1e+300", {"1e+300", "-1e+300", "1e+299", "1e-301", "0.0", "0.1", "(0.0, 0.1)", "0.0", "110100"}},
    {"f:0.1", "f:inf", {"inf", "-inf", "inf", "0.0", "0.0", "0.1", "(0.0, 0.1)", "0.0", "110100"}},
    {"f:0.1", "f:-inf", {"-inf", "inf", "-inf", "-0.0", "-1.0", "-inf", "(-1.0, -inf)", "inf", "000111"}},
    {"f:0.1", "f:nan", {"nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)", "nan", "000100"}},
    {"f:0.1", "i:3", {"3.1", "-2.9", "0.30000000000000004", "0.03333333333333333", "0.0", "0.1", "(0.0, 0.1)", "0.0010000000000000002", "110100"}},
    {"f:0.1", "i:-2", {"-1.9", "2.1", "-0.2", "-0.05", "-1.0", "-1.9", "(-1.0, -1.9)", "99.99999999999999", "000111"}},
    {"f:0.1", "i:9007199254740993", {"9007199254740992.0", "-9007199254740992.0", "900719925474099.2", "1.1102230246251566e-17", "0.0", "0.1", "(0.0, 0.1)", "0.0", "110100"}},
    {"f:0.1", "b:True", {"1.1", "-0.9", "0.1", "0.1", "0.0", "0.1", "(0.0, 0.1)", "0.1", "110100"}},
    {"f:0.1", "i:10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", {"OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "110100"}},
    {"f:1e+300", "f:0.0", {"1e+300", "1e+300", "0.0", "ZeroDivisionError: float division by zero", "ZeroDivisionError: float floor division by zero", "ZeroDivisionError: float modulo", "ZeroDivisionError: float divmod()", "1.0", "000111"}},
    {"f:1e+300", "f:-0.0", {"1e+300", "1e+300", "-0.0", "ZeroDivisionError: float division by zero", "ZeroDivisionError: float floor division by zero", "ZeroDivisionError: float modulo", "ZeroDivisionError: float divmod()", "1.0", "000111"}},
    {"f:1e+300", "f:1.5", {"1e+300", "1e+300", "1.5e+300", "6.666666666666667e+299", "6.666666666666667e+299", "0.0", "(6.666666666666667e+299, 0.0)", "OverflowError: (34, 'Numerical result out of range')", "000111"}},
    {"f:1e+300", "f:-2.5", {"1e+300", "1e+300", "-2.5e+300", "-4e+299", "-4e+299", "-0.0", "(-4e+299, -0.0)", "0.0", "000111"}},
    {"f:1e+300", "f:0.1", {"1e+300", "1e+300", "1e+299", "1e+301", "1e+301", "0.00011215964963492975", "(1e+301, 0.00011215964963492975)", "1.0000000000000038e+30", "000111"}},
    {"f:1e+300", "f:1e+300", {"2e+300", "0.0", "inf", "1.0", "1.0", "0.0", "(1.0, 0.0)", "OverflowError: (34, 'Numerical result out of range')", "011001"}},
    {"f:1e+300", "f:inf", {"inf", "-inf", "inf", "0.0", "0.0", "1e+300", "(0.0, 1e+300)", "inf", "110100"}},
    {"f:1e+300", "f:-inf", {"-inf", "inf", "-inf", "-0.0", "-1.0", "-inf", "(-1.0, -inf)", "0.0", "000111"}},
    {"f:1e+300", "f:nan", {"nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)", "nan", "000100"}},
    {"f:1e+300", "i:3", {"1e+300", "1e+300", "3e+300", "3.3333333333333335e+299", "3.3333333333333335e+299", "0.0", "(3.3333333333333335e+299, 0.0)", "OverflowError: (34, 'Numerical result out of range')", "000111"}},
    {"f:1e+300", "i:-2", {"1e+300", "1e+300", "-2e+300", "-5e+299", "-5e+299", "-0.0", "(-5e+299, -0.0)", "0.0", "000111"}},
    {"f:1e+300", "i:9007199254740993", {"1e+300", "1e+300", "inf", "1.1102230246251566e+284", "1.1102230246251566e+284", "0.0", "(1.1102230246251566e+284, 0.0)", "OverflowError: (34, 'Numerical result out of range')", "000111"}},
    {"f:1e+300", "b:True", {"1e+300", "1e+300", "1e+300", "1e+300", "1e+300", "0.0", "(1e+300, 0.0)", "1e+300", "000111"}},
    {"f:1e+300", "i:10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", {"OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "110100"}},
    {"f:inf", "f:0.0", {"inf", "inf", "nan", "ZeroDivisionError: float division by zero", "ZeroDivisionError: float floor division by zero", "ZeroDivisionError: float modulo", "ZeroDivisionError: float divmod()", "1.0", "000111"}},
    {"f:inf", "f:-0.0", {"inf", "inf", "nan", "ZeroDivisionError: float division by zero", "ZeroDivisionError: float floor division by zero", "ZeroDivisionError: float modulo", "ZeroDivisionError: float divmod()", "1.0", "000111"}},
    {"f:inf", "f:1.5", {"inf", "inf", "inf", "inf", "nan", "nan", "(nan, nan)", "inf", "000111"}},
    {"f:inf", "f:-2.5", {"inf", "inf", "-inf", "-inf", "nan", "nan", "(nan, nan)", "0.0", "000111"}},
    {"f:inf", "f:0.1", {"inf", "inf", "inf", "inf", "nan", "nan", "(nan, nan)", "inf", "000111"}},
    {"f:inf", "f:1e+300", {"inf", "inf", "inf", "inf", "nan", "nan", "(nan, nan)", "inf", "000111"}},
    {"f:inf", "f:inf", {"inf", "nan", "inf", "nan", "nan", "nan", "(nan, nan)", "inf", "011001"}},
    {"f:inf", "f:-inf", {"nan", "inf", "-inf", "nan", "nan", "nan", "(nan, nan)", "0.0", "000111"}},
    {"f:inf", "f:nan", {"nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)", "nan", "000100"}},
    {"f:inf", "i:3", {"inf", "inf", "inf", "inf", "nan", "nan", "(nan, nan)", "inf", "000111"}},
    {"f:inf", "i:-2", {"inf", "inf", "-inf", "-inf", "nan", "nan", "(nan, nan)", "0.0", "000111"}},
    {"f:inf", "i:9007199254740993", {"inf", "inf", "inf", "inf", "nan", "nan", "(nan, nan)", "inf", "000111"}},
    {"f:inf", "b:True", {"inf", "inf", "inf", "inf", "nan", "nan", "(nan, nan)", "inf", "000111"}},
    {"f:inf", "i:10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", {"OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "000111"}},
    {"f:-inf", "f:0.0", {"-inf", "-inf", "nan", "ZeroDivisionError: float division by zero", "ZeroDivisionError: float floor division by zero", "ZeroDivisionError: float modulo", "ZeroDivisionError: float divmod()", "1.0", "110100"}},
    {"f:-inf", "f:-0.0", {"-inf", "-inf", "nan", "ZeroDivisionError: float division by zero", "ZeroDivisionError: float floor division by zero", "ZeroDivisionError: float modulo", "ZeroDivisionError: float divmod()", "1.0", "110100"}},
    {"f:-inf", "f:1.5", {"-inf", "-inf", "-inf", "-inf", "nan", "nan", "(nan, nan)", "inf", "110100"}},
    {"f:-inf", "f:-2.5", {"-inf", "-inf", "inf", "inf", "nan", "nan", "(nan, nan)", "0.0", "110100"}},
    {"f:-inf", "f:0.1", {"-inf", "-inf", "-inf", "-inf", "nan", "nan", "(nan, nan)", "inf", "110100"}},
    {"f:-inf", "f:1e+300", {"-inf", "-inf", "-inf", "-inf", "nan", "nan", "(nan, nan)", "inf", "110100"}},
    {"f:-inf", "f:inf", {"nan", "-inf", "-inf", "nan", "nan", "nan", "(nan, nan)", "inf", "110100"}},
    {"f:-inf", "f:-inf", {"-inf", "nan", "inf", "nan", "nan", "nan", "(nan, nan)", "0.0", "011001"}},
    {"f:-inf", "f:nan", {"nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)", "nan", "000100"}},
    {"f:-inf", "i:3", {"-inf", "-inf", "-inf", "-inf", "nan", "nan", "(nan, nan)", "-inf", "110100"}},
    {"f:-inf", "i:-2", {"-inf", "-inf", "inf", "inf", "nan", "nan", "(nan, nan)", "0.0", "110100"}},
    {"f:-inf", "i:9007199254740993", {"-inf", "-inf", "-inf", "-inf", "nan", "nan", "(nan, nan)", "inf", "110100"}},
    {"f:-inf", "b:True", {"-inf", "-inf", "-inf", "-inf", "nan", "nan", "(nan, nan)", "-inf", "110100"}},
    {"f:-inf", "i:10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", {"OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "110100"}},
    {"f:nan", "f:0.0", {"nan", "nan", "nan", "ZeroDivisionError: float division by zero", "ZeroDivisionError: float floor division by zero", "ZeroDivisionError: float modulo", "ZeroDivisionError: float divmod()", "1.0", "000100"}},
    {"f:nan", "f:-0.0", {"nan", "nan", "nan", "ZeroDivisionError: float division by zero", "ZeroDivisionError: float floor division by zero", "ZeroDivisionError: float modulo", "ZeroDivisionError: float divmod()", "1.0", "000100"}},
    {"f:nan", "f:1.5", {"nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)", "nan", "000100"}},
    {"f:nan", "f:-2.5", {"nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)", "nan", "000100"}},
    {"f:nan", "f:0.1", {"nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)", "nan", "000100"}},
    {"f:nan", "f:1e+300", {"nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)", "nan", "000100"}},
    {"f:nan", "f:inf", {"nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)", "nan", "000100"}},
    {"f:nan", "f:-inf", {"nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)", "nan", "000100"}},
    {"f:nan", "f:nan", {"nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)", "nan", "000100"}},
    {"f:nan", "i:3", {"nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)", "nan", "000100"}},
    {"f:nan", "i:-2", {"nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)", "nan", "000100"}},
    {"f:nan", "i:9007199254740993", {"nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)", "nan", "000100"}},
    {"f:nan", "b:True", {"nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)", "nan", "000100"}},
    {"f:nan", "i:10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", {"OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "000100"}},
    {"i:3", "f:0.0", {"3.0", "3.0", "0.0", "ZeroDivisionError: float division by zero", "ZeroDivisionError: float floor division by zero", "ZeroDivisionError: float modulo", "ZeroDivisionError: float divmod()", "1.0", "000111"}},
    {"i:3", "f:-0.0", {"3.0", "3.0", "-0.0", "ZeroDivisionError: float division by zero", "ZeroDivisionError: float floor division by zero", "ZeroDivisionError: float modulo", "ZeroDivisionError: float divmod()", "1.0", "000111"}},
    {"i:3", "f:1.5", {"4.5", "1.5", "4.5", "2.0", "2.0", "0.0", "(2.0, 0.0)", "5.196152422706632", "000111"}},
    {"i:3", "f:-2.5", {"0.5", "5.5", "-7.5", "-1.2", "-2.0", "-2.0", "(-2.0, -2.0)", "0.06415002990995841", "000111"}},
    {"i:3", "f:0.1", {"3.1", "2.9", "0.30000000000000004", "30.0", "29.0", "0.09999999999999984", "(29.0, 0.09999999999999984)", "1.1161231740339044", "000111"}},
    {"i:3", "f:1e+300", {"1e+300", "-1e+300", "3e+300", "2.9999999999999996e-300", "0.0", "3.0", "(0.0, 3.0)", "OverflowError: (34, 'Numerical result out of range')", "110100"}},
    {"i:3", "f:inf", {"inf", "-inf", "inf", "0.0", "0.0", "3.0", "(0.0, 3.0)", "inf", "110100"}},
    {"i:3", "f:-inf", {"-inf", "inf", "-inf", "-0.0", "-1.0", "-inf", "(-1.0, -inf)", "0.0", "000111"}},
    {"i:3", "f:nan", {"nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)", "nan", "000100"}},
    {"i:-2", "f:0.0", {"-2.0", "-2.0", "-0.0", "ZeroDivisionError: float division by zero", "ZeroDivisionError: float floor division by zero", "ZeroDivisionError: float modulo", "ZeroDivisionError: float divmod()", "1.0", "110100"}},
    {"i:-2", "f:-0.0", {"-2.0", "-2.0", "0.0", "ZeroDivisionError: float division by zero", "ZeroDivisionError: float floor division by zero", "ZeroDivisionError: float modulo", "ZeroDivisionError: float divmod()", "1.0", "110100"}},
    {"i:-2", "f:1.5", {"-0.5", "-3.5", "-3.0", "-1.3333333333333333", "-2.0", "1.0", "(-2.0, 1.0)", "(-5.19573633741296e-16-2.8284271247461903j)", "110100"}},
    {"i:-2", "f:-2.5", {"-4.5", "0.5", "5.0", "0.8", "0.0", "-2.0", "(0.0, -2.0)", "(5.412225351471834e-17-0.1767766952966369j)", "000111"}},
    {"i:-2", "f:0.1", {"-1.9", "-2.1", "-0.2", "-20.0", "-20.0", "1.1102230246251565e-16", "(-20.0, 1.1102230246251565e-16)", "(1.0193171355373611+0.33119621404379557j)", "110100"}},
    {"i:-2", "f:1e+300", {"1e+300", "-1e+300", "-2e+300", "-2e-300", "-1.0", "1e+300", "(-1.0, 1e+300)", "OverflowError: (34, 'Numerical result out of range')", "110100"}},
    {"i:-2", "f:inf", {"inf", "-inf", "-inf", "-0.0", "-1.0", "inf", "(-1.0, inf)", "inf", "110100"}},
    {"i:-2", "f:-inf", {"-inf", "inf", "inf", "0.0", "0.0", "-2.0", "(0.0, -2.0)", "0.0", "000111"}},
    {"i:-2", "f:nan", {"nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)", "nan", "000100"}},
    {"i:9007199254740993", "f:0.0", {"9007199254740992.0", "9007199254740992.0", "0.0", "ZeroDivisionError: float division by zero", "ZeroDivisionError: float floor division by zero", "ZeroDivisionError: float modulo", "ZeroDivisionError: float divmod()", "1.0", "000111"}},
    {"i:9007199254740993", "f:-0.0", {"9007199254740992.0", "9007199254740992.0", "-0.0", "ZeroDivisionError: float division by zero", "ZeroDivisionError: float floor division by zero", "ZeroDivisionError: float modulo", "ZeroDivisionError: float divmod()", "1.0", "000111"}},
    {"i:9007199254740993", "f:1.5", {"9007199254740994.0", "9007199254740990.0", "1.3510798882111488e+16", "6004799503160661.0", "6004799503160661.0", "0.5", "(6004799503160661.0, 0.5)", "8.548396450010093e+23", "000111"}},
    {"i:9007199254740993", "f:-2.5", {"9007199254740990.0", "9007199254740994.0", "-2.251799813685248e+16", "-3602879701896397.0", "-3602879701896397.0", "-0.5", "(-3602879701896397.0, -0.5)", "1.2987500417389344e-40", "000111"}},
    {"i:9007199254740993", "f:0.1", {"9007199254740992.0", "9007199254740992.0", "900719925474099.2", "9.007199254740992e+16", "9.007199254740992e+16", "2.7755575615628914e-17", "(9.007199254740992e+16, 2.7755575615628914e-17)", "39.39662122703733", "000111"}},
    {"i:9007199254740993", "f:1e+300", {"1e+300", "-1e+300", "inf", "9.007199254740992e-285", "0.0", "9007199254740992.0", "(0.0, 9007199254740992.0)", "OverflowError: (34, 'Numerical result out of range')", "110100"}},
    {"i:9007199254740993", "f:inf", {"inf", "-inf", "inf", "0.0", "0.0", "9007199254740992.0", "(0.0, 9007199254740992.0)", "inf", "110100"}},
    {"i:9007199254740993", "f:-inf", {"-inf", "inf", "-inf", "-0.0", "-1.0", "-inf", "(-1.0, -inf)", "0.0", "000111"}},
    {"i:9007199254740993", "f:nan", {"nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)", "nan", "000100"}},
    {"b:True", "f:0.0", {"1.0", "1.0", "0.0", "ZeroDivisionError: float division by zero", "ZeroDivisionError: float floor division by zero", "ZeroDivisionError: float modulo", "ZeroDivisionError: float divmod()", "1.0", "000111"}},
    {"b:True", "f:-0.0", {"1.0", "1.0", "-0.0", "ZeroDivisionError: float division by zero", "ZeroDivisionError: float floor division by zero", "ZeroDivisionError: float modulo", "ZeroDivisionError: float divmod()", "1.0", "000111"}},
    {"b:True", "f:1.5", {"2.5", "-0.5", "1.5", "0.6666666666666666", "0.0", "1.0", "(0.0, 1.0)", "1.0", "110100"}},
    {"b:True", "f:-2.5", {"-1.5", "3.5", "-2.5", "-0.4", "-1.0", "-1.5", "(-1.0, -1.5)", "1.0", "000111"}},
    {"b:True", "f:0.1", {"1.1", "0.9", "0.1", "10.0", "9.0", "0.09999999999999995", "(9.0, 0.09999999999999995)", "1.0", "000111"}},
    {"b:True", "f:1e+300", {"1e+300", "-1e+300", "1e+300", "1e-300", "0.0", "1.0", "(0.0, 1.0)", "1.0", "110100"}},
    {"b:True", "f:inf", {"inf", "-inf", "inf", "0.0", "0.0", "1.0", "(0.0, 1.0)", "1.0", "110100"}},
    {"b:True", "f:-inf", {"-inf", "inf", "-inf", "-0.0", "-1.0", "-inf", "(-1.0, -inf)", "1.0", "000111"}},
    {"b:True", "f:nan", {"nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)", "1.0", "000100"}},
    {"i:10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "f:0.0", {"OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "000111"}},
    {"i:10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "f:-0.0", {"OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "000111"}},
    {"i:10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "f:1.5", {"OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "000111"}},
    {"i:10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "f:-2.5", {"OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "000111"}},
    {"i:10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "f:0.1", {"OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "000111"}},
    {"i:10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "f:1e+300", {"OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "000111"}},
    {"i:10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "f:inf", {"OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "110100"}},
    {"i:10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "f:-inf", {"OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "000111"}},
    {"i:10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "f:nan", {"OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "OverflowError: int too large to convert to float", "000100"}},
};
/* {a, b, a//b, a%b} */
static const struct div_case div_cases[] = {
    {"f:7.5", "i:-2", "-4.0", "-0.5"},
    {"f:-7.5", "i:2", "-4.0", "0.5"},
    {"f:0.0", "i:-2", "-0.0", "-0.0"},
    {"f:-0.0", "i:2", "-0.0", "0.0"},
    {"f:1.0", "f:0.1", "9.0", "0.09999999999999995"},
    {"i:-1", "f:inf", "-1.0", "inf"},
    {"i:1", "f:inf", "0.0", "1.0"},
    {"f:-1.0", "f:-inf", "0.0", "-1.0"},
    {"f:5e-324", "i:1", "0.0", "5e-324"},
    {"f:-5e-324", "i:1", "-1.0", "1.0"},
    {"f:1e+308", "f:1e-308", "inf", "3.498445546245627e-309"},
    {"f:3.0", "f:0.0", "ZeroDivisionError: float floor division by zero", "ZeroDivisionError: float modulo"},
    {"i:18446744073709551616", "f:0.5", "3.6893488147419103e+19", "0.0"},
    {"f:-0.0", "i:-1", "0.0", "-0.0"},
    {"f:0.0", "i:-1", "-0.0", "-0.0"},
    {"f:6.0", "f:3.0", "2.0", "0.0"},
    {"f:-6.0", "f:3.0", "-2.0", "0.0"},
    {"f:1e+16", "f:3.0", "3333333333333333.0", "1.0"},
    {"f:0.3", "f:0.1", "2.0", "0.09999999999999998"},
    {"f:-0.3", "f:0.1", "-3.0", "2.7755575615628914e-17"},
};
static const struct op_case pow_cases[] = {
    {"f:-8.0", "**", "f:0.3333333333333333", "(1.0000000000000002+1.7320508075688772j)"},
    {"i:-8", "**", "f:0.3333333333333333", "(1.0000000000000002+1.7320508075688772j)"},
    {"f:-1.0", "**", "f:0.5", "(6.123233995736766e-17+1j)"},
    {"f:-0.0", "**", "i:-1", "ZeroDivisionError: 0.0 cannot be raised to a negative power"},
    {"f:-0.0", "**", "f:0.5", "0.0"},
    {"f:-0.0", "**", "f:-0.5", "ZeroDivisionError: 0.0 cannot be raised to a negative power"},
    {"f:-0.0", "**", "i:3", "-0.0"},
    {"f:-0.0", "**", "i:-3", "ZeroDivisionError: 0.0 cannot be raised to a negative power"},
    {"f:nan", "**", "i:0", "1.0"},
    {"i:1", "**", "f:nan", "1.0"},
    {"f:-1.0", "**", "f:inf", "1.0"},
    {"f:-2.0", "**", "f:inf", "inf"},
    {"f:-0.5", "**", "f:-inf", "inf"},
    {"f:-inf", "**", "i:3", "-inf"},
    {"f:-inf", "**", "i:-3", "-0.0"},
    {"f:-inf", "**", "f:2.5", "inf"},
    {"f:-inf", "**", "f:-2.5", "0.0"},
    {"f:-inf", "**", "f:0.5", "inf"},
    {"f:-2.0", "**", "i:3", "-8.0"},
    {"f:-2.0", "**", "f:-3.0", "-0.125"},
    {"f:1e-320", "**", "i:2", "0.0"},
    {"f:2.0", "**", "i:-1075", "0.0"},
    {"f:-1e+300", "**", "i:3", "OverflowError: (34, 'Numerical result out of range')"},
    {"f:-1e+300", "**", "i:2", "OverflowError: (34, 'Numerical result out of range')"},
    {"f:-2.0", "**", "f:nan", "nan"},
    {"f:nan", "**", "i:-1", "nan"},
    {"i:2", "**", "f:0.5", "1.4142135623730951"},
    {"i:10", "**", "i:-2", "0.01"},
    {"i:-10", "**", "i:-3", "-0.001"},
    {"i:114813069527425452423283320117768198402231770208869520047764273682576626139237031385665948631650626991844596463898746277344711896086305533142593135616665318539129989145312280000688779148240044871428926990063486244781615463646388363947317026040466353970904996558162398808944629605623311649536164221970332681344168908984458505602379484807914058900934776500429002716706625830522008132236281291761267883317206598995396418127021779858404042159853183251540889433902091920554957783589672039160081957216630582755380425583726015528348786419432054508915275783882625175435528800822842770817965453762184851149029376", "**", "i:-1", "OverflowError: int too large to convert to float"},
    {"i:2", "**", "i:-2000", "0.0"},
    {"i:0", "**", "i:-1", "ZeroDivisionError: 0.0 cannot be raised to a negative power"},
    {"f:0.0", "**", "i:-1", "ZeroDivisionError: 0.0 cannot be raised to a negative power"},
    {"f:0.0", "**", "i:0", "1.0"},
    {"f:2.0", "**", "i:1024", "OverflowError: (34, 'Numerical result out of range')"},
    {"f:2.0", "**", "i:1023", "8.98846567431158e+307"},
    {"f:0.5", "**", "i:-1074", "OverflowError: (34, 'Numerical result out of range')"},
    {"f:1.0000001", "**", "f:10000000000.0", "OverflowError: (34, 'Numerical result out of range')"},
    {"f:1.5", "**", "i:1152921504606846976", "OverflowError: (34, 'Numerical result out of range')"},
    {"f:-1.5", "**", "i:1152921504606846977", "OverflowError: (34, 'Numerical result out of range')"},
    {"f:-1.0", "**", "i:1208925819614629174706177", "1.0"},
};
/* {x, repr(x), hash(x) (NaN left out), x.hex()} */
static const struct repr_case repr_cases[] = {
    /* powers of two, where the shortest digits are a neighbour of the nearest */
    {"f:6.290184345309701e-235", "6.290184345309701e-235", "32768", "0x1.0000000000000p-778"},
    {"f:6.150157786156811e+259", "6.150157786156811e+259", "512", "0x1.0000000000000p+863"},
    {"f:0.0", "0.0", "0", "0x0.0p+0"},
    {"f:-0.0", "-0.0", "0", "-0x0.0p+0"},
    {"f:0.1", "0.1", "230584300921369408", "0x1.999999999999ap-4"},
    {"f:0.2", "0.2", "461168601842738816", "0x1.999999999999ap-3"},
    {"f:0.3", "0.3", "691752902764108160", "0x1.3333333333333p-2"},
    {"f:0.3333333333333333", "0.3333333333333333", "768614336404564608", "0x1.5555555555555p-2"},
    {"f:0.6666666666666666", "0.6666666666666666", "1537228672809129216", "0x1.5555555555555p-1"},
    {"f:1.0", "1.0", "1", "0x1.0000000000000p+0"},
    {"f:100.0", "100.0", "100", "0x1.9000000000000p+6"},
    {"f:1e+16", "1e+16", "10000000000000000", "0x1.1c37937e08000p+53"},
    {"f:1000000000000000.0", "1000000000000000.0", "1000000000000000", "0x1.c6bf526340000p+49"},
    {"f:123456789.123", "123456789.123", "283618680910892309", "0x1.d6f34547df3b6p+26"},
    {"f:1e+22", "1e+22", "1864712049423028464", "0x1.0f0cf064dd592p+73"},
    {"f:1e-07", "1e-07", "851743510110745977", "0x1.ad7f29abcaf48p-24"},
    {"f:0.0001", "0.0001", "936979306793984537", "0x1.a36e2eb1c432dp-14"},
    {"f:1e-05", "1e-05", "2170758078822671208", "0x1.4f8b588e368f1p-17"},
    {"f:5e-324", "5e-324", "16777216", "0x0.0000000000001p-1022"},
    {"f:2.2250738585072014e-308", "2.2250738585072014e-308", "32768", "0x1.0000000000000p-1022"},
    {"f:1.7976931348623157e+308", "1.7976931348623157e+308", "2234066890152476671", "0x1.fffffffffffffp+1023"},
    {"f:-1.5", "-1.5", "-1152921504606846977", "-0x1.8000000000000p+0"},
    {"f:3.14159", "3.14159", "326484311674566659", "0x1.921f9f01b866ep+1"},
    {"f:2.5e-05", "2.5e-05", "810705579001919622", "0x1.a36e2eb1c432dp-16"},
    {"f:9007199254740992.0", "9007199254740992.0", "9007199254740992", "0x1.0000000000000p+53"},
    {"f:0.30000000000000004", "0.30000000000000004", "691752902764108288", "0x1.3333333333334p-2"},
    {"f:1e+23", "1e+23", "200376420512344424", "0x1.52d02c7e14af6p+76"},
    {"f:8.41e+21", "8.41e+21", "590545397657636415", "0x1.c7e83209e90b2p+72"},
    {"f:4.35e-07", "4.35e-07", "2206483345476541391", "0x1.d313e3b79fe9fp-22"},
    {"f:1.23e-18", "1.23e-18", "1928115720834398210", "0x1.6b082c2148b8ep-60"},
    {"f:inf", "inf", "314159", "inf"},
    {"f:-inf", "-inf", "-314159", "-inf"},
    {"f:nan", "nan", "", "nan"},
    {"f:0.5", "0.5", "1152921504606846976", "0x1.0000000000000p-1"},
    {"f:299792458.0", "299792458.0", "299792458", "0x1.1de784a000000p+28"},
    {"f:1.1", "1.1", "230584300921369601", "0x1.199999999999ap+0"},
    {"f:1.5e-323", "1.5e-323", "50331648", "0x0.0000000000003p-1022"},
};
/* {x, n (NULL: none), round(x, n)} */
static const struct round_case round_cases[] = {
    {"f:0.5", NULL, "0"},
    {"f:1.5", NULL, "2"},
    {"f:2.5", NULL, "2"},
    {"f:-0.5", NULL, "0"},
    {"f:-1.5", NULL, "-2"},
    {"f:0.49999999999999994", NULL, "0"},
    {"f:1e+20", NULL, "100000000000000000000"},
    {"f:-2.7", NULL, "-3"},
    {"f:inf", NULL, "OverflowError: cannot convert float infinity to integer"},
    {"f:nan", NULL, "ValueError: cannot convert float NaN to integer"},
    {"f:2.675", "i:2", "2.67"},
    {"f:2.5", "i:0", "2.0"},
    {"f:-0.4", "i:0", "-0.0"},
    {"f:1.25", "i:1", "1.2"},
    {"f:1.35", "i:1", "1.4"},
    {"f:123.456", "i:-1", "120.0"},
    {"f:-125.0", "i:-1", "-120.0"},
    {"f:125.0", "i:-1", "120.0"},
    {"f:135.0", "i:-1", "140.0"},
    {"f:5e-324", "i:400", "5e-324"},
    {"f:1.5", "i:1000000000000000000000000000000", "1.5"},
    {"f:1.5", "i:-1000000000000000000000000000000", "0.0"},
    {"f:-1.5", "i:-1000000000000000000000000000000", "-0.0"},
    {"f:1e+300", "i:2", "1e+300"},
    {"f:1.7e+308", "i:-308", "OverflowError: rounded value too large to represent"},
    {"f:1.7976931348623157e+308", "i:-307", "OverflowError: rounded value too large to represent"},
    {"f:0.1", "i:17", "0.1"},
    {"f:0.1", "i:20", "0.1"},
    {"f:1e-300", "i:310", "1e-300"},
    {"f:12345.6789", "i:-2", "12300.0"},
    {"f:inf", "i:2", "inf"},
    {"f:nan", "i:2", "nan"},
    {"f:-0.0", "i:1", "-0.0"},
    {"f:99.5", "i:-1", "100.0"},
    {"f:0.285", "i:2", "0.28"},
    {"f:1.0000000000000002", "i:15", "1.0"},
    {"f:5.55", "i:1", "5.5"},
    {"f:1.0000000000000002e+16", "i:-1", "1e+16"},
    {"f:4500000000000000.0", "i:-15", "4000000000000000.0"},
    {"f:5000000000000000.0", "i:-16", "0.0"},
    {"f:1.5e+16", "i:-16", "2e+16"},
    {"f:2.5", "s:x", "TypeError: 'str' object cannot be interpreted as an integer"},
    {"f:2.5", "f:1.0", "TypeError: 'float' object cannot be interpreted as an integer"},
};
/* {text, float(text)} */
static const struct text_case text_cases[] = {
    {"1.5", "1.5"},
    {" -2.5e3 ", "-2500.0"},
    {"+.5", "0.5"},
    {"5.", "5.0"},
    {".", "ValueError: could not convert string to float: '.'"},
    {"", "ValueError: could not convert string to float: ''"},
    {" ", "ValueError: could not convert string to float: ' '"},
    {"1e", "ValueError: could not convert string to float: '1e'"},
    {"1e+5", "100000.0"},
    {"1E-5", "1e-05"},
    {"1_0.5", "10.5"},
    {"1__0", "ValueError: could not convert string to float: '1__0'"},
    {"_1", "ValueError: could not convert string to float: '_1'"},
    {"1_", "ValueError: could not convert string to float: '1_'"},
    {"1._5", "ValueError: could not convert string to float: '1._5'"},
    {"1_.5", "ValueError: could not convert string to float: '1_.5'"},
    {"1e_5", "ValueError: could not convert string to float: '1e_5'"},
    {"1_e5", "ValueError: could not convert string to float: '1_e5'"},
    {"1e1_0", "10000000000.0"},
    {"inf", "inf"},
    {"-Infinity", "-inf"},
    {"  +nan ", "nan"},
    {"-nAn", "nan"},
    {"infinit", "ValueError: could not convert string to float: 'infinit'"},
    {"in f", "ValueError: could not convert string to float: 'in f'"},
    {"infinityx", "ValueError: could not convert string to float: 'infinityx'"},
    {"0x10", "ValueError: could not convert string to float: '0x10'"},
    {"1.5j", "ValueError: could not convert string to float: '1.5j'"},
    {"\331\241.\331\245", "1.5"},
    {"\357\274\223.\357\274\222\357\274\225", "3.25"},
    {"\302\240 1.5\342\200\203", "1.5"},
    {" \331\241.x ", "ValueError: could not convert string to float: ' \331\241.x '"},
    {"\0341", "ValueError: could not convert string to float: '\\x1c1'"},
    {"\0131\014", "1.0"},
    {"111111111111111111111111111111", "1.111111111111111e+29"},
    {"0.0000000000000000000000000000001", "1e-31"},
    {"1e400", "inf"},
    {"-1e400", "-inf"},
    {"1e-400", "0.0"},
    {"2.4703282292062328e-324", "5e-324"},
    {"2.4703282292062327e-324", "0.0"},
    {"1.7976931348623158e308", "1.7976931348623157e+308"},
    {"1.7976931348623159e308", "inf"},
    {"0.1", "0.1"},
    {"123456789012345678901234567890", "1.2345678901234568e+29"},
    {"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "ValueError: could not convert string to float: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'"},
    {"+-1", "ValueError: could not convert string to float: '+-1'"},
    {"--1", "ValueError: could not convert string to float: '--1'"},
    {"1.5.5", "ValueError: could not convert string to float: '1.5.5'"},
    {"1e5.5", "ValueError: could not convert string to float: '1e5.5'"},
    {"nan(1)", "ValueError: could not convert string to float: 'nan(1)'"},
    {"\331\241\331\242\331\243", "123.0"},
};
/* {text, float.fromhex(text)} */
static const struct text_case hex_cases[] = {
    {"0x1.8p1", "3.0"},
    {" -0x1.8p1 ", "-3.0"},
    {"0X1P+3", "8.0"},
    {"1p3", "8.0"},
    {"0x1.8", "1.5"},
    {" 0x1 ", "1.0"},
    {"1.", "1.0"},
    {"0x.8", "0.5"},
    {".8", "0.5"},
    {"0x1p-1074", "5e-324"},
    {"0x1p-1075", "0.0"},
    {"0x1.0000000000001p-1074", "5e-324"},
    {"0x1p1024", "OverflowError: hexadecimal value too large to represent as a float"},
    {"0x1.fffffffffffff8p1023", "OverflowError: hexadecimal value too large to represent as a float"},
    {"0x1.fffffffffffff7p1023", "1.7976931348623157e+308"},
    {"0x1p", "ValueError: invalid hexadecimal floating-point string"},
    {"0x", "ValueError: invalid hexadecimal floating-point string"},
    {"0x.", "ValueError: invalid hexadecimal floating-point string"},
    {".", "ValueError: invalid hexadecimal floating-point string"},
    {"-inFinity", "-inf"},
    {"nan", "nan"},
    {"inf", "inf"},
    {"0x1_0", "ValueError: invalid hexadecimal floating-point string"},
    {"0x1p+", "ValueError: invalid hexadecimal floating-point string"},
    {"0xg", "ValueError: invalid hexadecimal floating-point string"},
    {"", "ValueError: invalid hexadecimal floating-point string"},
    {"0x1.ffffp10", "2047.984375"},
    {"-0x1p-1074", "-5e-324"},
    {"0x0p99999999999999999999", "0.0"},
    {"0x1p99999999999999999999", "OverflowError: hexadecimal value too large to represent as a float"},
    {"0x1p-99999999999999999999", "0.0"},
    {"0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffp0", "1.7668470647783843e+72"},
    {"0x0.0000000000001p-1022", "5e-324"},
    {"1111111111", "73300775185.0"},
    {"0x1.999999999999ap-4", "0.1"},
};
/* {value, spec, format(value, spec)} */
static const struct format_case format_cases[] = {
    {"i:2748", "", "'2748'"},
    {"i:2748", "b", "'101010111100'"},
    {"i:2748", "o", "'5274'"},
    {"i:2748", "x", "'abc'"},
    {"i:2748", "X", "'ABC'"},
    {"i:2748", "#b", "'0b101010111100'"},
    {"i:2748", "#o", "'0o5274'"},
    {"i:2748", "#x", "'0xabc'"},
    {"i:2748", "#X", "'0XABC'"},
    {"i:2748", "d", "'2748'"},
    {"i:2748", "n", "'2748'"},
    {"i:2748", "c", "'\340\252\274'"},
    {"i:2748", "e", "'2.748000e+03'"},
    {"i:2748", "f", "'2748.000000'"},
    {"i:2748", "g", "'2748'"},
    {"i:2748", "%", "'274800.000000%'"},
    {"i:2748", ",", "'2,748'"},
    {"i:2748", "_", "'2_748'"},
    {"i:2748", "_x", "'abc'"},
    {"i:2748", "_b", "'1010_1011_1100'"},
    {"i:2748", "08,", "'0,002,748'"},
    {"i:2748", "07,", "'002,748'"},
    {"i:2748", "010,", "'00,002,748'"},
    {"i:2748", "0>10,", "'000002,748'"},
    {"i:2748", "x=10,", "'xxxxx2,748'"},
    {"i:2748", "=+10", "'+     2748'"},
    {"i:2748", "^10", "'   2748   '"},
    {"i:2748", "^11", "'   2748    '"},
    {"i:2748", "<8", "'2748    '"},
    {"i:2748", "+", "'+2748'"},
    {"i:2748", " ", "' 2748'"},
    {"i:2748", "#010x", "'0x00000abc'"},
    {"i:2748", "#012_b", "'0b1010_1011_1100'"},
    {"i:2748", "012_b", "'1010_1011_1100'"},
    {"i:2748", "+05", "'+2748'"},
    {"i:2748", "<05", "'27480'"},
    {"i:2748", ".2", "ValueError: Precision not allowed in integer format specifier"},
    {"i:2748", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
    {"i:2748", "s", "ValueError: Unknown format code 's' for object of type 'int'"},
    {"i:2748", ",x", "ValueError: Cannot specify ',' with 'x'."},
    {"i:2748", "99999999999999999999", "ValueError: Too many decimal digits in format string"},
    {"i:2748", "1.1.1", "ValueError: Invalid format specifier '1.1.1' for object of type 'int'"},
    {"i:2748", "\360\237\220\215", "ValueError: Unknown format code '\\x1f40d' for object of type 'int'"},
    {"i:2748", ",\360\237\220\215", "ValueError: Cannot specify ',' with '\\x1f40d'."},
    {"i:2748", ",,", "ValueError: Cannot specify ',' with ','."},
    {"i:2748", "_,d", "ValueError: Cannot specify both ',' and '_'."},
    {"i:2748", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"},
    {"i:2748", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"},
    {"i:2748", ".2c", "ValueError: Precision not allowed in integer format specifier"},
    {"i:2748", ">3c", "'  \340\252\274'"},
    {"i:-1234", "", "'-1234'"},
    {"i:-1234", "b", "'-10011010010'"},
    {"i:-1234", "o", "'-2322'"},
    {"i:-1234", "x", "'-4d2'"},
    {"i:-1234", "X", "'-4D2'"},
    {"i:-1234", "#b", "'-0b10011010010'"},
    {"i:-1234", "#o", "'-0o2322'"},
    {"i:-1234", "#x", "'-0x4d2'"},
    {"i:-1234", "#X", "'-0X4D2'"},
    {"i:-1234", "d", "'-1234'"},
    {"i:-1234", "n", "'-1234'"},
    {"i:-1234", "c", "OverflowError: %c arg not in range(0x110000)"},
    {"i:-1234", "e", "'-1.234000e+03'"},
    {"i:-1234", "f", "'-1234.000000'"},
    {"i:-1234", "g", "'-1234'"},
    {"i:-1234", "%", "'-123400.000000%'"},
    {"i:-1234", ",", "'-1,234'"},
    {"i:-1234", "_", "'-1_234'"},
    {"i:-1234", "_x", "'-4d2'"},
    {"i:-1234", "_b", "'-100_1101_0010'"},
    {"i:-1234", "08,", "'-001,234'"},
    {"i:-1234", "07,", "'-01,234'"},
    {"i:-1234", "010,", "'-0,001,234'"},
    {"i:-1234", "0>10,", "'0000-1,234'"},
    {"i:-1234", "x=10,", "'-xxxx1,234'"},
    {"i:-1234", "=+10", "'-     1234'"},
    {"i:-1234", "^10", "'  -1234   '"},
    {"i:-1234", "^11", "'   -1234   '"},
    {"i:-1234", "<8", "'-1234   '"},
    {"i:-1234", "+", "'-1234'"},
    {"i:-1234", " ", "'-1234'"},
    {"i:-1234", "#010x", "'-0x00004d2'"},
    {"i:-1234", "#012_b", "'-0b100_1101_0010'"},
    {"i:-1234", "012_b", "'-100_1101_0010'"},
    {"i:-1234", "+05", "'-1234'"},
    {"i:-1234", "<05", "'-1234'"},
    {"i:-1234", ".2", "ValueError: Precision not allowed in integer format specifier"},
    {"i:-1234", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
    {"i:-1234", "s", "ValueError: Unknown format code 's' for object of type 'int'"},
    {"i:-1234", ",x", "ValueError: Cannot specify ',' with 'x'."},
    {"i:-1234", "99999999999999999999", "ValueError: Too many decimal digits in format string"},
    {"i:-1234", "1.1.1", "ValueError: Invalid format specifier '1.1.1' for object of type 'int'"},
    {"i:-1234", "\360\237\220\215", "ValueError: Unknown format code '\\x1f40d' for object of type 'int'"},
    {"i:-1234", ",\360\237\220\215", "ValueError: Cannot specify ',' with '\\x1f40d'."},
    {"i:-1234", ",,", "ValueError: Cannot specify ',' with ','."},
    {"i:-1234", "_,d", "ValueError: Cannot specify both ',' and '_'."},
    {"i:-1234", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"},
    {"i:-1234", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"},
    {"i:-1234", ".2c", "ValueError: Precision not allowed in integer format specifier"},
    {"i:-1234", ">3c", "OverflowError: %c arg not in range(0x110000)"},
    {"i:0", "", "'0'"},
    {"i:0", "b", "'0'"},
    {"i:0", "o", "'0'"},
    {"i:0", "x", "'0'"},
    {"i:0", "X", "'0'"},
    {"i:0", "#b", "'0b0'"},
    {"i:0", "#o", "'0o0'"},
    {"i:0", "#x", "'0x0'"},
    {"i:0", "#X", "'0X0'"},
    {"i:0", "d", "'0'"},
    {"i:0", "n", "'0'"},
    {"i:0", "c", "'\\x00'"},
    {"i:0", "e", "'0.000000e+00'"},
    {"i:0", "f", "'0.000000'"},
    {"i:0", "g", "'0'"},
    {"i:0", "%", "'0.000000%'"},
    {"i:0", ",", "'0'"},
    {"i:0", "_", "'0'"},
    {"i:0", "_x", "'0'"},
    {"i:0", "_b", "'0'"},
    {"i:0", "08,", "'0,000,000'"},
    {"i:0", "07,", "'000,000'"},
    {"i:0", "010,", "'00,000,000'"},
    {"i:0", "0>10,", "'0000000000'"},
    {"i:0", "x=10,", "'xxxxxxxxx0'"},
    {"i:0", "=+10", "'+        0'"},
    {"i:0", "^10", "'    0     '"},
    {"i:0", "^11", "'     0     '"},
    {"i:0", "<8", "'0       '"},
    {"i:0", "+", "'+0'"},
    {"i:0", " ", "' 0'"},
    {"i:0", "#010x", "'0x00000000'"},
    {"i:0", "#012_b", "'0b0_0000_0000'"},
    {"i:0", "012_b", "'00_0000_0000'"},
    {"i:0", "+05", "'+0000'"},
    {"i:0", "<05", "'00000'"},
    {"i:0", ".2", "ValueError: Precision not allowed in integer format specifier"},
    {"i:0", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
    {"i:0", "s", "ValueError: Unknown format code 's' for object of type 'int'"},
    {"i:0", ",x", "ValueError: Cannot specify ',' with 'x'."},
    {"i:0", "99999999999999999999", "ValueError: Too many decimal digits in format string"},
    {"i:0", "1.1.1", "ValueError: Invalid format specifier '1.1.1' for object of type 'int'"},
    {"i:0", "\360\237\220\215", "ValueError: Unknown format code '\\x1f40d' for object of type 'int'"},
    {"i:0", ",\360\237\220\215", "ValueError: Cannot specify ',' with '\\x1f40d'."},
    {"i:0", ",,", "ValueError: Cannot specify ',' with ','."},
    {"i:0", "_,d", "ValueError: Cannot specify both ',' and '_'."},
    {"i:0", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"},
    {"i:0", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"},
    {"i:0", ".2c", "ValueError: Precision not allowed in integer format specifier"},
    {"i:0", ">3c", "'  \\x00'"},
    {"i:-1180591620717411303424", "", "'-1180591620717411303424'"},
    {"i:-1180591620717411303424", "b", "'-10000000000000000000000000000000000000000000000000000000000000000000000'"},
    {"i:-1180591620717411303424", "o", "'-200000000000000000000000'"},
    {"i:-1180591620717411303424", "x", "'-400000000000000000'"},
    {"i:-1180591620717411303424", "X", "'-400000000000000000'"},
    {"i:-1180591620717411303424", "#b", "'-0b10000000000000000000000000000000000000000000000000000000000000000000000'"},
    {"i:-1180591620717411303424", "#o", "'-0o200000000000000000000000'"},
    {"i:-1180591620717411303424", "#x", "'-0x400000000000000000'"},
    {"i:-1180591620717411303424", "#X", "'-0X400000000000000000'"},
    {"i:-1180591620717411303424", "d", "'-1180591620717411303424'"},
    {"i:-1180591620717411303424", "n", "'-1180591620717411303424'"},
    {"i:-1180591620717411303424", "c", "OverflowError: Python int too large to convert to C long"},
    {"i:-1180591620717411303424", "e", "'-1.180592e+21'"},
    {"i:-1180591620717411303424", "f", "'-1180591620717411303424.000000'"},
    {"i:-1180591620717411303424", "g", "'-1.18059e+21'"},
    {"i:-1180591620717411303424", "%", "'-118059162071741130342400.000000%'"},
    {"i:-1180591620717411303424", ",", "'-1,180,591,620,717,411,303,424'"},
    {"i:-1180591620717411303424", "_", "'-1_180_591_620_717_411_303_424'"},
    {"i:-1180591620717411303424", "_x", "'-40_0000_0000_0000_0000'"},
    {"i:-1180591620717411303424", "_b", "'-100_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000'"},
    {"i:-1180591620717411303424", "08,", "'-1,180,591,620,717,411,303,424'"},
    {"i:-1180591620717411303424", "07,", "'-1,180,591,620,717,411,303,424'"},
    {"i:-1180591620717411303424", "010,", "'-1,180,591,620,717,411,303,424'"},
    {"i:-1180591620717411303424", "0>10,", "'-1,180,591,620,717,411,303,424'"},
    {"i:-1180591620717411303424", "x=10,", "'-1,180,591,620,717,411,303,424'"},
    {"i:-1180591620717411303424", "=+10", "'-1180591620717411303424'"},
    {"i:-1180591620717411303424", "^10", "'-1180591620717411303424'"},
    {"i:-1180591620717411303424", "^11", "'-1180591620717411303424'"},
    {"i:-1180591620717411303424", "<8", "'-1180591620717411303424'"},
    {"i:-1180591620717411303424", "+", "'-1180591620717411303424'"},
    {"i:-1180591620717411303424", " ", "'-1180591620717411303424'"},
    {"i:-1180591620717411303424", "#010x", "'-0x400000000000000000'"},
    {"i:-1180591620717411303424", "#012_b", "'-0b100_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000'"},
    {"i:-1180591620717411303424", "012_b", "'-100_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000'"},
    {"i:-1180591620717411303424", "+05", "'-1180591620717411303424'"},
    {"i:-1180591620717411303424", "<05", "'-1180591620717411303424'"},
    {"i:-1180591620717411303424", ".2", "ValueError: Precision not allowed in integer format specifier"},
    {"i:-1180591620717411303424", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
    {"i:-1180591620717411303424", "s", "ValueError: Unknown format code 's' for object of type 'int'"},
    {"i:-1180591620717411303424", ",x", "ValueError: Cannot specify ',' with 'x'."},
    {"i:-1180591620717411303424", "99999999999999999999", "ValueError: Too many decimal digits in format string"},
    {"i:-1180591620717411303424", "1.1.1", "ValueError: Invalid format specifier '1.1.1' for object of type 'int'"},
    {"i:-1180591620717411303424", "\360\237\220\215", "ValueError: Unknown format code '\\x1f40d' for object of type 'int'"},
    {"i:-1180591620717411303424", ",\360\237\220\215", "ValueError: Cannot specify ',' with '\\x1f40d'."},
    {"i:-1180591620717411303424", ",,", "ValueError: Cannot specify ',' with ','."},
    {"i:-1180591620717411303424", "_,d", "ValueError: Cannot specify both ',' and '_'."},
    {"i:-1180591620717411303424", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"},
    {"i:-1180591620717411303424", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"},
    {"i:-1180591620717411303424", ".2c", "ValueError: Precision not allowed in integer format specifier"},
    {"i:-1180591620717411303424", ">3c", "OverflowError: Python int too large to convert to C long"},
    {"b:True", "", "'True'"},
    {"b:True", "b", "'1'"},
    {"b:True", "o", "'1'"},
    {"b:True", "x", "'1'"},
    {"b:True", "X", "'1'"},
    {"b:True", "#b", "'0b1'"},
    {"b:True", "#o", "'0o1'"},
    {"b:True", "#x", "'0x1'"},
    {"b:True", "#X", "'0X1'"},
    {"b:True", "d", "'1'"},
    {"b:True", "n", "'1'"},
    {"b:True", "c", "'\\x01'"},
    {"b:True", "e", "'1.000000e+00'"},
    {"b:True", "f", "'1.000000'"},
    {"b:True", "g", "'1'"},
    {"b:True", "%", "'100.000000%'"},
    {"b:True", ",", "'1'"},
    {"b:True", "_", "'1'"},
    {"b:True", "_x", "'1'"},
    {"b:True", "_b", "'1'"},
    {"b:True", "08,", "'0,000,001'"},
    {"b:True", "07,", "'000,001'"},
    {"b:True", "010,", "'00,000,001'"},
    {"b:True", "0>10,", "'0000000001'"},
    {"b:True", "x=10,", "'xxxxxxxxx1'"},
    {"b:True", "=+10", "'+        1'"},
    {"b:True", "^10", "'    1     '"},
    {"b:True", "^11", "'     1     '"},
    {"b:True", "<8", "'1       '"},
    {"b:True", "+", "'+1'"},
    {"b:True", " ", "' 1'"},
    {"b:True", "#010x", "'0x00000001'"},
    {"b:True", "#012_b", "'0b0_0000_0001'"},
    {"b:True", "012_b", "'00_0000_0001'"},
    {"b:True", "+05", "'+0001'"},
    {"b:True", "<05", "'10000'"},
    {"b:True", ".2", "ValueError: Precision not allowed in integer format specifier"},
    {"b:True", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
    {"b:True", "s", "ValueError: Unknown format code 's' for object of type 'bool'"},
    {"b:True", ",x", "ValueError: Cannot specify ',' with 'x'."},
    {"b:True", "99999999999999999999", "ValueError: Too many decimal digits in format string"},
    {"b:True", "1.1.1", "ValueError: Invalid format specifier '1.1.1' for object of type 'bool'"},
    {"b:True", "\360\237\220\215", "ValueError: Unknown format code '\\x1f40d' for object of type 'bool'"},
    {"b:True", ",\360\237\220\215", "ValueError: Cannot specify ',' with '\\x1f40d'."},
    {"b:True", ",,", "ValueError: Cannot specify ',' with ','."},
    {"b:True", "_,d", "ValueError: Cannot specify both ',' and '_'."},
    {"b:True", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"},
    {"b:True", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"},
    {"b:True", ".2c", "ValueError: Precision not allowed in integer format specifier"},
    {"b:True", ">3c", "'  \\x01'"},
    {"i:65", "", "'65'"},
    {"i:65", "b", "'1000001'"},
    {"i:65", "o", "'101'"},
    {"i:65", "x", "'41'"},
    {"i:65", "X", "'41'"},
    {"i:65", "#b", "'0b1000001'"},
    {"i:65", "#o", "'0o101'"},
    {"i:65", "#x", "'0x41'"},
    {"i:65", "#X", "'0X41'"},
    {"i:65", "d", "'65'"},
    {"i:65", "n", "'65'"},
    {"i:65", "c", "'A'"},
    {"i:65", "e", "'6.500000e+01'"},
    {"i:65", "f", "'65.000000'"},
    {"i:65", "g", "'65'"},
    {"i:65", "%", "'6500.000000%'"},
    {"i:65", ",", "'65'"},
    {"i:65", "_", "'65'"},
    {"i:65", "_x", "'41'"},
    {"i:65", "_b", "'100_0001'"},
    {"i:65", "08,", "'0,000,065'"},
    {"i:65", "07,", "'000,065'"},
    {"i:65", "010,", "'00,000,065'"},
    {"i:65", "0>10,", "'0000000065'"},
    {"i:65", "x=10,", "'xxxxxxxx65'"},
    {"i:65", "=+10", "'+       65'"},
    {"i:65", "^10", "'    65    '"},
    {"i:65", "^11", "'    65     '"},
    {"i:65", "<8", "'65      '"},
    {"i:65", "+", "'+65'"},
    {"i:65", " ", "' 65'"},
    {"i:65", "#010x", "'0x00000041'"},
    {"i:65", "#012_b", "'0b0_0100_0001'"},
    {"i:65", "012_b", "'00_0100_0001'"},
    {"i:65", "+05", "'+0065'"},
    {"i:65", "<05", "'65000'"},
    {"i:65", ".2", "ValueError: Precision not allowed in integer format specifier"},
    {"i:65", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
    {"i:65", "s", "ValueError: Unknown format code 's' for object of type 'int'"},
    {"i:65", ",x", "ValueError: Cannot specify ',' with 'x'."},
    {"i:65", "99999999999999999999", "ValueError: Too many decimal digits in format string"},
    {"i:65", "1.1.1", "ValueError: Invalid format specifier '1.1.1' for object of type 'int'"},
    {"i:65", "\360\237\220\215", "ValueError: Unknown format code '\\x1f40d' for object of type 'int'"},
    {"i:65", ",\360\237\220\215", "ValueError: Cannot specify ',' with '\\x1f40d'."},
    {"i:65", ",,", "ValueError: Cannot specify ',' with ','."},
    {"i:65", "_,d", "ValueError: Cannot specify both ',' and '_'."},
    {"i:65", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"},
    {"i:65", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"},
    {"i:65", ".2c", "ValueError: Precision not allowed in integer format specifier"},
    {"i:65", ">3c", "'  A'"},
    {"f:-0.0", "", "'-0.0'"},
    {"f:-0.0", "e", "'-0.000000e+00'"},
    {"f:-0.0", "E", "'-0.000000E+00'"},
    {"f:-0.0", ".2f", "'-0.00'"},
    {"f:-0.0", "F", "'-0.000000'"},
    {"f:-0.0", "g", "'-0'"},
    {"f:-0.0", "G", "'-0'"},
    {"f:-0.0", ".3", "'-0.0'"},
    {"f:-0.0", ".1%", "'-0.0%'"},
    {"f:-0.0", "%", "'-0.000000%'"},
    {"f:-0.0", ",", "'-0.0'"},
    {"f:-0.0", "_", "'-0.0'"},
    {"f:-0.0", "015,.2f", "'-000,000,000.00'"},
    {"f:-0.0", "010", "'-0000000.0'"},
    {"f:-0.0", "+", "'-0.0'"},
    {"f:-0.0", " ", "'-0.0'"},
    {"f:-0.0", "z", "'0.0'"},
    {"f:-0.0", "z.1f", "'0.0'"},
    {"f:-0.0", "z.2e", "'0.00e+00'"},
    {"f:-0.0", "#", "'-0.0'"},
    {"f:-0.0", "#.0f", "'-0.'"},
    {"f:-0.0", "#g", "'-0.00000'"},
    {"f:-0.0", "#.0e", "'-0.e+00'"},
    {"f:-0.0", ".0e", "'-0e+00'"},
    {"f:-0.0", ".0", "'-0e+00'"},
    {"f:-0.0", "n", "'-0'"},
    {"f:-0.0", ",.1f", "'-0.0'"},
    {"f:-0.0", "_e", "'-0.000000e+00'"},
    {"f:-0.0", ",g", "'-0'"},
    {"f:-0.0", ",.10g", "'-0'"},
    {"f:-0.0", "d", "ValueError: Unknown format code 'd' for object of type 'float'"},
    {"f:-0.0", "x", "ValueError: Unknown format code 'x' for object of type 'float'"},
    {"f:-0.0", "c", "ValueError: Unknown format code 'c' for object of type 'float'"},
    {"f:-0.0", "=^12", "'====-0.0===='"},
    {"f:-0.0", "*<12.3e", "'-0.000e+00**'"},
    {"f:-0.0", ">12", "'        -0.0'"},
    {"f:-0.0", "0=+10.2f", "'-000000.00'"},
    {"f:-0.0", ".30f", "'-0.000000000000000000000000000000'"},
    {"f:-0.0", ".17g", "'-0'"},
    {"f:-0.0", "+.0%", "'-0%'"},
    {"f:1.0", "", "'1.0'"},
    {"f:1.0", "e", "'1.000000e+00'"},
    {"f:1.0", "E", "'1.000000E+00'"},
    {"f:1.0", ".2f", "'1.00'"},
    {"f:1.0", "F", "'1.000000'"},
    {"f:1.0", "g", "'1'"},
    {"f:1.0", "G", "'1'"},
    {"f:1.0", ".3", "'1.0'"},
    {"f:1.0", ".1%", "'100.0%'"},
    {"f:1.0", "%", "'100.000000%'"},
    {"f:1.0", ",", "'1.0'"},
    {"f:1.0", "_", "'1.0'"},
    {"f:1.0", "015,.2f", "'0,000,000,001.00'"},
    {"f:1.0", "010", "'00000001.0'"},
    {"f:1.0", "+", "'+1.0'"},
    {"f:1.0", " ", "' 1.0'"},
    {"f:1.0", "z", "'1.0'"},
    {"f:1.0", "z.1f", "'1.0'"},
    {"f:1.0", "z.2e", "'1.00e+00'"},
    {"f:1.0", "#", "'1.0'"},
    {"f:1.0", "#.0f", "'1.'"},
    {"f:1.0", "#g", "'1.00000'"},
    {"f:1.0", "#.0e", "'1.e+00'"},
    {"f:1.0", ".0e", "'1e+00'"},
    {"f:1.0", ".0", "'1e+00'"},
    {"f:1.0", "n", "'1'"},
    {"f:1.0", ",.1f", "'1.0'"},
    {"f:1.0", "_e", "'1.000000e+00'"},
    {"f:1.0", ",g", "'1'"},
    {"f:1.0", ",.10g", "'1'"},
    {"f:1.0", "d", "ValueError: Unknown format code 'd' for object of type 'float'"},
    {"f:1.0", "x", "ValueError: Unknown format code 'x' for object of type 'float'"},
    {"f:1.0", "c", "ValueError: Unknown format code 'c' for object of type 'float'"},
    {"f:1.0", "=^12", "'====1.0====='"},
    {"f:1.0", "*<12.3e", "'1.000e+00***'"},
    {"f:1.0", ">12", "'         1.0'"},
    {"f:1.0", "0=+10.2f", "'+000001.00'"},
    {"f:1.0", ".30f", "'1.000000000000000000000000000000'"},
    {"f:1.0", ".17g", "'1'"},
    {"f:1.0", "+.0%", "'+100%'"},
    {"f:3.14159", "", "'3.14159'"},
    {"f:3.14159", "e", "'3.141590e+00'"},
    {"f:3.14159", "E", "'3.141590E+00'"},
    {"f:3.14159", ".2f", "'3.14'"},
    {"f:3.14159", "F", "'3.141590'"},
    {"f:3.14159", "g", "'3.14159'"},
    {"f:3.14159", "G", "'3.14159'"},
    {"f:3.14159", ".3", "'3.14'"},
    {"f:3.14159", ".1%", "'314.2%'"},
    {"f:3.14159", "%", "'314.159000%'"},
    {"f:3.14159", ",", "'3.14159'"},
    {"f:3.14159", "_", "'3.14159'"},
    {"f:3.14159", "015,.2f", "'0,000,000,003.14'"},
    {"f:3.14159", "010", "'0003.14159'"},
    {"f:3.14159", "+", "'+3.14159'"},
    {"f:3.14159", " ", "' 3.14159'"},
    {"f:3.14159", "z", "'3.14159'"},
    {"f:3.14159", "z.1f", "'3.1'"},
    {"f:3.14159", "z.2e", "'3.14e+00'"},
    {"f:3.14159", "#", "'3.14159'"},
    {"f:3.14159", "#.0f", "'3.'"},
    {"f:3.14159", "#g", "'3.14159'"},
    {"f:3.14159", "#.0e", "'3.e+00'"},
    {"f:3.14159", ".0e", "'3e+00'"},
    {"f:3.14159", ".0", "'3e+00'"},
    {"f:3.14159", "n", "'3.14159'"},
    {"f:3.14159", ",.1f", "'3.1'"},
    {"f:3.14159", "_e", "'3.141590e+00'"},
    {"f:3.14159", ",g", "'3.14159'"},
    {"f:3.14159", ",.10g", "'3.14159'"},
    {"f:3.14159", "d", "ValueError: Unknown format code 'd' for object of type 'float'"},
    {"f:3.14159", "x", "ValueError: Unknown format code 'x' for object of type 'float'"},
    {"f:3.14159", "c", "ValueError: Unknown format code 'c' for object of type 'float'"},
    {"f:3.14159", "=^12", "'==3.14159==='"},
    {"f:3.14159", "*<12.3e", "'3.142e+00***'"},
    {"f:3.14159", ">12", "'     3.14159'"},
    {"f:3.14159", "0=+10.2f", "'+000003.14'"},
    {"f:3.14159", ".30f", "'3.141589999999999882618340052431'"},
    {"f:3.14159", ".17g", "'3.1415899999999999'"},
    {"f:3.14159", "+.0%", "'+314%'"},
    {"f:-1234.5678", "", "'-1234.5678'"},
    {"f:-1234.5678", "e", "'-1.234568e+03'"},
    {"f:-1234.5678", "E", "'-1.234568E+03'"},
    {"f:-1234.5678", ".2f", "'-1234.57'"},
    {"f:-1234.5678", "F", "'-1234.567800'"},
    {"f:-1234.5678", "g", "'-1234.57'"},
    {"f:-1234.5678", "G", "'-1234.57'"},
    {"f:-1234.5678", ".3", "'-1.23e+03'"},
    {"f:-1234.5678", ".1%", "'-123456.8%'"},
    {"f:-1234.5678", "%", "'-123456.780000%'"},
    {"f:-1234.5678", ",", "'-1,234.5678'"},
    {"f:-1234.5678", "_", "'-1_234.5678'"},
    {"f:-1234.5678", "015,.2f", "'-000,001,234.57'"},
    {"f:-1234.5678", "010", "'-1234.5678'"},
    {"f:-1234.5678", "+", "'-1234.5678'"},
    {"f:-1234.5678", " ", "'-1234.5678'"},
    {"f:-1234.5678", "z", "'-1234.5678'"},
    {"f:-1234.5678", "z.1f", "'-1234.6'"},
    {"f:-1234.5678", "z.2e", "'-1.23e+03'"},
    {"f:-1234.5678", "#", "'-1234.5678'"},
    {"f:-1234.5678", "#.0f", "'-1235.'"},
    {"f:-1234.5678", "#g", "'-1234.57'"},
    {"f:-1234.5678", "#.0e", "'-1.e+03'"},
    {"f:-1234.5678", ".0e", "'-1e+03'"},
    {"f:-1234.5678", ".0", "'-1e+03'"},
    {"f:-1234.5678", "n", "'-1234.57'"},
    {"f:-1234.5678", ",.1f", "'-1,234.6'"},
    {"f:-1234.5678", "_e", "'-1.234568e+03'"},
    {"f:-1234.5678", ",g", "'-1,234.57'"},
    {"f:-1234.5678", ",.10g", "'-1,234.5678'"},
    {"f:-1234.5678", "d", "ValueError: Unknown format code 'd' for object of type 'float'"},
    {"f:-1234.5678", "x", "ValueError: Unknown format code 'x' for object of type 'float'"},
    {"f:-1234.5678", "c", "ValueError: Unknown format code 'c' for object of type 'float'"},
    {"f:-1234.5678", "=^12", "'=-1234.5678='"},
    {"f:-1234.5678", "*<12.3e", "'-1.235e+03**'"},
    {"f:-1234.5678", ">12", "'  -1234.5678'"},
    {"f:-1234.5678", "0=+10.2f", "'-001234.57'"},
    {"f:-1234.5678", ".30f", "'-1234.567800000000033833202905952930'"},
    {"f:-1234.5678", ".17g", "'-1234.5678'"},
    {"f:-1234.5678", "+.0%", "'-123457%'"},
    {"f:0.000123", "", "'0.000123'"},
    {"f:0.000123", "e", "'1.230000e-04'"},
    {"f:0.000123", "E", "'1.230000E-04'"},
    {"f:0.000123", ".2f", "'0.00'"},
    {"f:0.000123", "F", "'0.000123'"},
    {"f:0.000123", "g", "'0.000123'"},
    {"f:0.000123", "G", "'0.000123'"},
    {"f:0.000123", ".3", "'0.000123'"},
    {"f:0.000123", ".1%", "'0.0%'"},
    {"f:0.000123", "%", "'0.012300%'"},
    {"f:0.000123", ",", "'0.000123'"},
    {"f:0.000123", "_", "'0.000123'"},
    {"f:0.000123", "015,.2f", "'0,000,000,000.00'"},
    {"f:0.000123", "010", "'000.000123'"},
    {"f:0.000123", "+", "'+0.000123'"},
    {"f:0.000123", " ", "' 0.000123'"},
    {"f:0.000123", "z", "'0.000123'"},
    {"f:0.000123", "z.1f", "'0.0'"},
    {"f:0.000123", "z.2e", "'1.23e-04'"},
    {"f:0.000123", "#", "'0.000123'"},
    {"f:0.000123", "#.0f", "'0.'"},
    {"f:0.000123", "#g", "'0.000123000'"},
    {"f:0.000123", "#.0e", "'1.e-04'"},
    {"f:0.000123", ".0e", "'1e-04'"},
    {"f:0.000123", ".0", "'0.0001'"},
    {"f:0.000123", "n", "'0.000123'"},
    {"f:0.000123", ",.1f", "'0.0'"},
    {"f:0.000123", "_e", "'1.230000e-04'"},
    {"f:0.000123", ",g", "'0.000123'"},
    {"f:0.000123", ",.10g", "'0.000123'"},
    {"f:0.000123", "d", "ValueError: Unknown format code 'd' for object of type 'float'"},
    {"f:0.000123", "x", "ValueError: Unknown format code 'x' for object of type 'float'"},
    {"f:0.000123", "c", "ValueError: Unknown format code 'c' for object of type 'float'"},
    {"f:0.000123", "=^12", "'==0.000123=='"},
    {"f:0.000123", "*<12.3e", "'1.230e-04***'"},
    {"f:0.000123", ">12", "'    0.000123'"},
    {"f:0.000123", "0=+10.2f", "'+000000.00'"},
    {"f:0.000123", ".30f", "'0.000123000000000000008198303147'"},
    {"f:0.000123", ".17g", "'0.00012300000000000001'"},
    {"f:0.000123", "+.0%", "'+0%'"},
    {"f:1e+16", "", "'1e+16'"},
    {"f:1e+16", "e", "'1.000000e+16'"},
    {"f:1e+16", "E", "'1.000000E+16'"},
    {"f:1e+16", ".2f", "'10000000000000000.00'"},
    {"f:1e+16", "F", "'10000000000000000.000000'"},
    {"f:1e+16", "g", "'1e+16'"},
    {"f:1e+16", "G", "'1E+16'"},
    {"f:1e+16", ".3", "'1e+16'"},
    {"f:1e+16", ".1%", "'1000000000000000000.0%'"},
    {"f:1e+16", "%", "'1000000000000000000.000000%'"},
    {"f:1e+16", ",", "'1e+16'"},
    {"f:1e+16", "_", "'1e+16'"},
    {"f:1e+16", "015,.2f", "'10,000,000,000,000,000.00'"},
    {"f:1e+16", "010", "'000001e+16'"},
    {"f:1e+16", "+", "'+1e+16'"},
    {"f:1e+16", " ", "' 1e+16'"},
    {"f:1e+16", "z", "'1e+16'"},
    {"f:1e+16", "z.1f", "'10000000000000000.0'"},
    {"f:1e+16", "z.2e", "'1.00e+16'"},
    {"f:1e+16", "#", "'1.e+16'"},
    {"f:1e+16", "#.0f", "'10000000000000000.'"},
    {"f:1e+16", "#g", "'1.00000e+16'"},
    {"f:1e+16", "#.0e", "'1.e+16'"},
    {"f:1e+16", ".0e", "'1e+16'"},
    {"f:1e+16", ".0", "'1e+16'"},
    {"f:1e+16", "n", "'1e+16'"},
    {"f:1e+16", ",.1f", "'10,000,000,000,000,000.0'"},
    {"f:1e+16", "_e", "'1.000000e+16'"},
    {"f:1e+16", ",g", "'1e+16'"},
    {"f:1e+16", ",.10g", "'1e+16'"},
    {"f:1e+16", "d", "ValueError: Unknown format code 'd' for object of type 'float'"},
    {"f:1e+16", "x", "ValueError: Unknown format code 'x' for object of type 'float'"},
    {"f:1e+16", "c", "ValueError: Unknown format code 'c' for object of type 'float'"},
    {"f:1e+16", "=^12", "'===1e+16===='"},
    {"f:1e+16", "*<12.3e", "'1.000e+16***'"},
    {"f:1e+16", ">12", "'       1e+16'"},
    {"f:1e+16", "0=+10.2f", "'+10000000000000000.00'"},
    {"f:1e+16", ".30f", "'10000000000000000.000000000000000000000000000000'"},
    {"f:1e+16", ".17g", "'10000000000000000'"},
    {"f:1e+16", "+.0%", "'+1000000000000000000%'"},
    {"f:2.5e-05", "", "'2.5e-05'"},
    {"f:2.5e-05", "e", "'2.500000e-05'"},
    {"f:2.5e-05", "E", "'2.500000E-05'"},
    {"f:2.5e-05", ".2f", "'0.00'"},
    {"f:2.5e-05", "F", "'0.000025'"},
    {"f:2.5e-05", "g", "'2.5e-05'"},
    {"f:2.5e-05", "G", "'2.5E-05'"},
    {"f:2.5e-05", ".3", "'2.5e-05'"},
    {"f:2.5e-05", ".1%", "'0.0%'"},
    {"f:2.5e-05", "%", "'0.002500%'"},
    {"f:2.5e-05", ",", "'2.5e-05'"},
    {"f:2.5e-05", "_", "'2.5e-05'"},
    {"f:2.5e-05", "015,.2f", "'0,000,000,000.00'"},
    {"f:2.5e-05", "010", "'0002.5e-05'"},
    {"f:2.5e-05", "+", "'+2.5e-05'"},
    {"f:2.5e-05", " ", "' 2.5e-05'"},
    {"f:2.5e-05", "z", "'2.5e-05'"},
    {"f:2.5e-05", "z.1f", "'0.0'"},
    {"f:2.5e-05", "z.2e", "'2.50e-05'"},
    {"f:2.5e-05", "#", "'2.5e-05'"},
    {"f:2.5e-05", "#.0f", "'0.'"},
    {"f:2.5e-05", "#g", "'2.50000e-05'"},
    {"f:2.5e-05", "#.0e", "'3.e-05'"},
    {"f:2.5e-05", ".0e", "'3e-05'"},
    {"f:2.5e-05", ".0", "'3e-05'"},
    {"f:2.5e-05", "n", "'2.5e-05'"},
    {"f:2.5e-05", ",.1f", "'0.0'"},
    {"f:2.5e-05", "_e", "'2.500000e-05'"},
    {"f:2.5e-05", ",g", "'2.5e-05'"},
    {"f:2.5e-05", ",.10g", "'2.5e-05'"},
    {"f:2.5e-05", "d", "ValueError: Unknown format code 'd' for object of type 'float'"},
    {"f:2.5e-05", "x", "ValueError: Unknown format code 'x' for object of type 'float'"},
    {"f:2.5e-05", "c", "ValueError: Unknown format code 'c' for object of type 'float'"},
    {"f:2.5e-05", "=^12", "'==2.5e-05==='"},
    {"f:2.5e-05", "*<12.3e", "'2.500e-05***'"},
    {"f:2.5e-05", ">12", "'     2.5e-05'"},
    {"f:2.5e-05", "0=+10.2f", "'+000000.00'"},
    {"f:2.5e-05", ".30f", "'0.000025000000000000001198043401'"},
    {"f:2.5e-05", ".17g", "'2.5000000000000001e-05'"},
    {"f:2.5e-05", "+.0%", "'+0%'"},
    {"f:-inf", "", "'-inf'"},
    {"f:-inf", "e", "'-inf'"},
    {"f:-inf", "E", "'-INF'"},
    {"f:-inf", ".2f", "'-inf'"},
    {"f:-inf", "F", "'-INF'"},
    {"f:-inf", "g", "'-inf'"},
    {"f:-inf", "G", "'-INF'"},
    {"f:-inf", ".3", "'-inf'"},
    {"f:-inf", ".1%", "'-inf%'"},
    {"f:-inf", "%", "'-inf%'"},
    {"f:-inf", ",", "'-inf'"},
    {"f:-inf", "_", "'-inf'"},
    {"f:-inf", "015,.2f", "'-00000000000inf'"},
    {"f:-inf", "010", "'-000000inf'"},
    {"f:-inf", "+", "'-inf'"},
    {"f:-inf", " ", "'-inf'"},
    {"f:-inf", "z", "'-inf'"},
    {"f:-inf", "z.1f", "'-inf'"},
    {"f:-inf", "z.2e", "'-inf'"},
    {"f:-inf", "#", "'-inf'"},
    {"f:-inf", "#.0f", "'-inf'"},
    {"f:-inf", "#g", "'-inf'"},
    {"f:-inf", "#.0e", "'-inf'"},
    {"f:-inf", ".0e", "'-inf'"},
    {"f:-inf", ".0", "'-inf'"},
    {"f:-inf", "n", "'-inf'"},
    {"f:-inf", ",.1f", "'-inf'"},
    {"f:-inf", "_e", "'-inf'"},
    {"f:-inf", ",g", "'-inf'"},
    {"f:-inf", ",.10g", "'-inf'"},
    {"f:-inf", "d", "ValueError: Unknown format code 'd' for object of type 'float'"},
    {"f:-inf", "x", "ValueError: Unknown format code 'x' for object of type 'float'"},
    {"f:-inf", "c", "ValueError: Unknown format code 'c' for object of type 'float'"},
    {"f:-inf", "=^12", "'====-inf===='"},
    {"f:-inf", "*<12.3e", "'-inf********'"},
    {"f:-inf", ">12", "'        -inf'"},
    {"f:-inf", "0=+10.2f", "'-000000inf'"},
    {"f:-inf", ".30f", "'-inf'"},
    {"f:-inf", ".17g", "'-inf'"},
    {"f:-inf", "+.0%", "'-inf%'"},
    {"f:nan", "", "'nan'"},
    {"f:nan", "e", "'nan'"},
    {"f:nan", "E", "'NAN'"},
    {"f:nan", ".2f", "'nan'"},
    {"f:nan", "F", "'NAN'"},
    {"f:nan", "g", "'nan'"},
    {"f:nan", "G", "'NAN'"},
    {"f:nan", ".3", "'nan'"},
    {"f:nan", ".1%", "'nan%'"},
    {"f:nan", "%", "'nan%'"},
    {"f:nan", ",", "'nan'"},
    {"f:nan", "_", "'nan'"},
    {"f:nan", "015,.2f", "'000000000000nan'"},
    {"f:nan", "010", "'0000000nan'"},
    {"f:nan", "+", "'+nan'"},
    {"f:nan", " ", "' nan'"},
    {"f:nan", "z", "'nan'"},
    {"f:nan", "z.1f", "'nan'"},
    {"f:nan", "z.2e", "'nan'"},
    {"f:nan", "#", "'nan'"},
    {"f:nan", "#.0f", "'nan'"},
    {"f:nan", "#g", "'nan'"},
    {"f:nan", "#.0e", "'nan'"},
    {"f:nan", ".0e", "'nan'"},
    {"f:nan", ".0", "'nan'"},
    {"f:nan", "n", "'nan'"},
    {"f:nan", ",.1f", "'nan'"},
    {"f:nan", "_e", "'nan'"},
    {"f:nan", ",g", "'nan'"},
    {"f:nan", ",.10g", "'nan'"},
    {"f:nan", "d", "ValueError: Unknown format code 'd' for object of type 'float'"},
    {"f:nan", "x", "ValueError: Unknown format code 'x' for object of type 'float'"},
    {"f:nan", "c", "ValueError: Unknown format code 'c' for object of type 'float'"},
    {"f:nan", "=^12", "'====nan====='"},
    {"f:nan", "*<12.3e", "'nan*********'"},
    {"f:nan", ">12", "'         nan'"},
    {"f:nan", "0=+10.2f", "'+000000nan'"},
    {"f:nan", ".30f", "'nan'"},
    {"f:nan", ".17g", "'nan'"},
    {"f:nan", "+.0%", "'+nan%'"},
    {"f:12345.678", "", "'12345.678'"},
    {"f:12345.678", "e", "'1.234568e+04'"},
    {"f:12345.678", "E", "'1.234568E+04'"},
    {"f:12345.678", ".2f", "'12345.68'"},
    {"f:12345.678", "F", "'12345.678000'"},
    {"f:12345.678", "g", "'12345.7'"},
    {"f:12345.678", "G", "'12345.7'"},
    {"f:12345.678", ".3", "'1.23e+04'"},
    {"f:12345.678", ".1%", "'1234567.8%'"},
    {"f:12345.678", "%", "'1234567.800000%'"},
    {"f:12345.678", ",", "'12,345.678'"},
    {"f:12345.678", "_", "'12_345.678'"},
    {"f:12345.678", "015,.2f", "'0,000,012,345.68'"},
    {"f:12345.678", "010", "'012345.678'"},
    {"f:12345.678", "+", "'+12345.678'"},
    {"f:12345.678", " ", "' 12345.678'"},
    {"f:12345.678", "z", "'12345.678'"},
    {"f:12345.678", "z.1f", "'12345.7'"},
    {"f:12345.678", "z.2e", "'1.23e+04'"},
    {"f:12345.678", "#", "'12345.678'"},
    {"f:12345.678", "#.0f", "'12346.'"},
    {"f:12345.678", "#g", "'12345.7'"},
    {"f:12345.678", "#.0e", "'1.e+04'"},
    {"f:12345.678", ".0e", "'1e+04'"},
    {"f:12345.678", ".0", "'1e+04'"},
    {"f:12345.678", "n", "'12345.7'"},
    {"f:12345.678", ",.1f", "'12,345.7'"},
    {"f:12345.678", "_e", "'1.234568e+04'"},
    {"f:12345.678", ",g", "'12,345.7'"},
    {"f:12345.678", ",.10g", "'12,345.678'"},
    {"f:12345.678", "d", "ValueError: Unknown format code 'd' for object of type 'float'"},
    {"f:12345.678", "x", "ValueError: Unknown format code 'x' for object of type 'float'"},
    {"f:12345.678", "c", "ValueError: Unknown format code 'c' for object of type 'float'"},
    {"f:12345.678", "=^12", "'=12345.678=='"},
    {"f:12345.678", "*<12.3e", "'1.235e+04***'"},
    {"f:12345.678", ">12", "'   12345.678'"},
    {"f:12345.678", "0=+10.2f", "'+012345.68'"},
    {"f:12345.678", ".30f", "'12345.677999999999883584678173065186'"},
    {"f:12345.678", ".17g", "'12345.678'"},
    {"f:12345.678", "+.0%", "'+1234568%'"},
    {"f:1e+20", "", "'1e+20'"},
    {"f:1e+20", "e", "'1.000000e+20'"},
    {"f:1e+20", "E", "'1.000000E+20'"},
    {"f:1e+20", ".2f", "'100000000000000000000.00'"},
    {"f:1e+20", "F", "'100000000000000000000.000000'"},
    {"f:1e+20", "g", "'1e+20'"},
    {"f:1e+20", "G", "'1E+20'"},
    {"f:1e+20", ".3", "'1e+20'"},
    {"f:1e+20", ".1%", "'10000000000000000000000.0%'"},
    {"f:1e+20", "%", "'10000000000000000000000.000000%'"},
    {"f:1e+20", ",", "'1e+20'"},
    {"f:1e+20", "_", "'1e+20'"},
    {"f:1e+20", "015,.2f", "'100,000,000,000,000,000,000.00'"},
    {"f:1e+20", "010", "'000001e+20'"},
    {"f:1e+20", "+", "'+1e+20'"},
    {"f:1e+20", " ", "' 1e+20'"},
    {"f:1e+20", "z", "'1e+20'"},
    {"f:1e+20", "z.1f", "'100000000000000000000.0'"},
    {"f:1e+20", "z.2e", "'1.00e+20'"},
    {"f:1e+20", "#", "'1.e+20'"},
    {"f:1e+20", "#.0f", "'100000000000000000000.'"},
    {"f:1e+20", "#g", "'1.00000e+20'"},
    {"f:1e+20", "#.0e", "'1.e+20'"},
    {"f:1e+20", ".0e", "'1e+20'"},
    {"f:1e+20", ".0", "'1e+20'"},
    {"f:1e+20", "n", "'1e+20'"},
    {"f:1e+20", ",.1f", "'100,000,000,000,000,000,000.0'"},
    {"f:1e+20", "_e", "'1.000000e+20'"},
    {"f:1e+20", ",g", "'1e+20'"},
    {"f:1e+20", ",.10g", "'1e+20'"},
    {"f:1e+20", "d", "ValueError: Unknown format code 'd' for object of type 'float'"},
    {"f:1e+20", "x", "ValueError: Unknown format code 'x' for object of type 'float'"},
    {"f:1e+20", "c", "ValueError: Unknown format code 'c' for object of type 'float'"},
    {"f:1e+20", "=^12", "'===1e+20===='"},
    {"f:1e+20", "*<12.3e", "'1.000e+20***'"},
    {"f:1e+20", ">12", "'       1e+20'"},
    {"f:1e+20", "0=+10.2f", "'+100000000000000000000.00'"},
    {"f:1e+20", ".30f", "'100000000000000000000.000000000000000000000000000000'"},
    {"f:1e+20", ".17g", "'1e+20'"},
    {"f:1e+20", "+.0%", "'+10000000000000000000000%'"},
    {"f:-1e-09", "", "'-1e-09'"},
    {"f:-1e-09", "e", "'-1.000000e-09'"},
    {"f:-1e-09", "E", "'-1.000000E-09'"},
    {"f:-1e-09", ".2f", "'-0.00'"},
    {"f:-1e-09", "F", "'-0.000000'"},
    {"f:-1e-09", "g", "'-1e-09'"},
    {"f:-1e-09", "G", "'-1E-09'"},
    {"f:-1e-09", ".3", "'-1e-09'"},
    {"f:-1e-09", ".1%", "'-0.0%'"},
    {"f:-1e-09", "%", "'-0.000000%'"},
    {"f:-1e-09", ",", "'-1e-09'"},
    {"f:-1e-09", "_", "'-1e-09'"},
    {"f:-1e-09", "015,.2f", "'-000,000,000.00'"},
    {"f:-1e-09", "010", "'-00001e-09'"},
    {"f:-1e-09", "+", "'-1e-09'"},
    {"f:-1e-09", " ", "'-1e-09'"},
    {"f:-1e-09", "z", "'-1e-09'"},
    {"f:-1e-09", "z.1f", "'0.0'"},
    {"f:-1e-09", "z.2e", "'-1.00e-09'"},
    {"f:-1e-09", "#", "'-1.e-09'"},
    {"f:-1e-09", "#.0f", "'-0.'"},
    {"f:-1e-09", "#g", "'-1.00000e-09'"},
    {"f:-1e-09", "#.0e", "'-1.e-09'"},
    {"f:-1e-09", ".0e", "'-1e-09'"},
    {"f:-1e-09", ".0", "'-1e-09'"},
    {"f:-1e-09", "n", "'-1e-09'"},
    {"f:-1e-09", ",.1f", "'-0.0'"},
    {"f:-1e-09", "_e", "'-1.000000e-09'"},
    {"f:-1e-09", ",g", "'-1e-09'"},
    {"f:-1e-09", ",.10g", "'-1e-09'"},
    {"f:-1e-09", "d", "ValueError: Unknown format code 'd' for object of type 'float'"},
    {"f:-1e-09", "x", "ValueError: Unknown format code 'x' for object of type 'float'"},
    {"f:-1e-09", "c", "ValueError: Unknown format code 'c' for object of type 'float'"},
    {"f:-1e-09", "=^12", "'===-1e-09==='"},
    {"f:-1e-09", "*<12.3e", "'-1.000e-09**'"},
    {"f:-1e-09", ">12", "'      -1e-09'"},
    {"f:-1e-09", "0=+10.2f", "'-000000.00'"},
    {"f:-1e-09", ".30f", "'-0.000000001000000000000000062282'"},
    {"f:-1e-09", ".17g", "'-1.0000000000000001e-09'"},
    {"f:-1e-09", "+.0%", "'-0%'"},
    {"c:0.0,1.0", "", "'1j'"},
    {"c:0.0,1.0", ">20", "'                  1j'"},
    {"c:0.0,1.0", "<20", "'1j                  '"},
    {"c:0.0,1.0", "^20", "'         1j         '"},
    {"c:0.0,1.0", "+", "'+1j'"},
    {"c:0.0,1.0", " ", "' 1j'"},
    {"c:0.0,1.0", ".1f", "'0.0+1.0j'"},
    {"c:0.0,1.0", ".3", "'1j'"},
    {"c:0.0,1.0", "e", "'0.000000e+00+1.000000e+00j'"},
    {"c:0.0,1.0", "g", "'0+1j'"},
    {"c:0.0,1.0", "n", "'0+1j'"},
    {"c:0.0,1.0", "%", "ValueError: Unknown format code '%' for object of type 'complex'"},
    {"c:0.0,1.0", "=", "ValueError: '=' alignment flag is not allowed in complex format specifier"},
    {"c:0.0,1.0", "0", "ValueError: Zero padding is not allowed in complex format specifier"},
    {"c:0.0,1.0", "z", "'1j'"},
    {"c:0.0,1.0", "#", "'1.j'"},
    {"c:0.0,1.0", ",", "'1j'"},
    {"c:0.0,1.0", "_", "'1j'"},
    {"c:0.0,1.0", "d", "ValueError: Unknown format code 'd' for object of type 'complex'"},
    {"c:0.0,1.0", "c", "ValueError: Unknown format code 'c' for object of type 'complex'"},
    {"c:0.0,1.0", ".2e", "'0.00e+00+1.00e+00j'"},
    {"c:0.0,1.0", "10", "'        1j'"},
    {"c:-1.5,-2.0", "", "'(-1.5-2j)'"},
    {"c:-1.5,-2.0", ">20", "'           (-1.5-2j)'"},
    {"c:-1.5,-2.0", "<20", "'(-1.5-2j)           '"},
    {"c:-1.5,-2.0", "^20", "'     (-1.5-2j)      '"},
    {"c:-1.5,-2.0", "+", "'(-1.5-2j)'"},
    {"c:-1.5,-2.0", " ", "'(-1.5-2j)'"},
    {"c:-1.5,-2.0", ".1f", "'-1.5-2.0j'"},
    {"c:-1.5,-2.0", ".3", "'(-1.5-2j)'"},
    {"c:-1.5,-2.0", "e", "'-1.500000e+00-2.000000e+00j'"},
    {"c:-1.5,-2.0", "g", "'-1.5-2j'"},
    {"c:-1.5,-2.0", "n", "'-1.5-2j'"},
    {"c:-1.5,-2.0", "%", "ValueError: Unknown format code '%' for object of type 'complex'"},
    {"c:-1.5,-2.0", "=", "ValueError: '=' alignment flag is not allowed in complex format specifier"},
    {"c:-1.5,-2.0", "0", "ValueError: Zero padding is not allowed in complex format specifier"},
    {"c:-1.5,-2.0", "z", "'(-1.5-2j)'"},
    {"c:-1.5,-2.0", "#", "'(-1.5-2.j)'"},
    {"c:-1.5,-2.0", ",", "'(-1.5-2j)'"},
    {"c:-1.5,-2.0", "_", "'(-1.5-2j)'"},
    {"c:-1.5,-2.0", "d", "ValueError: Unknown format code 'd' for object of type 'complex'"},
    {"c:-1.5,-2.0", "c", "ValueError: Unknown format code 'c' for object of type 'complex'"},
    {"c:-1.5,-2.0", ".2e", "'-1.50e+00-2.00e+00j'"},
    {"c:-1.5,-2.0", "10", "' (-1.5-2j)'"},
    {"c:1.5,2.25", "", "'(1.5+2.25j)'"},
    {"c:1.5,2.25", ">20", "'         (1.5+2.25j)'"},
    {"c:1.5,2.25", "<20", "'(1.5+2.25j)         '"},
    {"c:1.5,2.25", "^20", "'    (1.5+2.25j)     '"},
    {"c:1.5,2.25", "+", "'(+1.5+2.25j)'"},
    {"c:1.5,2.25", " ", "'( 1.5+2.25j)'"},
    {"c:1.5,2.25", ".1f", "'1.5+2.2j'"},
    {"c:1.5,2.25", ".3", "'(1.5+2.25j)'"},
    {"c:1.5,2.25", "e", "'1.500000e+00+2.250000e+00j'"},
    {"c:1.5,2.25", "g", "'1.5+2.25j'"},
    {"c:1.5,2.25", "n", "'1.5+2.25j'"},
    {"c:1.5,2.25", "%", "ValueError: Unknown format code '%' for object of type 'complex'"},
    {"c:1.5,2.25", "=", "ValueError: '=' alignment flag is not allowed in complex format specifier"},
    {"c:1.5,2.25", "0", "ValueError: Zero padding is not allowed in complex format specifier"},
    {"c:1.5,2.25", "z", "'(1.5+2.25j)'"},
    {"c:1.5,2.25", "#", "'(1.5+2.25j)'"},
    {"c:1.5,2.25", ",", "'(1.5+2.25j)'"},
    {"c:1.5,2.25", "_", "'(1.5+2.25j)'"},
    {"c:1.5,2.25", "d", "ValueError: Unknown format code 'd' for object of type 'complex'"},
    {"c:1.5,2.25", "c", "ValueError: Unknown format code 'c' for object of type 'complex'"},
    {"c:1.5,2.25", ".2e", "'1.50e+00+2.25e+00j'"},
    {"c:1.5,2.25", "10", "'(1.5+2.25j)'"},
    {"c:-0.0,1.0", "", "'(-0+1j)'"},
    {"c:-0.0,1.0", ">20", "'             (-0+1j)'"},
    {"c:-0.0,1.0", "<20", "'(-0+1j)             '"},
    {"c:-0.0,1.0", "^20", "'      (-0+1j)       '"},
    {"c:-0.0,1.0", "+", "'(-0+1j)'"},
    {"c:-0.0,1.0", " ", "'(-0+1j)'"},
    {"c:-0.0,1.0", ".1f", "'-0.0+1.0j'"},
    {"c:-0.0,1.0", ".3", "'(-0+1j)'"},
    {"c:-0.0,1.0", "e", "'-0.000000e+00+1.000000e+00j'"},
    {"c:-0.0,1.0", "g", "'-0+1j'"},
    {"c:-0.0,1.0", "n", "'-0+1j'"},
    {"c:-0.0,1.0", "%", "ValueError: Unknown format code '%' for object of type 'complex'"},
    {"c:-0.0,1.0", "=", "ValueError: '=' alignment flag is not allowed in complex format specifier"},
    {"c:-0.0,1.0", "0", "ValueError: Zero padding is not allowed in complex format specifier"},
    {"c:-0.0,1.0", "z", "'(0+1j)'"},
    {"c:-0.0,1.0", "#", "'(-0.+1.j)'"},
    {"c:-0.0,1.0", ",", "'(-0+1j)'"},
    {"c:-0.0,1.0", "_", "'(-0+1j)'"},
    {"c:-0.0,1.0", "d", "ValueError: Unknown format code 'd' for object of type 'complex'"},
    {"c:-0.0,1.0", "c", "ValueError: Unknown format code 'c' for object of type 'complex'"},
    {"c:-0.0,1.0", ".2e", "'-0.00e+00+1.00e+00j'"},
    {"c:-0.0,1.0", "10", "'   (-0+1j)'"},
    {"c:1234.5,1.0", "", "'(1234.5+1j)'"},
    {"c:1234.5,1.0", ">20", "'         (1234.5+1j)'"},
    {"c:1234.5,1.0", "<20", "'(1234.5+1j)         '"},
    {"c:1234.5,1.0", "^20", "'    (1234.5+1j)     '"},
    {"c:1234.5,1.0", "+", "'(+1234.5+1j)'"},
    {"c:1234.5,1.0", " ", "'( 1234.5+1j)'"},
    {"c:1234.5,1.0", ".1f", "'1234.5+1.0j'"},
    {"c:1234.5,1.0", ".3", "'(1.23e+03+1j)'"},
    {"c:1234.5,1.0", "e", "'1.234500e+03+1.000000e+00j'"},
    {"c:1234.5,1.0", "g", "'1234.5+1j'"},
    {"c:1234.5,1.0", "n", "'1234.5+1j'"},
    {"c:1234.5,1.0", "%", "ValueError: Unknown format code '%' for object of type 'complex'"},
    {"c:1234.5,1.0", "=", "ValueError: '=' alignment flag is not allowed in complex format specifier"},
    {"c:1234.5,1.0", "0", "ValueError: Zero padding is not allowed in complex format specifier"},
    {"c:1234.5,1.0", "z", "'(1234.5+1j)'"},
    {"c:1234.5,1.0", "#", "'(1234.5+1.j)'"},
    {"c:1234.5,1.0", ",", "'(1,234.5+1j)'"},
    {"c:1234.5,1.0", "_", "'(1_234.5+1j)'"},
    {"c:1234.5,1.0", "d", "ValueError: Unknown format code 'd' for object of type 'complex'"},
    {"c:1234.5,1.0", "c", "ValueError: Unknown format code 'c' for object of type 'complex'"},
    {"c:1234.5,1.0", ".2e", "'1.23e+03+1.00e+00j'"},
    {"c:1234.5,1.0", "10", "'(1234.5+1j)'"},
    {"c:inf,nan", "", "'(inf+nanj)'"},
    {"c:inf,nan", ">20", "'          (inf+nanj)'"},
    {"c:inf,nan", "<20", "'(inf+nanj)          '"},
    {"c:inf,nan", "^20", "'     (inf+nanj)     '"},
    {"c:inf,nan", "+", "'(+inf+nanj)'"},
    {"c:inf,nan", " ", "'( inf+nanj)'"},
    {"c:inf,nan", ".1f", "'inf+nanj'"},
    {"c:inf,nan", ".3", "'(inf+nanj)'"},
    {"c:inf,nan", "e", "'inf+nanj'"},
    {"c:inf,nan", "g", "'inf+nanj'"},
    {"c:inf,nan", "n", "'inf+nanj'"},
    {"c:inf,nan", "%", "ValueError: Unknown format code '%' for object of type 'complex'"},
    {"c:inf,nan", "=", "ValueError: '=' alignment flag is not allowed in complex format specifier"},
    {"c:inf,nan", "0", "ValueError: Zero padding is not allowed in complex format specifier"},
    {"c:inf,nan", "z", "'(inf+nanj)'"},
    {"c:inf,nan", "#", "'(inf+nanj)'"},
    {"c:inf,nan", ",", "'(inf+nanj)'"},
    {"c:inf,nan", "_", "'(inf+nanj)'"},
    {"c:inf,nan", "d", "ValueError: Unknown format code 'd' for object of type 'complex'"},
    {"c:inf,nan", "c", "ValueError: Unknown format code 'c' for object of type 'complex'"},
    {"c:inf,nan", ".2e", "'inf+nanj'"},
    {"c:inf,nan", "10", "'(inf+nanj)'"},
    {"s:ab", "", "'ab'"},
    {"s:ab", "5", "'ab   '"},
    {"s:ab", ">5", "'   ab'"},
    {"s:ab", "^6.1", "'  a   '"},
    {"s:ab", ".0", "''"},
    {"s:ab", "x^5", "'xabxx'"},
    {"s:ab", "\360\237\220\215^7", "'\360\237\220\215\360\237\220\215ab\360\237\220\215\360\237\220\215\360\237\220\215'"},
    {"s:ab", "05", "'ab000'"},
    {"s:ab", "0<5", "'ab000'"},
    {"s:ab", "+", "ValueError: Sign not allowed in string format specifier"},
    {"s:ab", " ", "ValueError: Space not allowed in string format specifier"},
    {"s:ab", "#", "ValueError: Alternate form (#) not allowed in string format specifier"},
    {"s:ab", "=", "ValueError: '=' alignment not allowed in string format specifier"},
    {"s:ab", ",", "ValueError: Cannot specify ',' with 's'."},
    {"s:ab", "_", "ValueError: Cannot specify '_' with 's'."},
    {"s:ab", "d", "ValueError: Unknown format code 'd' for object of type 'str'"},
    {"s:ab", "z", "ValueError: Negative zero coercion (z) not allowed in string format specifier"},
    {"s:ab", ".", "ValueError: Format specifier missing precision"},
    {"s:ab", "s", "'ab'"},
    {"s:ab", ".2s", "'ab'"},
    {"s:\303\251", "", "'\303\251'"},
    {"s:\303\251", "5", "'\303\251    '"},
    {"s:\303\251", ">5", "'    \303\251'"},
    {"s:\303\251", "^6.1", "'  \303\251   '"},
    {"s:\303\251", ".0", "''"},
    {"s:\303\251", "x^5", "'xx\303\251xx'"},
    {"s:\303\251", "\360\237\220\215^7", "'\360\237\220\215\360\237\220\215\360\237\220\215\303\251\360\237\220\215\360\237\220\215\360\237\220\215'"},
    {"s:\303\251", "05", "'\303\2510000'"},
    {"s:\303\251", "0<5", "'\303\2510000'"},
    {"s:\303\251", "+", "ValueError: Sign not allowed in string format specifier"},
    {"s:\303\251", " ", "ValueError: Space not allowed in string format specifier"},
    {"s:\303\251", "#", "ValueError: Alternate form (#) not allowed in string format specifier"},
    {"s:\303\251", "=", "ValueError: '=' alignment not allowed in string format specifier"},
    {"s:\303\251", ",", "ValueError: Cannot specify ',' with 's'."},
    {"s:\303\251", "_", "ValueError: Cannot specify '_' with 's'."},
    {"s:\303\251", "d", "ValueError: Unknown format code 'd' for object of type 'str'"},
    {"s:\303\251", "z", "ValueError: Negative zero coercion (z) not allowed in string format specifier"},
    {"s:\303\251", ".", "ValueError: Format specifier missing precision"},
    {"s:\303\251", "s", "'\303\251'"},
    {"s:\303\251", ".2s", "'\303\251'"},
};
/* {a, b, a+b, a-b, a*b, a/b, a**b, a==b} */
static const struct cpair_case complex_cases[] = {
    {"c:0.0,1.0", "c:0.0,1.0", {"2j", "0j", "(-1+0j)", "(1+0j)", "(0.20787957635076193+0j)", "True"}},
    {"c:0.0,1.0", "c:1.0,2.0", {"(1+3j)", "(-1-1j)", "(-2+1j)", "(0.4+0.2j)", "(2.6460893340172016e-18+0.04321391826377225j)", "False"}},
    {"c:0.0,1.0", "c:-1.5,-2.0", {"(-1.5-1j)", "(1.5+3j)", "(2-1.5j)", "(-0.32-0.24j)", "(-16.362940681991798-16.362940681991798j)", "False"}},
    {"c:0.0,1.0", "f:2.0", {"(2+1j)", "(-2+1j)", "2j", "0.5j", "(-1+0j)", "False"}},
    {"c:0.0,1.0", "c:-0.0,1.0", {"2j", "0j", "(-1+0j)", "(1-0j)", "(0.20787957635076193+0j)", "True"}},
    {"c:0.0,1.0", "c:0.0,0.0", {"1j", "1j", "0j", "ZeroDivisionError: complex division by zero", "(1+0j)", "False"}},
    {"c:0.0,1.0", "i:3", {"(3+1j)", "(-3+1j)", "3j", "0.3333333333333333j", "(-0-1j)", "False"}},
    {"c:0.0,1.0", "c:0.0,1e+200", {"1e+200j", "-1e+200j", "(-1e+200+0j)", "(1e-200+0j)", "0j", "False"}},
    {"c:0.0,1.0", "c:inf,1.0", {"(inf+2j)", "(-inf+0j)", "(nan+infj)", "0j", "ZeroDivisionError: 0.0 to a negative or complex power", "False"}},
    {"c:1.0,2.0", "c:0.0,1.0", {"(1+3j)", "(1+1j)", "(-2+1j)", "(2-1j)", "(0.2291401859804338+0.23817011512167555j)", "False"}},
    {"c:1.0,2.0", "c:1.0,2.0", {"(2+4j)", "0j", "(-3+4j)", "(1+0j)", "(-0.22251715680177267+0.10070913113607541j)", "True"}},
    {"c:1.0,2.0", "c:-1.5,-2.0", {"(-0.5+0j)", "(2.5+4j)", "(2.5-5j)", "(-0.88-0.16j)", "(-2.7153781416157274+0.35104803615533886j)", "False"}},
    {"c:1.0,2.0", "f:2.0", {"(3+2j)", "(-1+2j)", "(2+4j)", "(0.5+1j)", "(-3+4j)", "False"}},
    {"c:1.0,2.0", "c:-0.0,1.0", {"(1+3j)", "(1+1j)", "(-2+1j)", "(2-1j)", "(0.2291401859804338+0.23817011512167555j)", "False"}},
    {"c:1.0,2.0", "c:0.0,0.0", {"(1+2j)", "(1+2j)", "0j", "ZeroDivisionError: complex division by zero", "(1+0j)", "False"}},
    {"c:1.0,2.0", "i:3", {"(4+2j)", "(-2+2j)", "(3+6j)", "(0.3333333333333333+0.6666666666666666j)", "(-11-2j)", "False"}},
    {"c:1.0,2.0", "c:0.0,1e+200", {"(1+1e+200j)", "(1-1e+200j)", "(-2e+200+1e+200j)", "(2e-200-1e-200j)", "-0j", "False"}},
    {"c:1.0,2.0", "c:inf,1.0", {"(inf+3j)", "(-inf+1j)", "(inf+infj)", "0j", "ZeroDivisionError: 0.0 to a negative or complex power", "False"}},
    {"c:-1.5,-2.0", "c:0.0,1.0", {"(-1.5-1j)", "(-1.5-3j)", "(2-1.5j)", "(-2+1.5j)", "(5.573247350582014+7.263090199367293j)", "False"}},
    {"c:-1.5,-2.0", "c:1.0,2.0", {"(-0.5+0j)", "(-2.5-4j)", "(2.5-5j)", "(-1.1+0.2j)", "(194.45308266271155-78.0542082052343j)", "False"}},
    {"c:-1.5,-2.0", "c:-1.5,-2.0", {"(-3-4j)", "0j", "(-1.75+6j)", "(1-0j)", "(0.0002470252275083491+0.0030082669581730096j)", "True"}},
    {"c:-1.5,-2.0", "f:2.0", {"(0.5-2j)", "(-3.5-2j)", "(-3-4j)", "(-0.75-1j)", "(-1.75+6j)", "False"}},
    {"c:-1.5,-2.0", "c:-0.0,1.0", {"(-1.5-1j)", "(-1.5-3j)", "(2-1.5j)", "(-2+1.5j)", "(5.573247350582014+7.263090199367293j)", "False"}},
    {"c:-1.5,-2.0", "c:0.0,0.0", {"(-1.5-2j)", "(-1.5-2j)", "-0j", "ZeroDivisionError: complex division by zero", "(1+0j)", "False"}},
    {"c:-1.5,-2.0", "i:3", {"(1.5-2j)", "(-4.5-2j)", "(-4.5-6j)", "(-0.5-0.6666666666666666j)", "(14.625-5.5j)", "False"}},
    {"c:-1.5,-2.0", "c:0.0,1e+200", {"(-1.5+1e+200j)", "(-1.5-1e+200j)", "(2e+200-1.5e+200j)", "(-2e-200+1.5e-200j)", "OverflowError: complex exponentiation", "False"}},
    {"c:-1.5,-2.0", "c:inf,1.0", {"(inf-1j)", "(-inf-3j)", "(-inf-infj)", "(-0-0j)", "ZeroDivisionError: 0.0 to a negative or complex power", "False"}},
    {"f:2.0", "c:0.0,1.0", {"(2+1j)", "(2-1j)", "2j", "-2j", "(0.7692389013639721+0.6389612763136348j)", "False"}},
    {"f:2.0", "c:1.0,2.0", {"(3+2j)", "(1-2j)", "(2+4j)", "(0.4-0.8j)", "(0.36691394948660344+1.9660554808224875j)", "False"}},
    {"f:2.0", "c:-1.5,-2.0", {"(0.5-2j)", "(3.5+2j)", "(-3-4j)", "(-0.48+0.64j)", "(0.06486183544847891-0.3475527906696398j)", "False"}},
    {"f:2.0", "c:-0.0,1.0", {"(2+1j)", "(2-1j)", "(-0+2j)", "-2j", "(0.7692389013639721+0.6389612763136348j)", "False"}},
    {"f:2.0", "c:0.0,0.0", {"(2+0j)", "(2+0j)", "0j", "ZeroDivisionError: complex division by zero", "(1+0j)", "False"}},
    {"f:2.0", "c:0.0,1e+200", {"(2+1e+200j)", "(2-1e+200j)", "2e+200j", "-2e-200j", "(-0.9561474005320101-0.29288589664898484j)", "False"}},
    {"f:2.0", "c:inf,1.0", {"(inf+1j)", "(-inf-1j)", "(inf+nanj)", "0j", "(nan+nanj)", "False"}},
    {"c:-0.0,1.0", "c:0.0,1.0", {"2j", "(-0+0j)", "(-1+0j)", "(1+0j)", "(0.20787957635076193+0j)", "True"}},
    {"c:-0.0,1.0", "c:1.0,2.0", {"(1+3j)", "(-1-1j)", "(-2+1j)", "(0.4+0.2j)", "(2.6460893340172016e-18+0.04321391826377225j)", "False"}},
    {"c:-0.0,1.0", "c:-1.5,-2.0", {"(-1.5-1j)", "(1.5+3j)", "(2-1.5j)", "(-0.32-0.24j)", "(-16.362940681991798-16.362940681991798j)", "False"}},
    {"c:-0.0,1.0", "f:2.0", {"(2+1j)", "(-2+1j)", "(-0+2j)", "0.5j", "(-1-0j)", "False"}},
    {"c:-0.0,1.0", "c:-0.0,1.0", {"(-0+2j)", "0j", "(-1-0j)", "(1+0j)", "(0.20787957635076193+0j)", "True"}},
    {"c:-0.0,1.0", "c:0.0,0.0", {"1j", "(-0+1j)", "(-0+0j)", "ZeroDivisionError: complex division by zero", "(1+0j)", "False"}},
    {"c:-0.0,1.0", "i:3", {"(3+1j)", "(-3+1j)", "(-0+3j)", "0.3333333333333333j", "-1j", "False"}},
    {"c:-0.0,1.0", "c:0.0,1e+200", {"1e+200j", "(-0-1e+200j)", "(-1e+200+0j)", "(1e-200+0j)", "0j", "False"}},
    {"c:-0.0,1.0", "c:inf,1.0", {"(inf+2j)", "(-inf+0j)", "(nan+infj)", "0j", "ZeroDivisionError: 0.0 to a negative or complex power", "False"}},
    {"c:0.0,0.0", "c:0.0,1.0", {"1j", "-1j", "0j", "0j", "ZeroDivisionError: 0.0 to a negative or complex power", "False"}},
    {"c:0.0,0.0", "c:1.0,2.0", {"(1+2j)", "(-1-2j)", "0j", "0j", "ZeroDivisionError: 0.0 to a negative or complex power", "False"}},
    {"c:0.0,0.0", "c:-1.5,-2.0", {"(-1.5-2j)", "(1.5+2j)", "-0j", "(-0-0j)", "ZeroDivisionError: 0.0 to a negative or complex power", "False"}},
    {"c:0.0,0.0", "f:2.0", {"(2+0j)", "(-2+0j)", "0j", "0j", "0j", "False"}},
    {"c:0.0,0.0", "c:-0.0,1.0", {"1j", "-1j", "(-0+0j)", "-0j", "ZeroDivisionError: 0.0 to a negative or complex power", "False"}},
    {"c:0.0,0.0", "c:0.0,0.0", {"0j", "0j", "0j", "ZeroDivisionError: complex division by zero", "(1+0j)", "True"}},
    {"c:0.0,0.0", "i:3", {"(3+0j)", "(-3+0j)", "0j", "0j", "0j", "False"}},
    {"c:0.0,0.0", "c:0.0,1e+200", {"1e+200j", "-1e+200j", "0j", "0j", "ZeroDivisionError: 0.0 to a negative or complex power", "False"}},
    {"c:0.0,0.0", "c:inf,1.0", {"(inf+1j)", "(-inf-1j)", "(nan+nanj)", "0j", "ZeroDivisionError: 0.0 to a negative or complex power", "False"}},
    {"i:3", "c:0.0,1.0", {"(3+1j)", "(3-1j)", "3j", "-3j", "(0.4548324228266097+0.8905770416677471j)", "False"}},
    {"i:3", "c:1.0,2.0", {"(4+2j)", "(2-2j)", "(3+6j)", "(0.6-1.2j)", "(-1.758764802874057+2.4303798814529753j)", "False"}},
    {"i:3", "c:-1.5,-2.0", {"(1.5-2j)", "(4.5+2j)", "(-4.5-6j)", "(-0.72+0.96j)", "(-0.11282481470895288-0.15590894208776956j)", "False"}},
    {"i:3", "c:-0.0,1.0", {"(3+1j)", "(3-1j)", "(-0+3j)", "-3j", "(0.4548324228266097+0.8905770416677471j)", "False"}},
    {"i:3", "c:0.0,0.0", {"(3+0j)", "(3+0j)", "0j", "ZeroDivisionError: complex division by zero", "(1+0j)", "False"}},
    {"i:3", "c:0.0,1e+200", {"(3+1e+200j)", "(3-1e+200j)", "3e+200j", "-3e-200j", "(-0.9887632137744635-0.14949015715556185j)", "False"}},
    {"i:3", "c:inf,1.0", {"(inf+1j)", "(-inf-1j)", "(inf+nanj)", "0j", "(nan+nanj)", "False"}},
    {"c:0.0,1e+200", "c:0.0,1.0", {"1e+200j", "1e+200j", "(-1e+200+0j)", "(1e+200+0j)", "(-0.056187894332331706+0.2001420465426268j)", "False"}},
    {"c:0.0,1e+200", "c:1.0,2.0", {"(1+1e+200j)", "(-1+1e+200j)", "(-2e+200+1e+200j)", "(3.9999999999999995e+199+1.9999999999999998e+199j)", "(2.2491120325189348e+198-3.689975932476855e+198j)", "False"}},
    {"c:0.0,1e+200", "c:-1.5,-2.0", {"(-1.5+1e+200j)", "(1.5+1e+200j)", "(2e+200-1.5e+200j)", "(-3.2e+199-2.3999999999999997e+199j)", "(2.248834356634283e-299+5.4558280001198306e-300j)", "False"}},
    {"c:0.0,1e+200", "f:2.0", {"(2+1e+200j)", "(-2+1e+200j)", "2e+200j", "5e+199j", "OverflowError: complex exponentiation", "False"}},
    {"c:0.0,1e+200", "c:-0.0,1.0", {"1e+200j", "1e+200j", "(-1e+200+0j)", "(1e+200-0j)", "(-0.056187894332331706+0.2001420465426268j)", "False"}},
    {"c:0.0,1e+200", "c:0.0,0.0", {"1e+200j", "1e+200j", "0j", "ZeroDivisionError: complex division by zero", "(1+0j)", "False"}},
    {"c:0.0,1e+200", "i:3", {"(3+1e+200j)", "(-3+1e+200j)", "3e+200j", "3.3333333333333334e+199j", "OverflowError: complex exponentiation", "False"}},
    {"c:0.0,1e+200", "c:0.0,1e+200", {"2e+200j", "0j", "(-inf+0j)", "(1+0j)", "(-0+0j)", "True"}},
    {"c:0.0,1e+200", "c:inf,1.0", {"(inf+1e+200j)", "(-inf+1e+200j)", "(nan+infj)", "0j", "ZeroDivisionError: 0.0 to a negative or complex power", "False"}},
    {"c:inf,1.0", "c:0.0,1.0", {"(inf+2j)", "(inf+0j)", "(nan+infj)", "(nan-infj)", "ZeroDivisionError: 0.0 to a negative or complex power", "False"}},
    {"c:inf,1.0", "c:1.0,2.0", {"(inf+3j)", "(inf-1j)", "(inf+infj)", "(inf-infj)", "ZeroDivisionError: 0.0 to a negative or complex power", "False"}},
    {"c:inf,1.0", "c:-1.5,-2.0", {"(inf-1j)", "(inf+3j)", "(-inf-infj)", "(-inf+infj)", "ZeroDivisionError: 0.0 to a negative or complex power", "False"}},
    {"c:inf,1.0", "f:2.0", {"(inf+1j)", "(inf+1j)", "(inf+nanj)", "(inf+nanj)", "(nan+nanj)", "False"}},
    {"c:inf,1.0", "c:-0.0,1.0", {"(inf+2j)", "(inf+0j)", "(nan+infj)", "(nan-infj)", "ZeroDivisionError: 0.0 to a negative or complex power", "False"}},
    {"c:inf,1.0", "c:0.0,0.0", {"(inf+1j)", "(inf+1j)", "(nan+nanj)", "ZeroDivisionError: complex division by zero", "(1+0j)", "False"}},
    {"c:inf,1.0", "i:3", {"(inf+1j)", "(inf+1j)", "(inf+nanj)", "(inf+nanj)", "(nan+nanj)", "False"}},
    {"c:inf,1.0", "c:0.0,1e+200", {"(inf+1e+200j)", "(inf-1e+200j)", "(nan+infj)", "(nan-infj)", "ZeroDivisionError: 0.0 to a negative or complex power", "False"}},
    {"c:inf,1.0", "c:inf,1.0", {"(inf+2j)", "(nan+0j)", "(inf+infj)", "(nan+nanj)", "(nan+nanj)", "True"}},
};
/* {z, repr(z), hash(z), abs(z), -z, z.conjugate()} */
static const struct crepr_case complex_reprs[] = {
    {"c:0.0,1.0", "1j", "1000003", "1.0", "(-0-1j)", "-1j"},
    {"c:1.0,1.0", "(1+1j)", "1000004", "1.4142135623730951", "(-1-1j)", "(1-1j)"},
    {"c:-1.0,-1.0", "(-1-1j)", "-2000008", "1.4142135623730951", "(1+1j)", "(-1+1j)"},
    {"c:0.5,0.25", "(0.5+0.25j)", "2882303761517117440", "0.5590169943749475", "(-0.5-0.25j)", "(0.5-0.25j)"},
    {"c:0.0,1e+20", "1e+20j", "8487521361076545", "1e+20", "(-0-1e+20j)", "-1e+20j"},
    {"c:1e-05,1.0", "(1e-05+1j)", "2170758078823671211", "1.00000000005", "(-1e-05-1j)", "(1e-05-1j)"},
    {"c:inf,1.0", "(inf+1j)", "1314162", "inf", "(-inf-1j)", "(inf-1j)"},
    {"c:1.0,nan", "(1+nanj)", "", "nan", "(-1+nanj)", "(1+nanj)"},
    {"c:-0.0,-0.0", "(-0-0j)", "0", "0.0", "0j", "(-0+0j)"},
    {"c:0.0,0.0", "0j", "0", "0.0", "(-0-0j)", "-0j"},
    {"c:2.0,0.0", "(2+0j)", "2", "2.0", "(-2-0j)", "(2-0j)"},
    {"c:-2.5,0.0", "(-2.5+0j)", "-1152921504606846978", "2.5", "(2.5-0j)", "(-2.5-0j)"},
    {"c:0.0,-0.0", "-0j", "0", "0.0", "(-0+0j)", "0j"},
    {"c:-inf,-inf", "(-inf-infj)", "-314160256636", "inf", "(inf+infj)", "(-inf+infj)"},
    {"c:0.0,1.5", "1.5j", "3458764513821540931", "1.5", "(-0-1.5j)", "-1.5j"},
    {"c:-0.0,-1.5", "(-0-1.5j)", "-3458764513821540931", "1.5", "1.5j", "(-0+1.5j)"},
};
/* {text, complex(text)} */
static const struct text_case complex_texts[] = {
    {"1+2j", "(1+2j)"},
    {"(1+2j)", "(1+2j)"},
    {" ( 1+2j ) ", "(1+2j)"},
    {"1+2j ", "(1+2j)"},
    {"1 + 2j", "ValueError: complex() arg is a malformed string"},
    {"j", "1j"},
    {"-j", "-1j"},
    {"+j", "1j"},
    {"+1.5e3J", "1500j"},
    {"nan", "(nan+0j)"},
    {"infj", "infj"},
    {"-nanj", "nanj"},
    {"1+infj", "(1+infj)"},
    {"1e-2+1e+2j", "(0.01+100j)"},
    {"1_0j", "10j"},
    {"1__0j", "ValueError: could not convert string to complex: '1__0j'"},
    {"1_e5j", "ValueError: could not convert string to complex: '1_e5j'"},
    {"\331\241+\331\242j", "(1+2j)"},
    {"(1+2j", "ValueError: complex() arg is a malformed string"},
    {"1+2j)", "ValueError: complex() arg is a malformed string"},
    {"()", "ValueError: complex() arg is a malformed string"},
    {"", "ValueError: complex() arg is a malformed string"},
    {" ", "ValueError: complex() arg is a malformed string"},
    {"1e5j", "100000j"},
    {"-1.5-2.5J", "(-1.5-2.5j)"},
    {"1+j", "(1+1j)"},
    {"1-j", "(1-1j)"},
    {"1j+1", "ValueError: complex() arg is a malformed string"},
    {"1+2", "ValueError: complex() arg is a malformed string"},
    {"1e", "ValueError: complex() arg is a malformed string"},
    {"(j)", "1j"},
    {"( -j )", "-1j"},
    {"1.5", "(1.5+0j)"},
    {"inf+nanj", "(inf+nanj)"},
    {"infinityj", "infj"},
    {"1e3+1e-3j", "(1000+0.001j)"},
    {"\302\2401j", "1j"},
    {"--1j", "ValueError: complex() arg is a malformed string"},
    {"1+-1j", "ValueError: complex() arg is a malformed string"},
};

/* ---- helpers -------------------------------------------------------------------------- */

#ifdef MP_DEBUG
static intptr_t live_at_start;
#endif

static void setup(void)
{
    cr_assert_eq(mp_runtime_init(), 0);
    /* Warm up what is created once and kept (interned reprs). */
    mp_obj r = mp_obj_repr(mp_true);
    mp_xdecref(r);
    r = mp_obj_repr(mp_false);
    mp_xdecref(r);
#ifdef MP_DEBUG
    live_at_start = mp_debug_live_objects;
#endif
}

static void teardown(void)
{
#ifdef MP_DEBUG
    cr_expect_eq(mp_debug_live_objects, live_at_start, "%ld objects leaked",
                 (long)(mp_debug_live_objects - live_at_start));
#endif
    mp_runtime_fini();
}

TestSuite(float, .init = setup, .fini = teardown);

/* A value from its table encoding: "i:123", "b:True", "f:1.5", "c:re,im",
 * "s:text". */
static mp_obj make(const char *enc)
{
    const char *s = enc + 2;
    switch (enc[0]) {
    case 'i': return mp_int_from_text(s, strlen(s), 10);
    case 'b': return mp_bool(strcmp(s, "True") == 0);
    case 'f': return mp_float_from_text(s, strlen(s));
    case 'c': {
        const char *comma = strchr(s, ',');
        mp_obj re = mp_float_from_text(s, (size_t)(comma - s));
        mp_obj im = mp_float_from_text(comma + 1, strlen(comma + 1));
        mp_obj c = mp_complex_new(mp_float_value(re), mp_float_value(im));
        mp_decref(re);
        mp_decref(im);
        return c;
    }
    default: return mp_str_from_cstr(s);
    }
}

/* repr(r) (stealing r), or "ExcName: message" when r is NULL; malloc'ed. */
static char *show(mp_obj r)
{
    char *out;
    if (r) {
        mp_obj s = mp_obj_repr(r);
        cr_assert(s, "repr failed");
        if (asprintf(&out, "%s", mp_str_utf8(s)) < 0)
            abort();
        mp_decref(s);
        mp_decref(r);
        return out;
    }
    cr_assert(mp_err_occurred(), "NULL without an exception");
    mp_obj e = mp_err_fetch();
    mp_obj msg = mp_obj_str(e);
    cr_assert(msg);
    if (asprintf(&out, "%s: %s", mp_type_of(e)->name, mp_str_utf8(msg)) < 0)
        abort();
    mp_decref(msg);
    mp_decref(e);
    return out;
}

static void expect(mp_obj r, const char *want, const char *what)
{
    char *got = show(r);
    cr_expect_str_eq(got, want, "%s: got %s, want %s", what, got, want);
    free(got);
}

static mp_obj apply(const char *op, mp_obj a, mp_obj b)
{
    static const struct { const char *sym; int op; } binops[] = {
        {"+", MP_NB_ADD}, {"-", MP_NB_SUBTRACT}, {"*", MP_NB_MULTIPLY},
        {"//", MP_NB_FLOOR_DIVIDE}, {"%", MP_NB_REMAINDER}, {"/", MP_NB_TRUE_DIVIDE},
        {"**", MP_NB_POWER},
    };
    static const struct { const char *sym; int op; } cmps[] = {
        {"<", MP_LT}, {"<=", MP_LE}, {"==", MP_EQ}, {"!=", MP_NE}, {">", MP_GT}, {">=", MP_GE},
    };
    if (strcmp(op, "divmod") == 0)
        return mp_number_divmod(a, b);
    for (size_t i = 0; i < sizeof binops / sizeof binops[0]; i++)
        if (strcmp(op, binops[i].sym) == 0)
            return mp_number_binary_op(a, b, binops[i].op);
    for (size_t i = 0; i < sizeof cmps / sizeof cmps[0]; i++)
        if (strcmp(op, cmps[i].sym) == 0)
            return mp_obj_richcompare(a, b, cmps[i].op);
    cr_assert_fail("unknown operator %s", op);
    return NULL;
}

/* ---- float arithmetic ------------------------------------------------------------------- */

Test(float, pairs)
{
    static const char *const ops[] = {"+", "-", "*", "/", "//", "%", "divmod", "**"};
    static const int cmps[] = {MP_LT, MP_LE, MP_EQ, MP_NE, MP_GT, MP_GE};
    for (size_t i = 0; i < sizeof pair_cases / sizeof pair_cases[0]; i++) {
        const struct pair_case *c = &pair_cases[i];
        mp_obj a = make(c->a), b = make(c->b);
        for (size_t k = 0; k < 8; k++) {
            char what[200];
            snprintf(what, sizeof what, "%s %s %s", c->a, ops[k], c->b);
            expect(apply(ops[k], a, b), c->r[k], what);
        }
        char bits[8] = {0};
        for (int k = 0; k < 6; k++) {
            mp_obj r = mp_obj_richcompare(a, b, cmps[k]);
            cr_assert(r);
            bits[k] = r == mp_true ? '1' : '0';
            mp_decref(r);
        }
        cr_expect_str_eq(bits, c->r[8], "comparisons of %s and %s", c->a, c->b);
        mp_decref(a);
        mp_decref(b);
    }
}

Test(float, floor_division_and_modulo)
{
    for (size_t i = 0; i < sizeof div_cases / sizeof div_cases[0]; i++) {
        const struct div_case *c = &div_cases[i];
        mp_obj a = make(c->a), b = make(c->b);
        char what[120];
        snprintf(what, sizeof what, "%s // %s", c->a, c->b);
        expect(apply("//", a, b), c->floordiv, what);
        snprintf(what, sizeof what, "%s %% %s", c->a, c->b);
        expect(apply("%", a, b), c->mod, what);
        mp_decref(a);
        mp_decref(b);
    }
}

Test(float, powers)
{
    for (size_t i = 0; i < sizeof pow_cases / sizeof pow_cases[0]; i++) {
        const struct op_case *c = &pow_cases[i];
        mp_obj a = make(c->a), b = make(c->b);
        char what[120];
        snprintf(what, sizeof what, "%s ** %s", c->a, c->b);
        expect(apply("**", a, b), c->want, what);
        mp_decref(a);
        mp_decref(b);
    }
    mp_obj two = mp_float_new(2.0);
    expect(mp_number_power(two, mp_small(3), mp_small(5)),
           "TypeError: pow() 3rd argument not allowed unless all arguments are integers",
           "pow(2.0, 3, 5)");
    mp_decref(two);
}

/* ---- repr, hash, text ------------------------------------------------------------------------ */

Test(float, repr_hash_hex)
{
    for (size_t i = 0; i < sizeof repr_cases / sizeof repr_cases[0]; i++) {
        const struct repr_case *c = &repr_cases[i];
        mp_obj x = make(c->x);
        mp_obj r = mp_obj_repr(x), s = mp_obj_str(x);
        cr_expect_str_eq(mp_str_utf8(r), c->repr, "repr(%s)", c->x);
        cr_expect_str_eq(mp_str_utf8(s), c->repr, "str(%s)", c->x);
        if (c->hash[0]) {
            char h[32];
            snprintf(h, sizeof h, "%ld", (long)mp_obj_hash(x));
            cr_expect_str_eq(h, c->hash, "hash(%s)", c->x);
        }
        mp_obj hex = mp_call_method(x, "hex", NULL, 0);
        cr_assert(hex);
        cr_expect_str_eq(mp_str_utf8(hex), c->hex, "(%s).hex()", c->x);
        /* repr reads back as the same value. */
        mp_obj back = mp_float_from_text(mp_str_utf8(r), mp_str_nbytes(r));
        double a = mp_float_value(x), b = mp_float_value(back);
        cr_expect(a == b || (isnan(a) && isnan(b)), "float(repr(%s))", c->x);
        mp_obj from_hex = mp_call_method((mp_obj)&mp_type_float, "fromhex", &hex, 1);
        cr_assert(from_hex);
        b = mp_float_value(from_hex);
        cr_expect(memcmp(&a, &b, sizeof a) == 0 || (isnan(a) && isnan(b)), "fromhex(hex(%s))", c->x);
        mp_decref(from_hex);
        mp_decref(back);
        mp_decref(hex);
        mp_decref(r);
        mp_decref(s);
        mp_decref(x);
    }
}

Test(float, hash_equals_int_hash)
{
    static const char *const ints[] = {"0", "1", "-1", "-2", "4503599627370496", "-9007199254740992",
                                       "1180591620717411303424", "2305843009213693952"};
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++) {
        mp_obj v = mp_int_from_text(ints[i], strlen(ints[i]), 10);
        mp_obj f = mp_number_float(v);
        cr_expect_eq(mp_obj_hash(f), mp_obj_hash(v), "hash(float(%s))", ints[i]);
        mp_decref(f);
        mp_decref(v);
    }
    mp_obj nan = mp_float_new(NAN), nan2 = mp_float_new(NAN);
    cr_expect_neq(mp_obj_hash(nan), mp_obj_hash(nan2), "each NaN hashes by identity");
    cr_expect_eq(mp_float_hash_double(NAN), 0);
    mp_decref(nan);
    mp_decref(nan2);
}

Test(float, from_text)
{
    for (size_t i = 0; i < sizeof text_cases / sizeof text_cases[0]; i++) {
        const struct text_case *c = &text_cases[i];
        expect(mp_float_from_text(c->text, strlen(c->text)), c->want, c->text);
    }
    expect(mp_float_from_text("1\0", 2), "ValueError: could not convert string to float: '1\\x00'",
           "float('1\\x00')");
}

Test(float, fromhex)
{
    for (size_t i = 0; i < sizeof hex_cases / sizeof hex_cases[0]; i++) {
        const struct text_case *c = &hex_cases[i];
        mp_obj t = mp_str_from_cstr(c->text);
        expect(mp_call_method((mp_obj)&mp_type_float, "fromhex", &t, 1), c->want, c->text);
        mp_decref(t);
    }
    mp_obj one = mp_small(1);
    expect(mp_call_method((mp_obj)&mp_type_float, "fromhex", &one, 1),
           "TypeError: bad argument type for built-in operation", "fromhex(1)");
}

Test(float, constructor)
{
    static const struct { const char *arg, *want; } cases[] = {
        {"s: 1.5 ", "1.5"}, {"i:3", "3.0"}, {"b:True", "1.0"}, {"f:-0.0", "-0.0"},
        {"c:1.0,2.0", "TypeError: float() argument must be a string or a real number, not 'complex'"},
        {"s:x", "ValueError: could not convert string to float: 'x'"},
        {"i:179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792",
         "OverflowError: int too large to convert to float"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        mp_obj a = make(cases[i].arg);
        expect(mp_call1((mp_obj)&mp_type_float, a), cases[i].want, cases[i].arg);
        mp_decref(a);
    }
    expect(mp_call0((mp_obj)&mp_type_float), "0.0", "float()");
    mp_obj args[2] = {mp_small(1), mp_small(2)};
    expect(mp_call((mp_obj)&mp_type_float, args, 2, NULL),
           "TypeError: float expected at most 1 argument, got 2", "float(1, 2)");
    mp_obj kw = mp_tuple_pack(1, mp_str_intern("x"));
    expect(mp_call((mp_obj)&mp_type_float, args, 0, kw),
           "TypeError: float() takes no keyword arguments", "float(x=1)");
    mp_decref(kw);
    mp_obj b = mp_bytes_new(" -2.5 ", 6);
    expect(mp_call1((mp_obj)&mp_type_float, b), "-2.5", "float(b' -2.5 ')");
    mp_decref(b);
    b = mp_bytes_new("x", 1);
    expect(mp_call1((mp_obj)&mp_type_float, b), "ValueError: could not convert string to float: b'x'",
           "float(b'x')");
    mp_decref(b);
}

/* ---- rounding and methods ---------------------------------------------------------------------- */

Test(float, round)
{
    for (size_t i = 0; i < sizeof round_cases / sizeof round_cases[0]; i++) {
        const struct round_case *c = &round_cases[i];
        mp_obj x = make(c->x);
        mp_obj n = c->n ? make(c->n) : NULL;
        char what[120];
        snprintf(what, sizeof what, "round(%s, %s)", c->x, c->n ? c->n : "");
        expect(mp_call_method(x, "__round__", &n, n ? 1 : 0), c->want, what);
        mp_xdecref(n);
        mp_decref(x);
    }
    mp_obj x = mp_float_new(1.5);
    mp_obj none = mp_none;
    expect(mp_call_method(x, "__round__", &none, 1), "2", "(1.5).__round__(None)");
    mp_decref(x);
}

static mp_obj method(const char *v, const char *name)
{
    mp_obj self = make(v);
    mp_obj r = mp_call_method(self, name, NULL, 0);
    mp_decref(self);
    return r;
}

Test(float, methods)
{
    static const struct { const char *v, *name, *want; } cases[] = {
        {"f:1.0", "is_integer", "True"}, {"f:1.5", "is_integer", "False"},
        {"f:inf", "is_integer", "False"}, {"f:nan", "is_integer", "False"},
        {"f:-0.75", "as_integer_ratio", "(-3, 4)"}, {"f:0.1", "as_integer_ratio", "(3602879701896397, 36028797018963968)"},
        {"f:1e20", "as_integer_ratio", "(100000000000000000000, 1)"}, {"f:0.0", "as_integer_ratio", "(0, 1)"},
        {"f:5e-324", "as_integer_ratio", NULL},
        {"f:inf", "as_integer_ratio", "OverflowError: cannot convert Infinity to integer ratio"},
        {"f:nan", "as_integer_ratio", "ValueError: cannot convert NaN to integer ratio"},
        {"f:2.5", "__trunc__", "2"}, {"f:-2.5", "__trunc__", "-2"}, {"f:2.5", "__floor__", "2"},
        {"f:-2.5", "__floor__", "-3"}, {"f:-2.5", "__ceil__", "-2"}, {"f:2.5", "__ceil__", "3"},
        {"f:1e300", "__int__", NULL},
        {"f:nan", "__trunc__", "ValueError: cannot convert float NaN to integer"},
        {"f:-inf", "__floor__", "OverflowError: cannot convert float infinity to integer"},
        {"f:2.5", "conjugate", "2.5"}, {"f:2.5", "__getnewargs__", "(2.5,)"},
        {"f:2.5", "__float__", "2.5"}, {"f:2.5", "__abs__", "2.5"}, {"f:-0.0", "__neg__", "0.0"},
        {"f:-0.0", "__bool__", "False"}, {"f:nan", "__bool__", "True"},
        {"c:1.0,-2.0", "conjugate", "(1+2j)"}, {"c:1.0,2.0", "__getnewargs__", "(1.0, 2.0)"},
        {"c:1.0,2.0", "__complex__", "(1+2j)"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char what[120];
        snprintf(what, sizeof what, "(%s).%s()", cases[i].v, cases[i].name);
        mp_obj r = method(cases[i].v, cases[i].name);
        if (!cases[i].want) {
            cr_expect(r, "%s", what);
            mp_xdecref(r);
            continue;
        }
        expect(r, cases[i].want, what);
    }
    mp_obj x = make("f:-2.5");
    expect(mp_obj_getattr_s(x, "real"), "-2.5", "real");
    expect(mp_obj_getattr_s(x, "imag"), "0.0", "imag");
    mp_decref(x);
    mp_obj z = make("c:1.5,-2.0");
    expect(mp_obj_getattr_s(z, "real"), "1.5", "real");
    expect(mp_obj_getattr_s(z, "imag"), "-2.0", "imag");
    mp_decref(z);
    mp_obj d = mp_str_from_cstr("double");
    mp_obj getformat = mp_obj_getattr_s((mp_obj)&mp_type_float, "__getformat__");
    cr_assert(getformat);
    expect(mp_call1(getformat, d), "'IEEE, little-endian'", "__getformat__");
    mp_decref(getformat);
    mp_decref(d);
}

/* Floats freed to the free list count as freed, so leaks stay visible. */
Test(float, free_list_keeps_the_count)
{
#ifdef MP_DEBUG
    intptr_t before = mp_debug_live_objects;
    mp_obj fs[300];
    for (int i = 0; i < 300; i++)
        fs[i] = mp_float_new(i);
    cr_expect_eq(mp_debug_live_objects, before + 300);
    for (int i = 0; i < 300; i++)
        mp_decref(fs[i]);
    cr_expect_eq(mp_debug_live_objects, before);
    mp_obj f = mp_float_new(1.5);
    cr_expect_eq(mp_debug_live_objects, before + 1);
    cr_expect_eq(mp_float_value(f), 1.5);
    cr_expect_eq(f->refcnt, 1);
    cr_expect(f->type == &mp_type_float);
    mp_decref(f);
#endif
}

/* ---- format ------------------------------------------------------------------------------------- */

Test(float, format)
{
    for (size_t i = 0; i < sizeof format_cases / sizeof format_cases[0]; i++) {
        const struct format_case *c = &format_cases[i];
        mp_obj v = make(c->value), spec = mp_str_from_cstr(c->spec);
        char what[120];
        snprintf(what, sizeof what, "format(%s, '%s')", c->value, c->spec);
        mp_obj r = mp_str_check(v) ? mp_format_str(spec, v) : mp_obj_format(v, spec);
        expect(r, c->want, what);
        mp_decref(spec);
        mp_decref(v);
    }
}

Test(float, format_unknown_codes)
{
    mp_obj spec = mp_str_new("\0", 1), v = mp_small(1);
    expect(mp_obj_format(v, spec), "ValueError: Unknown format code '\\x0' for object of type 'int'",
           "format(1, '\\x00')");
    mp_decref(spec);
    spec = mp_str_new("\xc3\xa9", 2);
    expect(mp_obj_format(v, spec), "ValueError: Unknown format code '\\xe9' for object of type 'int'",
           "format(1, 'e-acute')");
    mp_decref(spec);
}

Test(float, format_spec_parse)
{
    mp_format_spec f;
    mp_obj spec = mp_str_from_cstr("🐍^+z#012_.3e");
    cr_assert_eq(mp_format_spec_parse(spec, "float", 0, '>', &f), 0);
    cr_expect_eq(f.fill, 0x1f40d);
    cr_expect_eq(f.align, '^');
    cr_expect_eq(f.sign, '+');
    cr_expect(f.no_neg_zero && f.alternate);
    cr_expect_eq(f.width, 12);
    cr_expect_eq(f.thousands, '_');
    cr_expect_eq(f.precision, 3);
    cr_expect_eq(f.type, 'e');
    mp_decref(spec);
    spec = mp_str_from_cstr("012");
    cr_assert_eq(mp_format_spec_parse(spec, "int", 'd', '>', &f), 0);
    cr_expect(f.fill == '0' && f.align == '=' && f.width == 12 && f.type == 'd');
    mp_decref(spec);
    spec = mp_str_from_cstr("\xd9\xa5"); /* an Arabic-Indic five: a width */
    cr_assert_eq(mp_format_spec_parse(spec, "int", 'd', '>', &f), 0);
    cr_expect_eq(f.width, 5);
    mp_decref(spec);
}

/* ---- complex ---------------------------------------------------------------------------------- */

Test(float, complex_arithmetic)
{
    static const char *const ops[] = {"+", "-", "*", "/", "**", "=="};
    for (size_t i = 0; i < sizeof complex_cases / sizeof complex_cases[0]; i++) {
        const struct cpair_case *c = &complex_cases[i];
        mp_obj a = make(c->a), b = make(c->b);
        for (size_t k = 0; k < 6; k++) {
            char what[200];
            snprintf(what, sizeof what, "%s %s %s", c->a, ops[k], c->b);
            expect(apply(ops[k], a, b), c->r[k], what);
        }
        mp_decref(a);
        mp_decref(b);
    }
}

Test(float, complex_repr)
{
    for (size_t i = 0; i < sizeof complex_reprs / sizeof complex_reprs[0]; i++) {
        const struct crepr_case *c = &complex_reprs[i];
        mp_obj z = make(c->z);
        mp_obj r = mp_obj_repr(z);
        cr_expect_str_eq(mp_str_utf8(r), c->repr, "repr(%s)", c->z);
        mp_decref(r);
        if (c->hash[0]) {
            char h[32];
            snprintf(h, sizeof h, "%ld", (long)mp_obj_hash(z));
            cr_expect_str_eq(h, c->hash, "hash(%s)", c->z);
        }
        expect(mp_number_absolute(z), c->abs, "abs");
        expect(mp_number_negative(z), c->neg, "neg");
        expect(mp_call_method(z, "conjugate", NULL, 0), c->conj, "conjugate");
        mp_decref(z);
    }
}

Test(float, complex_from_text)
{
    for (size_t i = 0; i < sizeof complex_texts / sizeof complex_texts[0]; i++) {
        const struct text_case *c = &complex_texts[i];
        mp_obj t = mp_str_from_cstr(c->text);
        expect(mp_call1((mp_obj)&mp_type_complex, t), c->want, c->text);
        mp_decref(t);
    }
}

Test(float, complex_constructor)
{
    mp_obj one = mp_small(1), two = mp_float_new(2.5), j = mp_complex_new(0, 1);
    mp_obj s = mp_str_from_cstr("1"), none = mp_none;
    mp_obj args[3];
    args[0] = one, args[1] = two;
    expect(mp_call((mp_obj)&mp_type_complex, args, 2, NULL), "(1+2.5j)", "complex(1, 2.5)");
    args[0] = j, args[1] = mp_small(2);
    expect(mp_call((mp_obj)&mp_type_complex, args, 2, NULL), "3j", "complex(1j, 2)");
    args[0] = j, args[1] = j;
    expect(mp_call((mp_obj)&mp_type_complex, args, 2, NULL), "(-1+1j)", "complex(1j, 1j)");
    args[0] = s, args[1] = none;
    expect(mp_call((mp_obj)&mp_type_complex, args, 2, NULL),
           "TypeError: complex() can't take second arg if first is a string", "complex('1', None)");
    args[0] = one, args[1] = s;
    expect(mp_call((mp_obj)&mp_type_complex, args, 2, NULL),
           "TypeError: complex() second arg can't be a string", "complex(1, '1')");
    args[0] = none;
    expect(mp_call((mp_obj)&mp_type_complex, args, 1, NULL),
           "TypeError: complex() first argument must be a string or a number, not 'NoneType'",
           "complex(None)");
    args[0] = one, args[1] = none;
    expect(mp_call((mp_obj)&mp_type_complex, args, 2, NULL),
           "TypeError: complex() second argument must be a number, not 'NoneType'", "complex(1, None)");
    args[0] = mp_small(3), args[1] = mp_small(4);
    mp_obj kw = mp_tuple_pack(2, mp_str_intern("imag"), mp_str_intern("real"));
    expect(mp_call((mp_obj)&mp_type_complex, args, 0, kw), "(4+3j)", "complex(imag=3, real=4)");
    args[2] = mp_small(5);
    expect(mp_call((mp_obj)&mp_type_complex, args, 3, NULL),
           "TypeError: complex() takes at most 2 arguments (3 given)", "complex(3, 4, 5)");
    expect(mp_call0((mp_obj)&mp_type_complex), "0j", "complex()");
    mp_obj mz = mp_float_new(-0.0), onehalf = mp_float_new(1.5);
    args[0] = onehalf, args[1] = mz;
    expect(mp_call((mp_obj)&mp_type_complex, args, 2, NULL), "(1.5-0j)", "complex(1.5, -0.0)");
    args[0] = mz, args[1] = mz;
    expect(mp_call((mp_obj)&mp_type_complex, args, 2, NULL), "(-0-0j)", "complex(-0.0, -0.0)");
    mp_decref(mz);
    mp_decref(onehalf);
    mp_obj same = mp_call1((mp_obj)&mp_type_complex, j);
    cr_expect(same == j, "complex(z) is z");
    mp_decref(same);
    mp_obj lt = mp_obj_richcompare(j, j, MP_LT);
    expect(lt, "TypeError: '<' not supported between instances of 'complex' and 'complex'", "1j < 1j");
    mp_obj m = mp_number_power(mp_small(2), mp_small(3), j);
    expect(m, "ValueError: complex modulo", "pow(2, 3, 1j)");
    expect(mp_number_binary_op(j, mp_small(1), MP_NB_FLOOR_DIVIDE),
           "TypeError: unsupported operand type(s) for //: 'complex' and 'int'", "1j // 1");
    mp_decref(kw);
    mp_decref(two);
    mp_decref(j);
    mp_decref(s);
}

/* mp_format_double's 'e' and 'f' digits (computed in 128-bit integers when
 * they fit, else by printf) against glibc's printf, which is correctly
 * rounded: doubles of random bits (every exponent, subnormals too) and of
 * the ranges programs print, at every precision from 0 to 24, both signs,
 * and the ties and carries that rounding gets wrong first. */
static uint64_t xorshift(uint64_t *state)
{
    uint64_t x = *state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return *state = x;
}

static void check_against_printf(double x, int prec)
{
    static const char convs[] = {'e', 'f'};
    for (int c = 0; c < 2; c++) {
        if (convs[c] == 'f' && fabs(x) > 1e30 && prec > 3)
            continue; /* long, and the same path as prec 3 */
        char want[512];
        snprintf(want, sizeof want, convs[c] == 'e' ? "%.*e" : "%.*f", prec, x);
        mp_buf b = MP_BUF_INIT;
        mp_format_double(&b, x, convs[c], prec, 0);
        cr_assert(!b.failed);
        cr_assert_str_eq(b.data, want, "%%.%d%c of %a", prec, convs[c], x);
        mp_buf_free(&b);
    }
}

Test(float, format_digits_match_printf)
{
    uint64_t state = 0x9E3779B97F4A7C15u;
    static const double edges[] = {0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 9.995, 9.9999999,
                                   99.5, 0.05, 1e15, 1e16, 1e17, 1e22, 1e23, 123456789012345678.0,
                                   5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
                                   0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 1e-5, 1e-7, 4.35, 0.0};
    for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++)
        for (int prec = 0; prec <= 24; prec++) {
            check_against_printf(edges[i], prec);
            check_against_printf(-edges[i], prec);
        }
    for (int i = 0; i < 20000; i++) {
        uint64_t bits = xorshift(&state);
        double x;
        memcpy(&x, &bits, sizeof x);
        if (!isfinite(x))
            continue;
        check_against_printf(x, (int)(xorshift(&state) % 25));
        /* the ranges programs print: integers over 8, money, tiny */
        double y = (double)(xorshift(&state) % 100000000) / 8;
        check_against_printf(y, (int)(xorshift(&state) % 12));
        double z = (double)(xorshift(&state) % 1000000) / 100 + 0.005;
        check_against_printf(z, 2);
        check_against_printf(ldexp((double)(xorshift(&state) >> 11), -(int)(xorshift(&state) % 120)),
                             (int)(xorshift(&state) % 25));
    }
}

/* The significant digits of a repr or %e string s ("-1.25e-07" -> "125"). */
static void sig_digits(const char *s, char *out)
{
    int n = 0, leading = 1;
    for (; *s && *s != 'e'; s++) {
        if (*s < '0' || *s > '9')
            continue;
        if (leading && *s == '0')
            continue;
        leading = 0;
        out[n++] = *s;
    }
    while (n > 1 && out[n - 1] == '0')
        n--;
    if (n == 0)
        out[n++] = '0';
    out[n] = '\0';
}

/* repr's digits (found with exact integer checks when they fit) against
 * the slow search: the fewest significant digits that read back through
 * strtod, the correctly rounded ones when they do. */
static void check_repr(double x)
{
    mp_buf b = MP_BUF_INIT;
    mp_format_double(&b, x, 'r', 0, 0);
    cr_assert(!b.failed);
    cr_assert(strtod(b.data, NULL) == x, "repr %s of %a does not read back", b.data, x);
    char got[32];
    sig_digits(b.data, got);
    for (int n = 1; n <= 17; n++) {
        char s[64];
        snprintf(s, sizeof s, "%.*e", n - 1, x);
        if (strtod(s, NULL) == x) {
            char want[32];
            sig_digits(s, want);
            cr_assert_str_eq(got, want, "repr %s of %a", b.data, x);
            break;
        }
        /* a neighbour of the rounded digits may read back at n digits */
        char *e = strchr(s, 'e');
        long long mant = 0;
        for (char *p = s; p < e; p++)
            if (*p >= '0' && *p <= '9')
                mant = mant * 10 + (*p - '0');
        int found = 0;
        for (int delta = -1; delta <= 1 && !found; delta += 2) {
            char t[64];
            snprintf(t, sizeof t, "%lld%se", mant + delta, "");
            char u[80];
            snprintf(u, sizeof u, "%llde%d", mant + delta, atoi(e + 1) - (n - 1));
            if (strtod(u, NULL) == x && (long long)strlen(t) - 1 == n) {
                char want[32];
                sig_digits(u, want);
                cr_assert_str_eq(got, want, "repr %s of %a", b.data, x);
                found = 1;
            }
        }
        if (found)
            break;
    }
    mp_buf_free(&b);
}

Test(float, repr_digits_shortest)
{
    uint64_t state = 0x2545F4914F6CDD1Du;
    static const double edges[] = {0.1, 0.2, 0.3, 1e23, 5e-324, 1e16, 123.456, 4503599627370496.5,
                                   9007199254740993.0, 0.30000000000000004, 1.7976931348623157e308,
                                   2.2250738585072014e-308, 1.0 / 3, 2.0 / 3, 1e22, 8.41e21,
                                   5e-310, 9007199254740992.0, 0.5, 1024.0, 1e-7};
    for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++) {
        check_repr(edges[i]);
        check_repr(-edges[i]);
    }
    for (int i = 0; i < 30000; i++) {
        uint64_t bits = xorshift(&state);
        double x;
        memcpy(&x, &bits, sizeof x);
        if (isfinite(x) && x != 0)
            check_repr(x);
        check_repr((double)(xorshift(&state) % 1000000) / (double)(1 + xorshift(&state) % 1000));
        check_repr(ldexp(1.0, (int)(xorshift(&state) % 2000) - 1000)); /* powers of two */
    }
}
