/* Constant folding on the syntax tree, before the symbol table runs, as
 * CPython 3.11's Python/ast_opt.c does it: operators and subscripts on
 * constants, tuples of constants, `not (a is b)` into `a is not b`, list
 * and set displays iterated over or tested with `in` into tuples and
 * frozensets, and __debug__.  A folded node becomes a Constant whose
 * value the compiler keeps (mp_const_set).
 *
 * Folding that would build something large is skipped (CPython's limits
 * below), and so is any operation that raises: 1/0 stays as code and
 * fails when it runs. */
#include <gmp.h>
#include <stdio.h>
#include <string.h>

#include "compile_internal.h"
#include "minipy/abstract.h"
#include "minipy/bytes.h"
#include "minipy/exc.h"
#include "minipy/int.h"
#include "minipy/set.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

#define MAX_INT_SIZE 128        /* bits */
#define MAX_COLLECTION_SIZE 256 /* items */
#define MAX_STR_SIZE 4096       /* characters */
#define MAX_TOTAL_ITEMS 1024    /* including nested collections */

static int is_const(const mp_expr *e)
{
    return e->kind == MP_EXPR_Constant;
}

/* Records the folded value (stolen), or, when there is none, forgets the
 * error that prevented it (all but KeyboardInterrupt). */
static int make_const(mp_compiler *c, mp_expr *e, mp_obj v)
{
    if (!v) {
        if (mp_err_occurred() && mp_err_matches(&mp_type_KeyboardInterrupt))
            return 0;
        mp_err_clear();
        return 1;
    }
    return mp_const_set(c, e, v);
}

/* ---- CPython's size guards ------------------------------------------------- */

static int is_int(mp_obj o)
{
    return mp_int_check(o);
}

/* The number of bits of abs(o) (0 for 0). */
static size_t num_bits(mp_obj o)
{
    if (mp_is_small(o)) {
        uintptr_t v = (uintptr_t)(mp_small_value(o) < 0 ? -mp_small_value(o) : mp_small_value(o));
        size_t n = 0;
        while (v) {
            n++;
            v >>= 1;
        }
        return n;
    }
    mpz_t z;
    mpz_init(z);
    mp_int_get_mpz(o, z);
    size_t n = mpz_sgn(z) ? mpz_sizeinbase(z, 2) : 0;
    mpz_clear(z);
    return n;
}

/* The value of int o as a C long, or -1 (which every caller rejects) when
 * it does not fit. */
static intptr_t as_long(mp_obj o)
{
    intptr_t v;
    if (mp_int_as_ssize(o, &v) < 0) {
        mp_err_clear();
        return -1;
    }
    return v;
}

static int is_tuple(mp_obj o) { return mp_tuple_check(o); }
static int is_frozenset(mp_obj o)
{
    return !mp_is_small(o) && mp_type_is_subtype(o->type, &mp_type_frozenset);
}

static intptr_t check_complexity(mp_obj o, intptr_t limit)
{
    if (is_tuple(o)) {
        limit -= MP_TUPLE_LEN(o);
        for (intptr_t i = 0; limit >= 0 && i < MP_TUPLE_LEN(o); i++)
            limit = check_complexity(MP_TUPLE_GET(o, i), limit);
    } else if (is_frozenset(o)) {
        limit -= MP_SET_LEN(o);
        intptr_t pos = 0;
        mp_obj key;
        mp_hash_t h;
        while (limit >= 0 && mp_set_next(o, &pos, &key, &h))
            limit = check_complexity(key, limit);
    }
    return limit;
}

