/* Expressions back to source text, for annotations under `from __future__
 * import annotations` (they are kept as strings): CPython 3.11's
 * Python/ast_unparse.c, whose output (spacing, parentheses by precedence,
 * quotes by repr, 1e309 for infinity) the strings must match. */
#include <string.h>

#include "compile_internal.h"
#include "minipy/abstract.h"
#include "minipy/buf.h"
#include "minipy/float.h"
#include "minipy/int.h"
#include "minipy/state.h"
#include "minipy/str.h"

/* Precedence levels: an operand below its context's level is
 * parenthesised. */
enum {
    PR_TUPLE, PR_TEST, PR_OR, PR_AND, PR_NOT, PR_CMP, PR_EXPR, PR_BOR = PR_EXPR,
    PR_BXOR, PR_BAND, PR_SHIFT, PR_ARITH, PR_TERM, PR_FACTOR, PR_POWER, PR_AWAIT, PR_ATOM
};

#define PUT(s) mp_buf_puts(b, (s))
#define PUT_IF(cond, s) \
    do {                \
        if (cond)       \
            PUT(s);     \
    } while (0)
#define EXPR(e, level) RETURN_IF_FALSE(unparse(c, b, (e), (level)))
#define RETURN_IF_FALSE(x) \
    do {                   \
        if (!(x))          \
            return 0;      \
    } while (0)

static int unparse(mp_compiler *c, mp_buf *b, const mp_expr *e, int level);

/* repr(o), with inf written as 1e309 in floats and complexes. */
static int put_repr(mp_buf *b, mp_obj o)
{
    mp_obj r = mp_obj_repr(o);
    if (!r)
        return 0;
    const char *s = mp_str_utf8(r);
    int fix = mp_complex_check(o) || (mp_float_check(o) && (((mp_float *)o)->value == 1.0 / 0.0 ||
                                                          ((mp_float *)o)->value == -1.0 / 0.0));
    while (*s) {
        if (fix && strncmp(s, "inf", 3) == 0) {
            PUT("1e309");
            s += 3;
        } else {
            mp_buf_putc(b, *s++);
        }
    }
    mp_decref(r);
    return 1;
}

static int put_seq(mp_compiler *c, mp_buf *b, const mp_seq *seq, int level)
{
    for (int i = 0; i < MP_SEQ_LEN(seq); i++) {
        PUT_IF(i > 0, ", ");
        EXPR(MP_SEQ_GET(seq, i), level);
    }
    return 1;
}

static int put_arg(mp_compiler *c, mp_buf *b, const mp_arg *a)
{
    PUT(a->arg);
    if (a->annotation) {
        PUT(": ");
        EXPR(a->annotation, PR_TEST);
    }
    return 1;
}

static int put_args(mp_compiler *c, mp_buf *b, const mp_arguments *args)
{
    int first = 1;
    int nposonly = MP_SEQ_LEN(args->posonlyargs), nargs = MP_SEQ_LEN(args->args);
    int ndefaults = MP_SEQ_LEN(args->defaults);
    for (int i = 0; i < nposonly + nargs; i++) {
        if (!first)
            PUT(", ");
        first = 0;
        RETURN_IF_FALSE(put_arg(c, b, i < nposonly ? MP_SEQ_GET(args->posonlyargs, i)
                                                   : MP_SEQ_GET(args->args, i - nposonly)));
        int di = i - nposonly - nargs + ndefaults;
        if (di >= 0) {
            PUT("=");
            EXPR(MP_SEQ_GET(args->defaults, di), PR_TEST);
        }
        if (nposonly && i + 1 == nposonly)
            PUT(", /");
    }
    if (args->vararg || MP_SEQ_LEN(args->kwonlyargs)) {
        if (!first)
            PUT(", ");
        first = 0;
        PUT("*");
        if (args->vararg)
            RETURN_IF_FALSE(put_arg(c, b, args->vararg));
    }
    int nkw = MP_SEQ_LEN(args->kwonlyargs), nkwdefaults = MP_SEQ_LEN(args->kw_defaults);
    for (int i = 0; i < nkw; i++) {
        if (!first)
            PUT(", ");
        first = 0;
        RETURN_IF_FALSE(put_arg(c, b, MP_SEQ_GET(args->kwonlyargs, i)));
        int di = i - nkw + nkwdefaults;
        const mp_expr *dflt = di >= 0 ? MP_SEQ_GET(args->kw_defaults, di) : NULL;
        if (dflt) {
            PUT("=");
            EXPR(dflt, PR_TEST);
        }
    }
    if (args->kwarg) {
        if (!first)
            PUT(", ");
        PUT("**");
        RETURN_IF_FALSE(put_arg(c, b, args->kwarg));
    }
    return 1;
}