static mp_obj safe_multiply(mp_obj v, mp_obj w)
{
    if (is_int(v) && is_int(w) && mp_int_sign(v) && mp_int_sign(w)) {
        if (num_bits(v) + num_bits(w) > MAX_INT_SIZE)
            return NULL;
    } else if (is_int(v) && (is_tuple(w) || is_frozenset(w))) {
        intptr_t size = is_tuple(w) ? MP_TUPLE_LEN(w) : MP_SET_LEN(w);
        if (size) {
            intptr_t n = as_long(v);
            if (n < 0 || n > MAX_COLLECTION_SIZE / size)
                return NULL;
            if (n && check_complexity(w, MAX_TOTAL_ITEMS / n) < 0)
                return NULL;
        }
    } else if (is_int(v) && (mp_str_check(w) || mp_bytes_check(w))) {
        intptr_t size = mp_str_check(w) ? mp_str_len(w) : MP_BYTES_LEN(w);
        if (size) {
            intptr_t n = as_long(v);
            if (n < 0 || n > MAX_STR_SIZE / size)
                return NULL;
        }
    } else if (is_int(w) &&
               (is_tuple(v) || is_frozenset(v) || mp_str_check(v) || mp_bytes_check(v))) {
        return safe_multiply(w, v);
    }
    return mp_number_multiply(v, w);
}

static mp_obj safe_power(mp_obj v, mp_obj w)
{
    if (is_int(v) && is_int(w) && mp_int_sign(v) && mp_int_sign(w) > 0) {
        size_t vbits = num_bits(v);
        intptr_t wbits = as_long(w);
        if (wbits < 0 || vbits > MAX_INT_SIZE / (size_t)wbits)
            return NULL;
    }
    return mp_number_power(v, w, NULL);
}

static mp_obj safe_lshift(mp_obj v, mp_obj w)
{
    if (is_int(v) && is_int(w) && mp_int_sign(v) && mp_int_sign(w)) {
        size_t vbits = num_bits(v);
        intptr_t wbits = as_long(w);
        if (wbits < 0 || (size_t)wbits > MAX_INT_SIZE || vbits > MAX_INT_SIZE - (size_t)wbits)
            return NULL;
    }
    return mp_number_binary_op(v, w, MP_NB_LSHIFT);
}

static mp_obj safe_mod(mp_obj v, mp_obj w)
{
    /* "%" on str and bytes formats: left to run time. */
    if (mp_str_check(v) || mp_bytes_check(v))
        return NULL;
    return mp_number_binary_op(v, w, MP_NB_REMAINDER);
}

static int has_starred(const mp_seq *elts)
{
    for (int i = 0; i < MP_SEQ_LEN(elts); i++)
        if (((const mp_expr *)MP_SEQ_GET(elts, i))->kind == MP_EXPR_Starred)
            return 1;
    return 0;
}

/* ---- "%s" % (x,) into an f-string ---------------------------------------------------
 * CPython 3.11 rewrites str % tuple as an f-string when every conversion is
 * %s, %r or %a (with an optional width of up to two digits and a '-' flag,
 * and a precision): the literal parts become constants without a
 * position, the conversions FormattedValues at their argument. */

#define MAXDIGITS 3

static mp_pos nopos(void)
{
    mp_pos p = {-1, -1, -1, -1};
    return p;
}

/* A Constant node for text[0..n) with %% turned into %, or NULL. */
static mp_expr *str_const(mp_compiler *c, const char *text, size_t n, int has_percents)
{
    mp_expr *e = mp_ast_expr_new(c->arena, MP_EXPR_Constant, nopos());
    char *copy = mp_arena_alloc(c->arena, n + 1);
    if (!e || !copy) {
        mp_err_no_memory();
        return NULL;
    }
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        copy[k++] = text[i];
        if (has_percents && text[i] == '%' && i + 1 < n && text[i + 1] == '%')
            i++;
    }
    mp_obj v = mp_str_new(copy, k);
    if (!v || !mp_const_set(c, e, v))
        return NULL;
    return e;
}

/* The literal text from *pos up to the next single '%'; NULL (without an
 * exception) when there is none. */
static mp_expr *parse_literal(mp_compiler *c, const char *fmt, size_t len, size_t *ppos)
{
    size_t start = *ppos, pos = start;
    int has_percents = 0;
    while (pos < len) {
        if (fmt[pos] != '%') {
            pos++;
        } else if (pos + 1 < len && fmt[pos + 1] == '%') {
            has_percents = 1;
            pos += 2;
        } else {
            break;
        }
    }
    *ppos = pos;
    if (pos == start)
        return NULL;
    return str_const(c, fmt + start, pos - start, has_percents);
}

enum { F_LJUST = 1 };

/* [flags][width][.precision]conversion after a '%'; 0 if unsupported. */
static int simple_format_arg_parse(const char *fmt, size_t len, size_t *ppos, int *spec,
                                   int *flags, int *width, int *prec)
{
    size_t pos = *ppos;
    int ch;
#define NEXTC                      \
    do {                           \
        if (pos >= len)            \
            return 0;              \
        ch = (unsigned char)fmt[pos++]; \
    } while (0)
    *flags = 0;
    for (;;) {
        NEXTC;
        if (ch == '-')
            *flags |= F_LJUST;
        else if (ch != '+' && ch != ' ' && ch != '#' && ch != '0')
            break;
    }
    if (ch >= '0' && ch <= '9') {
        *width = 0;
        int digits = 0;
        while (ch >= '0' && ch <= '9') {
            *width = *width * 10 + (ch - '0');
            NEXTC;
            if (++digits >= MAXDIGITS)
                return 0;
        }
    }
    if (ch == '.') {
        NEXTC;
        *prec = 0;
        int digits = 0;
        while (ch >= '0' && ch <= '9') {
            *prec = *prec * 10 + (ch - '0');
            NEXTC;
            if (++digits >= MAXDIGITS)
                return 0;
        }
    }
#undef NEXTC
    *spec = ch;
    *ppos = pos;
    return 1;
}

/* A FormattedValue for one conversion, or NULL: unsupported (no
 * exception) or an error. */
static mp_expr *parse_format(mp_compiler *c, const char *fmt, size_t len, size_t *ppos,
                             mp_expr *arg)
{
    int spec, flags, width = -1, prec = -1;
    if (!simple_format_arg_parse(fmt, len, ppos, &spec, &flags, &width, &prec))
        return NULL;
    if (spec != 's' && spec != 'r' && spec != 'a')
        return NULL;
    char buf[1 + MAXDIGITS + 1 + MAXDIGITS + 1], *p = buf;
    if (!(flags & F_LJUST) && width > 0)
        *p++ = '>';
    if (width >= 0)
        p += snprintf(p, MAXDIGITS + 1, "%d", width);
    if (prec >= 0)
        p += snprintf(p, MAXDIGITS + 2, ".%d", prec);
    mp_expr *format_spec = NULL;
    if (p != buf && !(format_spec = str_const(c, buf, (size_t)(p - buf), 0)))
        return NULL;
    mp_expr *fv = mp_ast_expr_new(c->arena, MP_EXPR_FormattedValue, arg->pos);
    if (!fv) {
        mp_err_no_memory();
        return NULL;
    }
    fv->v.FormattedValue.value = arg;
    fv->v.FormattedValue.conversion = spec;
    fv->v.FormattedValue.format_spec = format_spec;
    return fv;
}

static int optimize_format(mp_compiler *c, mp_expr *node, mp_obj fmtobj, mp_seq *elts)
{
    const char *fmt = mp_str_utf8(fmtobj);
    size_t len = mp_str_nbytes(fmtobj), pos = 0;
    int cnt = 0;
    mp_seq *seq = NULL;
    for (;;) {
        mp_expr *lit = parse_literal(c, fmt, len, &pos);
        if (lit) {
            if (!(seq = mp_seq_append(c->arena, seq, lit))) {
                mp_err_no_memory();
                return 0;
            }
        } else if (mp_err_occurred()) {
            return 0;
        }
        if (pos >= len)
            break;
        if (cnt >= MP_SEQ_LEN(elts))
            return 1; /* more conversions than items */
        pos++; /* the '%' */
        mp_expr *fv = parse_format(c, fmt, len, &pos, MP_SEQ_GET(elts, cnt));
        cnt++;
        if (!fv)
            return !mp_err_occurred();
        if (!(seq = mp_seq_append(c->arena, seq, fv))) {
            mp_err_no_memory();
            return 0;
        }
    }
    if (cnt < MP_SEQ_LEN(elts))
        return 1; /* more items than conversions */
    node->kind = MP_EXPR_JoinedStr;
    node->v.JoinedStr.values = seq;
    return 1;
}

/* ---- the folds ---------------------------------------------------------------- */