static int put_comprehensions(mp_compiler *c, mp_buf *b, const mp_seq *gens)
{
    for (int i = 0; i < MP_SEQ_LEN(gens); i++) {
        const mp_comprehension *g = MP_SEQ_GET(gens, i);
        PUT(g->is_async ? " async for " : " for ");
        EXPR(g->target, PR_TUPLE);
        PUT(" in ");
        EXPR(g->iter, PR_TEST + 1);
        for (int j = 0; j < MP_SEQ_LEN(g->ifs); j++) {
            PUT(" if ");
            EXPR(MP_SEQ_GET(g->ifs, j), PR_TEST + 1);
        }
    }
    return 1;
}

/* ---- f-strings ------------------------------------------------------------------ */

static int put_fstring_element(mp_compiler *c, mp_buf *b, const mp_expr *e, int is_spec);

static int put_formatted_value(mp_compiler *c, mp_buf *b, const mp_expr *e)
{
    mp_buf value = MP_BUF_INIT;
    if (!unparse(c, &value, e->v.FormattedValue.value, PR_TEST + 1)) {
        mp_buf_free(&value);
        return 0;
    }
    /* An expression starting with a brace gets a space after the outer one. */
    PUT(value.data && value.data[0] == '{' ? "{ " : "{");
    mp_buf_append(b, value.data ? value.data : "", value.len);
    mp_buf_free(&value);
    switch (e->v.FormattedValue.conversion) {
    case 'a': PUT("!a"); break;
    case 'r': PUT("!r"); break;
    case 's': PUT("!s"); break;
    default: break;
    }
    if (e->v.FormattedValue.format_spec) {
        PUT(":");
        RETURN_IF_FALSE(put_fstring_element(c, b, e->v.FormattedValue.format_spec, 1));
    }
    PUT("}");
    return 1;
}

static int put_joined_str(mp_compiler *c, mp_buf *b, const mp_expr *e, int is_spec)
{
    mp_buf body = MP_BUF_INIT;
    for (int i = 0; i < MP_SEQ_LEN(e->v.JoinedStr.values); i++) {
        if (!put_fstring_element(c, &body, MP_SEQ_GET(e->v.JoinedStr.values, i), is_spec)) {
            mp_buf_free(&body);
            return 0;
        }
    }
    int ok = 1;
    if (!is_spec) {
        /* f + repr(body) */
        mp_obj s = mp_str_new(body.data ? body.data : "", body.len);
        mp_obj r = s ? mp_str_repr(s) : NULL;
        if (r) {
            PUT("f");
            mp_buf_append(b, mp_str_utf8(r), mp_str_nbytes(r));
        } else {
            ok = 0;
        }
        mp_xdecref(s);
        mp_xdecref(r);
    } else {
        mp_buf_append(b, body.data ? body.data : "", body.len);
    }
    mp_buf_free(&body);
    return ok;
}

static int put_fstring_element(mp_compiler *c, mp_buf *b, const mp_expr *e, int is_spec)
{
    switch (e->kind) {
    case MP_EXPR_Constant: {
        /* The text, with braces doubled. */
        mp_obj v = mp_const_value(c, e);
        RETURN_IF_FALSE(v);
        const char *s = mp_str_utf8(v);
        for (size_t i = 0; i < mp_str_nbytes(v); i++) {
            if (s[i] == '{' || s[i] == '}')
                mp_buf_putc(b, s[i]);
            mp_buf_putc(b, s[i]);
        }
        return 1;
    }
    case MP_EXPR_JoinedStr:
        return put_joined_str(c, b, e, is_spec);
    case MP_EXPR_FormattedValue:
        return put_formatted_value(c, b, e);
    default:
        mp_err_set_str(&mp_type_SystemError, "unknown expression kind inside f-string");
        return 0;
    }
}

/* ---- expressions ------------------------------------------------------------------ */

static int put_binop(mp_compiler *c, mp_buf *b, const mp_expr *e, int level)
{
    static const struct { const char *op; int pr; } ops[] = {
        [MP_Add] = {" + ", PR_ARITH}, [MP_Sub] = {" - ", PR_ARITH},
        [MP_Mult] = {" * ", PR_TERM}, [MP_MatMult] = {" @ ", PR_TERM},
        [MP_Div] = {" / ", PR_TERM}, [MP_Mod] = {" % ", PR_TERM},
        [MP_LShift] = {" << ", PR_SHIFT}, [MP_RShift] = {" >> ", PR_SHIFT},
        [MP_BitOr] = {" | ", PR_BOR}, [MP_BitXor] = {" ^ ", PR_BXOR},
        [MP_BitAnd] = {" & ", PR_BAND}, [MP_FloorDiv] = {" // ", PR_TERM},
        [MP_Pow] = {" ** ", PR_POWER},
    };
    int pr = ops[e->v.BinOp.op].pr, rassoc = e->v.BinOp.op == MP_Pow;
    PUT_IF(level > pr, "(");
    EXPR(e->v.BinOp.left, pr + rassoc);
    PUT(ops[e->v.BinOp.op].op);
    EXPR(e->v.BinOp.right, pr + !rassoc);
    PUT_IF(level > pr, ")");
    return 1;
}

static int put_compare(mp_compiler *c, mp_buf *b, const mp_expr *e, int level)
{
    static const char *const ops[] = {
        [MP_Eq] = " == ", [MP_NotEq] = " != ", [MP_Lt] = " < ", [MP_LtE] = " <= ",
        [MP_Gt] = " > ", [MP_GtE] = " >= ", [MP_Is] = " is ", [MP_IsNot] = " is not ",
        [MP_In] = " in ", [MP_NotIn] = " not in ",
    };
    PUT_IF(level > PR_CMP, "(");
    EXPR(e->v.Compare.left, PR_CMP + 1);
    for (int i = 0; i < e->v.Compare.nops; i++) {
        PUT(ops[e->v.Compare.ops[i]]);
        EXPR(MP_SEQ_GET(e->v.Compare.comparators, i), PR_CMP + 1);
    }
    PUT_IF(level > PR_CMP, ")");
    return 1;
}

static int put_call(mp_compiler *c, mp_buf *b, const mp_expr *e)
{
    EXPR(e->v.Call.func, PR_ATOM);
    int nargs = MP_SEQ_LEN(e->v.Call.args), nkw = MP_SEQ_LEN(e->v.Call.keywords);
    if (nargs == 1 && nkw == 0) {
        const mp_expr *only = MP_SEQ_GET(e->v.Call.args, 0);
        if (only->kind == MP_EXPR_GeneratorExp)
            return unparse(c, b, only, PR_TEST); /* f(x for x in y) */
    }
    PUT("(");
    RETURN_IF_FALSE(put_seq(c, b, e->v.Call.args, PR_TEST));
    for (int i = 0; i < nkw; i++) {
        const mp_keyword *k = MP_SEQ_GET(e->v.Call.keywords, i);
        PUT_IF(i > 0 || nargs > 0, ", ");
        if (k->arg) {
            PUT(k->arg);
            PUT("=");
        } else {
            PUT("**");
        }
        EXPR(k->value, PR_TEST);
    }
    PUT(")");
    return 1;
}

static int put_constant(mp_compiler *c, mp_buf *b, const mp_expr *e)
{
    mp_obj v = mp_const_value(c, e);
    RETURN_IF_FALSE(v);
    if (v == mp_ellipsis) {
        PUT("...");
        return 1;
    }
    if (e->v.Constant.kind)
        PUT(e->v.Constant.kind);
    return put_repr(b, v);
}

static int put_subscript(mp_compiler *c, mp_buf *b, const mp_expr *e)
{
    EXPR(e->v.Subscript.value, PR_ATOM);
    PUT("[");
    EXPR(e->v.Subscript.slice, PR_TUPLE);
    PUT("]");
    return 1;
}