static int fold_binop(mp_compiler *c, mp_expr *e)
{
    mp_expr *l = e->v.BinOp.left, *r = e->v.BinOp.right;
    if (e->v.BinOp.op == MP_Mod && is_const(l) && r->kind == MP_EXPR_Tuple &&
        !has_starred(r->v.Tuple.elts)) {
        mp_obj lv = mp_const_value(c, l);
        if (!lv)
            return 0;
        if (mp_str_check(lv))
            return optimize_format(c, e, lv, r->v.Tuple.elts);
    }
    if (!is_const(l) || !is_const(r) || e->v.BinOp.op == MP_MatMult)
        return 1;
    mp_obj lv = mp_const_value(c, l), rv = lv ? mp_const_value(c, r) : NULL;
    if (!rv)
        return 0;
    mp_obj v;
    switch (e->v.BinOp.op) {
    case MP_Mult: v = safe_multiply(lv, rv); break;
    case MP_Mod: v = safe_mod(lv, rv); break;
    case MP_Pow: v = safe_power(lv, rv); break;
    case MP_LShift: v = safe_lshift(lv, rv); break;
    default: v = mp_number_binary_op(lv, rv, mp_binop_arg(e->v.BinOp.op, 0)); break;
    }
    return make_const(c, e, v);
}

static int fold_unaryop(mp_compiler *c, mp_expr *e)
{
    mp_expr *arg = e->v.UnaryOp.operand;
    if (!is_const(arg)) {
        /* not (a is b) -> a is not b, and so for in; the other
         * comparisons cannot be inverted safely. */
        if (e->v.UnaryOp.op == MP_Not && arg->kind == MP_EXPR_Compare &&
            arg->v.Compare.nops == 1) {
            mp_cmpop op = arg->v.Compare.ops[0], inv;
            switch (op) {
            case MP_Is: inv = MP_IsNot; break;
            case MP_IsNot: inv = MP_Is; break;
            case MP_In: inv = MP_NotIn; break;
            case MP_NotIn: inv = MP_In; break;
            default: return 1;
            }
            arg->v.Compare.ops[0] = inv;
            *e = *arg; /* the comparison replaces the not, positions and all */
        }
        return 1;
    }
    mp_obj v = mp_const_value(c, arg);
    if (!v)
        return 0;
    mp_obj r = NULL;
    switch (e->v.UnaryOp.op) {
    case MP_Invert: r = mp_number_invert(v); break;
    case MP_UAdd: r = mp_number_positive(v); break;
    case MP_USub: r = mp_number_negative(v); break;
    case MP_Not: {
        int t = mp_obj_not(v);
        r = t < 0 ? NULL : mp_bool(t);
        break;
    }
    }
    return make_const(c, e, r);
}

/* A tuple of the values of elts, if all are constants; NULL (without an
 * exception) otherwise. */
static mp_obj const_tuple(mp_compiler *c, const mp_seq *elts)
{
    for (int i = 0; i < MP_SEQ_LEN(elts); i++)
        if (!is_const(MP_SEQ_GET(elts, i)))
            return NULL;
    mp_obj t = mp_tuple_new(MP_SEQ_LEN(elts));
    if (!t)
        return NULL;
    for (int i = 0; i < MP_SEQ_LEN(elts); i++) {
        mp_obj v = mp_const_value(c, MP_SEQ_GET(elts, i));
        if (!v) {
            /* The rest stay NULL: fill them before freeing the tuple. */
            for (int j = i; j < MP_SEQ_LEN(elts); j++)
                MP_TUPLE_ITEMS(t)[j] = mp_newref(mp_none);
            mp_decref(t);
            return NULL;
        }
        MP_TUPLE_ITEMS(t)[i] = mp_newref(v);
    }
    return t;
}

static int fold_tuple(mp_compiler *c, mp_expr *e)
{
    if (e->v.Tuple.ctx != MP_Load)
        return 1;
    mp_obj t = const_tuple(c, e->v.Tuple.elts);
    if (!t && mp_err_occurred())
        return 0;
    return t ? make_const(c, e, t) : 1;
}

static int fold_subscr(mp_compiler *c, mp_expr *e)
{
    mp_expr *v = e->v.Subscript.value, *i = e->v.Subscript.slice;
    if (e->v.Subscript.ctx != MP_Load || !is_const(v) || !is_const(i))
        return 1;
    mp_obj vv = mp_const_value(c, v), iv = vv ? mp_const_value(c, i) : NULL;
    if (!iv)
        return 0;
    return make_const(c, e, mp_obj_getitem(vv, iv));
}