static int unparse_kind(mp_compiler *c, mp_buf *b, const mp_expr *e, int level)
{
    switch (e->kind) {
    case MP_EXPR_BoolOp: {
        int pr = e->v.BoolOp.op == MP_And ? PR_AND : PR_OR;
        PUT_IF(level > pr, "(");
        for (int i = 0; i < MP_SEQ_LEN(e->v.BoolOp.values); i++) {
            PUT_IF(i > 0, e->v.BoolOp.op == MP_And ? " and " : " or ");
            EXPR(MP_SEQ_GET(e->v.BoolOp.values, i), pr + 1);
        }
        PUT_IF(level > pr, ")");
        return 1;
    }
    case MP_EXPR_BinOp:
        return put_binop(c, b, e, level);
    case MP_EXPR_UnaryOp: {
        static const char *const ops[] = {[MP_Invert] = "~", [MP_Not] = "not ",
                                          [MP_UAdd] = "+", [MP_USub] = "-"};
        int pr = e->v.UnaryOp.op == MP_Not ? PR_NOT : PR_FACTOR;
        PUT_IF(level > pr, "(");
        PUT(ops[e->v.UnaryOp.op]);
        EXPR(e->v.UnaryOp.operand, pr);
        PUT_IF(level > pr, ")");
        return 1;
    }
    case MP_EXPR_Lambda: {
        const mp_arguments *a = e->v.Lambda.args;
        PUT_IF(level > PR_TEST, "(");
        PUT(MP_SEQ_LEN(a->args) + MP_SEQ_LEN(a->posonlyargs) ? "lambda " : "lambda");
        RETURN_IF_FALSE(put_args(c, b, a));
        PUT(": ");
        EXPR(e->v.Lambda.body, PR_TEST);
        PUT_IF(level > PR_TEST, ")");
        return 1;
    }
    case MP_EXPR_IfExp:
        PUT_IF(level > PR_TEST, "(");
        EXPR(e->v.IfExp.body, PR_TEST + 1);
        PUT(" if ");
        EXPR(e->v.IfExp.test, PR_TEST + 1);
        PUT(" else ");
        EXPR(e->v.IfExp.orelse, PR_TEST);
        PUT_IF(level > PR_TEST, ")");
        return 1;
    case MP_EXPR_Dict:
        PUT("{");
        for (int i = 0; i < MP_SEQ_LEN(e->v.Dict.values); i++) {
            const mp_expr *k = MP_SEQ_GET(e->v.Dict.keys, i);
            PUT_IF(i > 0, ", ");
            if (k) {
                EXPR(k, PR_TEST);
                PUT(": ");
                EXPR(MP_SEQ_GET(e->v.Dict.values, i), PR_TEST);
            } else {
                PUT("**");
                EXPR(MP_SEQ_GET(e->v.Dict.values, i), PR_EXPR);
            }
        }
        PUT("}");
        return 1;
    case MP_EXPR_Set:
        PUT("{");
        RETURN_IF_FALSE(put_seq(c, b, e->v.Set.elts, PR_TEST));
        PUT("}");
        return 1;
    case MP_EXPR_GeneratorExp:
        PUT("(");
        EXPR(e->v.GeneratorExp.elt, PR_TEST);
        RETURN_IF_FALSE(put_comprehensions(c, b, e->v.GeneratorExp.generators));
        PUT(")");
        return 1;
    case MP_EXPR_ListComp:
        PUT("[");
        EXPR(e->v.ListComp.elt, PR_TEST);
        RETURN_IF_FALSE(put_comprehensions(c, b, e->v.ListComp.generators));
        PUT("]");
        return 1;
    case MP_EXPR_SetComp:
        PUT("{");
        EXPR(e->v.SetComp.elt, PR_TEST);
        RETURN_IF_FALSE(put_comprehensions(c, b, e->v.SetComp.generators));
        PUT("}");
        return 1;
    case MP_EXPR_DictComp:
        PUT("{");
        EXPR(e->v.DictComp.key, PR_TEST);
        PUT(": ");
        EXPR(e->v.DictComp.value, PR_TEST);
        RETURN_IF_FALSE(put_comprehensions(c, b, e->v.DictComp.generators));
        PUT("}");
        return 1;
    case MP_EXPR_Yield:
        if (!e->v.Yield.value) {
            PUT("(yield)");
            return 1;
        }
        PUT("(yield ");
        EXPR(e->v.Yield.value, PR_TEST);
        PUT(")");
        return 1;
    case MP_EXPR_YieldFrom:
        PUT("(yield from ");
        EXPR(e->v.YieldFrom.value, PR_TEST);
        PUT(")");
        return 1;
    case MP_EXPR_Await:
        PUT_IF(level > PR_AWAIT, "(");
        PUT("await ");
        EXPR(e->v.Await.value, PR_ATOM);
        PUT_IF(level > PR_AWAIT, ")");
        return 1;
    case MP_EXPR_Compare:
        return put_compare(c, b, e, level);
    case MP_EXPR_Call:
        return put_call(c, b, e);
    case MP_EXPR_Constant:
        return put_constant(c, b, e);
    case MP_EXPR_JoinedStr:
        return put_joined_str(c, b, e, 0);
    case MP_EXPR_FormattedValue:
        return put_formatted_value(c, b, e);
    case MP_EXPR_Attribute: {
        const mp_expr *v = e->v.Attribute.value;
        EXPR(v, PR_ATOM);
        /* 1 .real: an int needs the space. */
        int is_int = 0;
        if (v->kind == MP_EXPR_Constant) {
            mp_obj k = mp_const_value(c, v);
            RETURN_IF_FALSE(k);
            is_int = mp_int_check_exact(k);
        }
        PUT(is_int ? " ." : ".");
        PUT(e->v.Attribute.attr);
        return 1;
    }
    case MP_EXPR_Subscript:
        return put_subscript(c, b, e);
    case MP_EXPR_Starred:
        PUT("*");
        EXPR(e->v.Starred.value, PR_EXPR);
        return 1;
    case MP_EXPR_Slice:
        if (e->v.Slice.lower)
            EXPR(e->v.Slice.lower, PR_TEST);
        PUT(":");
        if (e->v.Slice.upper)
            EXPR(e->v.Slice.upper, PR_TEST);
        if (e->v.Slice.step) {
            PUT(":");
            EXPR(e->v.Slice.step, PR_TEST);
        }
        return 1;
    case MP_EXPR_Name:
        PUT(e->v.Name.id);
        return 1;
    case MP_EXPR_List:
        PUT("[");
        RETURN_IF_FALSE(put_seq(c, b, e->v.List.elts, PR_TEST));
        PUT("]");
        return 1;
    case MP_EXPR_Tuple: {
        int n = MP_SEQ_LEN(e->v.Tuple.elts);
        if (n == 0) {
            PUT("()");
            return 1;
        }
        PUT_IF(level > PR_TUPLE, "(");
        RETURN_IF_FALSE(put_seq(c, b, e->v.Tuple.elts, PR_TEST));
        PUT_IF(n == 1, ",");
        PUT_IF(level > PR_TUPLE, ")");
        return 1;
    }
    case MP_EXPR_NamedExpr:
        PUT_IF(level > PR_TUPLE, "(");
        EXPR(e->v.NamedExpr.target, PR_ATOM);
        PUT(" := ");
        EXPR(e->v.NamedExpr.value, PR_ATOM);
        PUT_IF(level > PR_TUPLE, ")");
        return 1;
    }
    mp_err_set_str(&mp_type_SystemError, "unknown expression kind");
    return 0;
}

static int unparse(mp_compiler *c, mp_buf *b, const mp_expr *e, int level)
{
    if (++c->recursion_depth > c->recursion_limit) {
        mp_err_set_str(&mp_type_RecursionError,
                       "maximum recursion depth exceeded during compilation");
        return 0;
    }
    int ok = unparse_kind(c, b, e, level);
    c->recursion_depth--;
    return ok;
}

int mp_compile_annexpr(mp_compiler *c, const mp_expr *annotation)
{
    mp_buf b = MP_BUF_INIT;
    int ok = unparse(c, &b, annotation, PR_TEST);
    if (ok && b.failed) {
        mp_err_no_memory();
        ok = 0;
    }
    mp_obj s = ok ? mp_str_new(b.data ? b.data : "", b.len) : NULL;
    mp_buf_free(&b);
    return s && mp_addop_load_const_new(c, s);
}