/* What is iterated over or tested with `in`: a list display becomes a
 * tuple, constant sets frozensets. */
static int fold_iter(mp_compiler *c, mp_expr *arg)
{
    mp_obj v;
    if (arg->kind == MP_EXPR_List) {
        if (has_starred(arg->v.List.elts))
            return 1;
        arg->kind = MP_EXPR_Tuple; /* same layout */
        v = const_tuple(c, arg->v.Tuple.elts);
    } else if (arg->kind == MP_EXPR_Set) {
        v = const_tuple(c, arg->v.Set.elts);
        if (v) {
            mp_obj fs = mp_frozenset_new(v);
            mp_decref(v);
            v = fs;
        }
    } else {
        return 1;
    }
    if (!v && mp_err_occurred() && !mp_err_matches(&mp_type_KeyboardInterrupt)) {
        mp_err_clear();
        return 1;
    }
    return make_const(c, arg, v);
}

static int fold_compare(mp_compiler *c, mp_expr *e)
{
    int i = e->v.Compare.nops - 1;
    mp_cmpop op = e->v.Compare.ops[i];
    if (op == MP_In || op == MP_NotIn)
        return fold_iter(c, MP_SEQ_GET(e->v.Compare.comparators, i));
    return 1;
}

/* ---- the walk ------------------------------------------------------------------ */

static int fold_expr(mp_compiler *c, mp_expr *e);
static int fold_stmts(mp_compiler *c, mp_seq *stmts);

static int fold_exprs(mp_compiler *c, mp_seq *seq)
{
    for (int i = 0; i < MP_SEQ_LEN(seq); i++) {
        mp_expr *e = MP_SEQ_GET(seq, i);
        if (e && !fold_expr(c, e))
            return 0;
    }
    return 1;
}

static int fold_opt(mp_compiler *c, mp_expr *e)
{
    return !e || fold_expr(c, e);
}

static int fold_comprehensions(mp_compiler *c, mp_seq *gens)
{
    for (int i = 0; i < MP_SEQ_LEN(gens); i++) {
        mp_comprehension *g = MP_SEQ_GET(gens, i);
        if (!fold_expr(c, g->target) || !fold_expr(c, g->iter) || !fold_exprs(c, g->ifs) ||
            !fold_iter(c, g->iter))
            return 0;
    }
    return 1;
}

static int fold_keywords(mp_compiler *c, mp_seq *kws)
{
    for (int i = 0; i < MP_SEQ_LEN(kws); i++)
        if (!fold_expr(c, ((mp_keyword *)MP_SEQ_GET(kws, i))->value))
            return 0;
    return 1;
}

static int fold_args(mp_compiler *c, mp_seq *args)
{
    if (c->future_annotations)
        return 1;
    for (int i = 0; i < MP_SEQ_LEN(args); i++)
        if (!fold_opt(c, ((mp_arg *)MP_SEQ_GET(args, i))->annotation))
            return 0;
    return 1;
}

static int fold_arguments(mp_compiler *c, mp_arguments *a)
{
    return fold_args(c, a->posonlyargs) && fold_args(c, a->args) &&
           (!a->vararg || c->future_annotations || fold_opt(c, a->vararg->annotation)) &&
           fold_args(c, a->kwonlyargs) && fold_exprs(c, a->kw_defaults) &&
           (!a->kwarg || c->future_annotations || fold_opt(c, a->kwarg->annotation)) &&
           fold_exprs(c, a->defaults);
}

static int fold_expr_kind(mp_compiler *c, mp_expr *e)
{
    switch (e->kind) {
    case MP_EXPR_BoolOp:
        return fold_exprs(c, e->v.BoolOp.values);
    case MP_EXPR_BinOp:
        return fold_expr(c, e->v.BinOp.left) && fold_expr(c, e->v.BinOp.right) &&
               fold_binop(c, e);
    case MP_EXPR_UnaryOp:
        return fold_expr(c, e->v.UnaryOp.operand) && fold_unaryop(c, e);
    case MP_EXPR_Lambda:
        return fold_arguments(c, e->v.Lambda.args) && fold_expr(c, e->v.Lambda.body);
    case MP_EXPR_IfExp:
        return fold_expr(c, e->v.IfExp.test) && fold_expr(c, e->v.IfExp.body) &&
               fold_expr(c, e->v.IfExp.orelse);
    case MP_EXPR_Dict:
        return fold_exprs(c, e->v.Dict.keys) && fold_exprs(c, e->v.Dict.values);
    case MP_EXPR_Set:
        return fold_exprs(c, e->v.Set.elts);
    case MP_EXPR_ListComp:
        return fold_expr(c, e->v.ListComp.elt) &&
               fold_comprehensions(c, e->v.ListComp.generators);
    case MP_EXPR_SetComp:
        return fold_expr(c, e->v.SetComp.elt) &&
               fold_comprehensions(c, e->v.SetComp.generators);
    case MP_EXPR_DictComp:
        return fold_expr(c, e->v.DictComp.key) && fold_expr(c, e->v.DictComp.value) &&
               fold_comprehensions(c, e->v.DictComp.generators);
    case MP_EXPR_GeneratorExp:
        return fold_expr(c, e->v.GeneratorExp.elt) &&
               fold_comprehensions(c, e->v.GeneratorExp.generators);
    case MP_EXPR_Await:
        return fold_expr(c, e->v.Await.value);
    case MP_EXPR_Yield:
        return fold_opt(c, e->v.Yield.value);
    case MP_EXPR_YieldFrom:
        return fold_expr(c, e->v.YieldFrom.value);
    case MP_EXPR_Compare:
        return fold_expr(c, e->v.Compare.left) && fold_exprs(c, e->v.Compare.comparators) &&
               fold_compare(c, e);
    case MP_EXPR_Call:
        return fold_expr(c, e->v.Call.func) && fold_exprs(c, e->v.Call.args) &&
               fold_keywords(c, e->v.Call.keywords);
    case MP_EXPR_FormattedValue:
        return fold_expr(c, e->v.FormattedValue.value) &&
               fold_opt(c, e->v.FormattedValue.format_spec);
    case MP_EXPR_JoinedStr:
        return fold_exprs(c, e->v.JoinedStr.values);
    case MP_EXPR_Attribute:
        return fold_expr(c, e->v.Attribute.value);
    case MP_EXPR_Subscript:
        return fold_expr(c, e->v.Subscript.value) && fold_expr(c, e->v.Subscript.slice) &&
               fold_subscr(c, e);
    case MP_EXPR_Starred:
        return fold_expr(c, e->v.Starred.value);
    case MP_EXPR_Slice:
        return fold_opt(c, e->v.Slice.lower) && fold_opt(c, e->v.Slice.upper) &&
               fold_opt(c, e->v.Slice.step);
    case MP_EXPR_List:
        return fold_exprs(c, e->v.List.elts);
    case MP_EXPR_Tuple:
        return fold_exprs(c, e->v.Tuple.elts) && fold_tuple(c, e);
    case MP_EXPR_Name:
        if (e->v.Name.ctx == MP_Load && strcmp(e->v.Name.id, "__debug__") == 0)
            return make_const(c, e, mp_bool(!c->optimize));
        return 1;
    case MP_EXPR_NamedExpr:
        return fold_expr(c, e->v.NamedExpr.value);
    case MP_EXPR_Constant:
        return 1;
    }
    return 1;
}

static int fold_expr(mp_compiler *c, mp_expr *e)
{
    if (++c->recursion_depth > c->recursion_limit) {
        mp_err_set_str(&mp_type_RecursionError,
                       "maximum recursion depth exceeded during compilation");
        return 0;
    }
    int ok = fold_expr_kind(c, e);
    c->recursion_depth--;
    return ok;
}

static int is_docstring(mp_compiler *c, mp_seq *body)
{
    if (!MP_SEQ_LEN(body))
        return 0;
    mp_stmt *s = MP_SEQ_GET(body, 0);
    if (s->kind != MP_STMT_Expr || s->v.Expr.value->kind != MP_EXPR_Constant)
        return 0;
    mp_obj v = mp_const_value(c, s->v.Expr.value);
    return v && mp_str_check_exact(v);
}

/* A body whose first statement became a str constant by folding does not
 * get a docstring: the constant is wrapped in an f-string node. */
static int fold_body(mp_compiler *c, mp_seq *stmts)
{
    int had_doc = is_docstring(c, stmts);
    if (!fold_stmts(c, stmts))
        return 0;
    if (had_doc || !is_docstring(c, stmts))
        return 1;
    mp_stmt *s = MP_SEQ_GET(stmts, 0);
    mp_expr *j = mp_ast_expr_new(c->arena, MP_EXPR_JoinedStr, s->pos);
    mp_seq *values = j ? mp_seq_append(c->arena, NULL, s->v.Expr.value) : NULL;
    if (!values) {
        mp_err_no_memory();
        return 0;
    }
    j->v.JoinedStr.values = values;
    s->v.Expr.value = j;
    return 1;
}

static int fold_handlers(mp_compiler *c, mp_seq *handlers)
{
    for (int i = 0; i < MP_SEQ_LEN(handlers); i++) {
        mp_excepthandler *h = MP_SEQ_GET(handlers, i);
        if (!fold_opt(c, h->type) || !fold_stmts(c, h->body))
            return 0;
    }
    return 1;
}

/* Patterns: folding makes the constants of `-1`, `1+2j` in value patterns
 * and mapping keys (CPython's astfold_pattern). */
static int fold_pattern(mp_compiler *c, mp_pattern *p);

static int fold_patterns(mp_compiler *c, mp_seq *seq)
{
    for (int i = 0; i < MP_SEQ_LEN(seq); i++)
        if (!fold_pattern(c, MP_SEQ_GET(seq, i)))
            return 0;
    return 1;
}

static int fold_pattern_kind(mp_compiler *c, mp_pattern *p)
{
    switch (p->kind) {
    case MP_PAT_MatchValue:
        return fold_expr(c, p->v.MatchValue.value);
    case MP_PAT_MatchSequence:
        return fold_patterns(c, p->v.MatchSequence.patterns);
    case MP_PAT_MatchMapping:
        return fold_exprs(c, p->v.MatchMapping.keys) &&
               fold_patterns(c, p->v.MatchMapping.patterns);
    case MP_PAT_MatchClass:
        return fold_expr(c, p->v.MatchClass.cls) &&
               fold_patterns(c, p->v.MatchClass.patterns) &&
               fold_patterns(c, p->v.MatchClass.kwd_patterns);
    case MP_PAT_MatchAs:
        return !p->v.MatchAs.pattern || fold_pattern(c, p->v.MatchAs.pattern);
    case MP_PAT_MatchOr:
        return fold_patterns(c, p->v.MatchOr.patterns);
    case MP_PAT_MatchSingleton:
    case MP_PAT_MatchStar:
        return 1;
    }
    return 1;
}

static int fold_pattern(mp_compiler *c, mp_pattern *p)
{
    if (++c->recursion_depth > c->recursion_limit) {
        mp_err_set_str(&mp_type_RecursionError,
                       "maximum recursion depth exceeded during compilation");
        return 0;
    }
    int ok = fold_pattern_kind(c, p);
    c->recursion_depth--;
    return ok;
}

static int fold_match(mp_compiler *c, mp_stmt *s)
{
    if (!fold_expr(c, s->v.Match.subject))
        return 0;
    for (int i = 0; i < MP_SEQ_LEN(s->v.Match.cases); i++) {
        mp_match_case *m = MP_SEQ_GET(s->v.Match.cases, i);
        if (!fold_pattern(c, m->pattern) || !fold_opt(c, m->guard) ||
            !fold_stmts(c, m->body))
            return 0;
    }
    return 1;
}

static int fold_stmt_kind(mp_compiler *c, mp_stmt *s)
{
    switch (s->kind) {
    case MP_STMT_FunctionDef:
    case MP_STMT_AsyncFunctionDef:
        return fold_arguments(c, s->v.FunctionDef.args) &&
               fold_body(c, s->v.FunctionDef.body) &&
               fold_exprs(c, s->v.FunctionDef.decorator_list) &&
               (c->future_annotations || fold_opt(c, s->v.FunctionDef.returns));
    case MP_STMT_ClassDef:
        return fold_exprs(c, s->v.ClassDef.bases) && fold_keywords(c, s->v.ClassDef.keywords) &&
               fold_body(c, s->v.ClassDef.body) && fold_exprs(c, s->v.ClassDef.decorator_list);
    case MP_STMT_Return:
        return fold_opt(c, s->v.Return.value);
    case MP_STMT_Delete:
        return fold_exprs(c, s->v.Delete.targets);
    case MP_STMT_Assign:
        return fold_exprs(c, s->v.Assign.targets) && fold_expr(c, s->v.Assign.value);
    case MP_STMT_AugAssign:
        return fold_expr(c, s->v.AugAssign.target) && fold_expr(c, s->v.AugAssign.value);
    case MP_STMT_AnnAssign:
        return fold_expr(c, s->v.AnnAssign.target) &&
               (c->future_annotations || fold_expr(c, s->v.AnnAssign.annotation)) &&
               fold_opt(c, s->v.AnnAssign.value);
    case MP_STMT_For:
        return fold_expr(c, s->v.For.target) && fold_expr(c, s->v.For.iter) &&
               fold_stmts(c, s->v.For.body) && fold_stmts(c, s->v.For.orelse) &&
               fold_iter(c, s->v.For.iter);
    case MP_STMT_AsyncFor:
        return fold_expr(c, s->v.For.target) && fold_expr(c, s->v.For.iter) &&
               fold_stmts(c, s->v.For.body) && fold_stmts(c, s->v.For.orelse);
    case MP_STMT_While:
        return fold_expr(c, s->v.While.test) && fold_stmts(c, s->v.While.body) &&
               fold_stmts(c, s->v.While.orelse);
    case MP_STMT_If:
        return fold_expr(c, s->v.If.test) && fold_stmts(c, s->v.If.body) &&
               fold_stmts(c, s->v.If.orelse);
    case MP_STMT_With:
    case MP_STMT_AsyncWith:
        for (int i = 0; i < MP_SEQ_LEN(s->v.With.items); i++) {
            mp_withitem *w = MP_SEQ_GET(s->v.With.items, i);
            if (!fold_expr(c, w->context_expr) || !fold_opt(c, w->optional_vars))
                return 0;
        }
        return fold_stmts(c, s->v.With.body);
    case MP_STMT_Raise:
        return fold_opt(c, s->v.Raise.exc) && fold_opt(c, s->v.Raise.cause);
    case MP_STMT_Try:
    case MP_STMT_TryStar:
        return fold_stmts(c, s->v.Try.body) && fold_handlers(c, s->v.Try.handlers) &&
               fold_stmts(c, s->v.Try.orelse) && fold_stmts(c, s->v.Try.finalbody);
    case MP_STMT_Assert:
        return fold_expr(c, s->v.Assert.test) && fold_opt(c, s->v.Assert.msg);
    case MP_STMT_Expr:
        return fold_expr(c, s->v.Expr.value);
    case MP_STMT_Match:
        return fold_match(c, s);
    default:
        return 1;
    }
}

static int fold_stmt(mp_compiler *c, mp_stmt *s)
{
    if (++c->recursion_depth > c->recursion_limit) {
        mp_err_set_str(&mp_type_RecursionError,
                       "maximum recursion depth exceeded during compilation");
        return 0;
    }
    int ok = fold_stmt_kind(c, s);
    c->recursion_depth--;
    return ok;
}

static int fold_stmts(mp_compiler *c, mp_seq *stmts)
{
    for (int i = 0; i < MP_SEQ_LEN(stmts); i++)
        if (!fold_stmt(c, MP_SEQ_GET(stmts, i)))
            return 0;
    return 1;
}

int mp_ast_optimize(mp_compiler *c, mp_mod *mod)
{
    switch (mod->kind) {
    case MP_MOD_Module:
        return fold_body(c, mod->body);
    case MP_MOD_Interactive:
        return fold_stmts(c, mod->body);
    case MP_MOD_Expression:
        return fold_expr(c, mod->expr_body);
    }
    return 1;
}
