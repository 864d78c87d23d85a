/* Syntax tree nodes: the constructors and enumeration names of ast.h, and
 * the builders the grammar actions call (parse_internal.h).  Every builder
 * tolerates NULL children (an allocation that failed): the driver sees the
 * arena's failed flag after the token and reports a MemoryError. */
#include <stdlib.h>
#include <string.h>

#include "minipy/ast.h"
#include "minipy/buf.h"
#include "minipy/unicode.h"
#include "parse_internal.h"

#define NAME_ITEM(name) #name,
const char *const mp_expr_context_names[] = {MP_EXPR_CONTEXTS(NAME_ITEM)};
const char *const mp_boolop_names[] = {MP_BOOLOPS(NAME_ITEM)};
const char *const mp_operator_names[] = {MP_OPERATORS(NAME_ITEM)};
const char *const mp_unaryop_names[] = {MP_UNARYOPS(NAME_ITEM)};
const char *const mp_cmpop_names[] = {MP_CMPOPS(NAME_ITEM)};
const char *const mp_expr_kind_names[] = {MP_EXPR_KINDS(NAME_ITEM)};
const char *const mp_stmt_kind_names[] = {MP_STMT_KINDS(NAME_ITEM)};
const char *const mp_pattern_kind_names[] = {MP_PATTERN_KINDS(NAME_ITEM)};
#undef NAME_ITEM

mp_expr *mp_ast_expr_new(mp_arena *a, mp_expr_kind kind, mp_pos pos)
{
    mp_expr *e = mp_arena_alloc(a, sizeof *e);
    if (e) {
        e->kind = kind;
        e->pos = pos;
    }
    return e;
}

mp_stmt *mp_ast_stmt_new(mp_arena *a, mp_stmt_kind kind, mp_pos pos)
{
    mp_stmt *s = mp_arena_alloc(a, sizeof *s);
    if (s) {
        s->kind = kind;
        s->pos = pos;
    }
    return s;
}

mp_pattern *mp_ast_pattern_new(mp_arena *a, mp_pattern_kind kind, mp_pos pos)
{
    mp_pattern *s = mp_arena_alloc(a, sizeof *s);
    if (s) {
        s->kind = kind;
        s->pos = pos;
    }
    return s;
}

mp_seq *mp_seq_append(mp_arena *a, mp_seq *seq, void *item)
{
    if (!seq) {
        seq = mp_arena_alloc(a, sizeof *seq);
        if (!seq)
            return NULL;
    }
    if (seq->len == seq->cap) {
        /* The old array stays in the arena: sequences are short, and the
         * doubling keeps the waste under half. */
        int cap = seq->cap ? seq->cap * 2 : 4;
        void **items = mp_arena_alloc(a, (size_t)cap * sizeof *items);
        if (!items)
            return seq;
        if (seq->len)
            memcpy(items, seq->items, (size_t)seq->len * sizeof *items);
        seq->items = items;
        seq->cap = cap;
    }
    seq->items[seq->len++] = item;
    return seq;
}

mp_seq *mp_seq_concat(mp_arena *a, mp_seq *s, const mp_seq *more)
{
    for (int i = 0; i < MP_SEQ_LEN(more); i++)
        s = mp_seq_append(a, s, MP_SEQ_GET(more, i));
    return s;
}

mp_body mp_body_add(mp_parser *p, mp_body b, mp_body more)
{
    b.stmts = mp_seq_concat(p->arena, b.stmts, more.stmts);
    b.end = more.end;
    return b;
}

mp_pos mp_seq_last_pos(const mp_seq *stmts)
{
    mp_pos zero = {0, 0, 0, 0};
    int n = MP_SEQ_LEN(stmts);
    const mp_stmt *last = n ? MP_SEQ_GET(stmts, n - 1) : NULL;
    return last ? last->pos : zero;
}

/* ---- names and constants ---------------------------------------------- */

/* A name as the AST holds it: non-ASCII names in NFKC form, as PEP 3131
 * and CPython have it (`µ` is `μ`). */
const char *mp_ast_identifier(mp_parser *p, mp_token t)
{
    for (uint32_t i = 0; i < t.len; i++) {
        if ((unsigned char)t.start[i] < 0x80)
            continue;
        mp_buf b = MP_BUF_INIT;
        const char *r = NULL;
        if (mp_unicode_normalize(MP_NFKC, t.start, t.len, &b) == 0)
            r = mp_arena_strndup(p->arena, b.data, b.len);
        else
            p->arena->failed = 1;
        mp_buf_free(&b);
        return r;
    }
    return mp_arena_strndup(p->arena, t.start, t.len);
}

mp_expr *mp_ast_name(mp_parser *p, mp_token t)
{
    mp_expr *e = mp_ast_expr_new(p->arena, MP_EXPR_Name, mp_pos_tok(t));
    if (e) {
        e->v.Name.id = mp_ast_identifier(p, t);
        e->v.Name.ctx = MP_Load;
    }
    return e;
}

mp_expr *mp_ast_const(mp_parser *p, mp_const_kind kind, mp_token t)
{
    mp_expr *e = mp_ast_expr_new(p->arena, MP_EXPR_Constant, mp_pos_tok(t));
    if (e)
        e->v.Constant.value.kind = kind;
    return e;
}

/* Copies the digits of s[0..n) without underscores. */
static char *digits(mp_parser *p, const char *s, size_t n, size_t *len)
{
    char *d = mp_arena_alloc(p->arena, n + 1);
    size_t k = 0;
    if (!d)
        return NULL;
    for (size_t i = 0; i < n; i++)
        if (s[i] != '_')
            d[k++] = s[i];
    d[k] = '\0';
    *len = k;
    return d;
}

/* NUMBER tokens: ints keep their digits (any size) and base; floats and
 * imaginary parts are converted with strtod, which rounds correctly, as
 * CPython's float parsing does ("1e400" is inf). */
mp_expr *mp_ast_number(mp_parser *p, mp_token t)
{
    mp_expr *e = mp_ast_expr_new(p->arena, MP_EXPR_Constant, mp_pos_tok(t));
    if (!e)
        return NULL;
    mp_const *c = &e->v.Constant.value;
    const char *s = t.start;
    size_t n = t.len, len = 0;
    int base = 10;
    if (n > 1 && s[0] == '0' && strchr("xXoObB", s[1])) {
        base = (s[1] == 'x' || s[1] == 'X') ? 16 : (s[1] == 'o' || s[1] == 'O') ? 8 : 2;
        s += 2;
        n -= 2;
    }
    char *d = digits(p, s, n, &len);
    if (!d)
        return e;
    if (base != 10 || !strpbrk(d, ".eEjJ")) {
        /* leading zeros go: "00" is 0, "0x0f" is f */
        size_t z = 0;
        while (z + 1 < len && d[z] == '0')
            z++;
        c->kind = MP_CONST_INT;
        c->base = base;
        c->text = d + z;
        c->len = len - z;
        return e;
    }
    c->text = d;
    c->len = len;
    if (len && (d[len - 1] == 'j' || d[len - 1] == 'J')) {
        d[len - 1] = '\0';
        c->kind = MP_CONST_COMPLEX;
    } else {
        c->kind = MP_CONST_FLOAT;
    }
    c->f = strtod(d, NULL);
    return e;
}

mp_strings *mp_strings_add(mp_parser *p, mp_strings *s, mp_token t)
{
    if (!s) {
        s = mp_arena_alloc(p->arena, sizeof *s);
        if (!s)
            return NULL;
    }
    if (s->n == s->cap) {
        int cap = s->cap ? s->cap * 2 : 4;
        mp_token *toks = mp_arena_alloc(p->arena, (size_t)cap * sizeof *toks);
        if (!toks)
            return s;
        if (s->n)
            memcpy(toks, s->toks, (size_t)s->n * sizeof *toks);
        s->toks = toks;
        s->cap = cap;
    }
    s->toks[s->n++] = t;
    return s;
}

mp_expr *mp_ast_strings(mp_parser *p, mp_strings *s)
{
    if (!s || s->n == 0 || p->error)
        return NULL;
    return mp_parse_strings(p, s->toks, s->n);
}

/* ---- operators ---------------------------------------------------------- */

mp_expr *mp_ast_starred(mp_parser *p, mp_token star, mp_pexpr value)
{
    mp_expr *e = mp_ast_expr_new(p->arena, MP_EXPR_Starred,
                                 mp_pos_span(mp_pos_tok(star), value.pos));
    if (e) {
        e->v.Starred.value = value.e;
        e->v.Starred.ctx = MP_Load;
    }
    return e;
}

mp_expr *mp_ast_binop(mp_parser *p, mp_pexpr l, mp_operator op, mp_pexpr r)
{
    mp_expr *e = mp_ast_expr_new(p->arena, MP_EXPR_BinOp, mp_pos_span(l.pos, r.pos));
    if (e) {
        e->v.BinOp.left = l.e;
        e->v.BinOp.op = op;
        e->v.BinOp.right = r.e;
    }
    return e;
}

mp_expr *mp_ast_unary(mp_parser *p, mp_token optok, mp_unaryop op, mp_pexpr x)
{
    mp_expr *e = mp_ast_expr_new(p->arena, MP_EXPR_UnaryOp,
                                 mp_pos_span(mp_pos_tok(optok), x.pos));
    if (e) {
        e->v.UnaryOp.op = op;
        e->v.UnaryOp.operand = x.e;
    }
    return e;
}

mp_expr *mp_ast_boolop(mp_parser *p, mp_boolop op, mp_elist l)
{
    mp_expr *e = mp_ast_expr_new(p->arena, MP_EXPR_BoolOp, l.pos);
    if (e) {
        e->v.BoolOp.op = op;
        e->v.BoolOp.values = l.items;
    }
    return e;
}

mp_expr *mp_ast_compare(mp_parser *p, mp_pexpr left, mp_cmpop op, mp_pexpr right)
{
    mp_expr *e = mp_ast_expr_new(p->arena, MP_EXPR_Compare, left.pos);
    if (!e)
        return NULL;
    e->v.Compare.left = left.e;
    return mp_ast_compare_add(p, e, op, right);
}

mp_expr *mp_ast_compare_add(mp_parser *p, mp_expr *chain, mp_cmpop op, mp_pexpr right)
{
    if (!chain)
        return NULL;
    int n = chain->v.Compare.nops;
    mp_cmpop *ops = mp_arena_alloc(p->arena, (size_t)(n + 1) * sizeof *ops);
    if (!ops)
        return chain;
    if (n)
        memcpy(ops, chain->v.Compare.ops, (size_t)n * sizeof *ops);
    ops[n] = op;
    chain->v.Compare.ops = ops;
    chain->v.Compare.nops = n + 1;
    chain->v.Compare.comparators = mp_seq_append(p->arena, chain->v.Compare.comparators, right.e);
    chain->pos = mp_pos_span(chain->pos, right.pos);
    return chain;
}

/* ---- lists, tuples and displays --------------------------------------- */

mp_elist mp_elist_new(mp_parser *p, mp_pexpr e)
{
    mp_elist l;
    l.items = mp_seq_append(p->arena, NULL, e.e);
    l.pos = e.pos;
    l.paren = e.paren;
    return l;
}

mp_elist mp_elist_add(mp_parser *p, mp_elist l, mp_pexpr e)
{
    l.items = mp_seq_append(p->arena, l.items, e.e);
    l.pos = mp_pos_span(l.pos, e.pos);
    l.paren = 0;
    return l;
}

mp_expr *mp_ast_tuple(mp_parser *p, mp_seq *elts, mp_pos pos)
{
    mp_expr *e = mp_ast_expr_new(p->arena, MP_EXPR_Tuple, pos);
    if (e) {
        e->v.Tuple.elts = elts;
        e->v.Tuple.ctx = MP_Load;
    }
    return e;
}

mp_expr *mp_ast_list(mp_parser *p, mp_seq *elts, mp_pos pos)
{
    mp_expr *e = mp_ast_expr_new(p->arena, MP_EXPR_List, pos);
    if (e) {
        e->v.List.elts = elts;
        e->v.List.ctx = MP_Load;
    }
    return e;
}

mp_expr *mp_ast_dict(mp_parser *p, mp_seq *keys, mp_seq *values, mp_pos pos)
{
    mp_expr *e = mp_ast_expr_new(p->arena, MP_EXPR_Dict, pos);
    if (e) {
        e->v.Dict.keys = keys;
        e->v.Dict.values = values;
    }
    return e;
}

mp_pexpr mp_ast_tuple_or_item(mp_parser *p, mp_elist l, int trailing_comma)
{
    mp_pexpr r;
    if (MP_SEQ_LEN(l.items) == 1 && !trailing_comma) {
        r.e = MP_SEQ_GET(l.items, 0);
        r.pos = l.pos;
        r.paren = l.paren;
        return r;
    }
    return mp_pexpr_of(mp_ast_tuple(p, l.items, l.pos));
}

mp_pexpr mp_ast_group(mp_parser *p, mp_elist l, int trailing_comma, mp_pos pos)
{
    if (MP_SEQ_LEN(l.items) == 1 && !trailing_comma) {
        mp_pexpr r = {MP_SEQ_GET(l.items, 0), pos, 1};
        if (r.e && r.e->kind == MP_EXPR_Starred) {
            mp_pos s = r.e->pos;
            mp_parser_error(p, MP_ERR_SYNTAX, s.lineno, s.col_offset, s.end_lineno,
                            s.end_col_offset, "cannot use starred expression here");
        }
        return r;
    }
    mp_pexpr t = mp_pexpr_of(mp_ast_tuple(p, l.items, pos));
    t.paren = 1;
    return t;
}

/* ---- trailers ------------------------------------------------------------ */

mp_expr *mp_ast_attribute(mp_parser *p, mp_pexpr value, mp_token name)
{
    mp_expr *e = mp_ast_expr_new(p->arena, MP_EXPR_Attribute,
                                 mp_pos_span(value.pos, mp_pos_tok(name)));
    if (e) {
        e->v.Attribute.value = value.e;
        e->v.Attribute.attr = mp_ast_identifier(p, name);
        e->v.Attribute.ctx = MP_Load;
    }
    return e;
}

mp_expr *mp_ast_slice(mp_parser *p, mp_expr *lower, mp_expr *upper, mp_expr *step,
                      mp_pos pos)
{
    mp_expr *e = mp_ast_expr_new(p->arena, MP_EXPR_Slice, pos);
    if (e) {
        e->v.Slice.lower = lower;
        e->v.Slice.upper = upper;
        e->v.Slice.step = step;
    }
    return e;
}

/* a[x] has the item itself as its slice; a[x, y], a[x,] and a[*x] a
 * Tuple spanning the items (CPython 3.11's slices rule). */
mp_expr *mp_ast_subscript(mp_parser *p, mp_pexpr value, mp_elist slices,
                          int trailing_comma, mp_pos end)
{
    mp_expr *e = mp_ast_expr_new(p->arena, MP_EXPR_Subscript, mp_pos_span(value.pos, end));
    if (!e)
        return NULL;
    mp_expr *only = MP_SEQ_LEN(slices.items) == 1 ? MP_SEQ_GET(slices.items, 0) : NULL;
    if (only && !trailing_comma && only->kind != MP_EXPR_Starred)
        e->v.Subscript.slice = only;
    else
        e->v.Subscript.slice = mp_ast_tuple(p, slices.items, slices.pos);
    e->v.Subscript.value = value.e;
    e->v.Subscript.ctx = MP_Load;
    return e;
}

/* ---- comprehensions -------------------------------------------------- */

mp_comprehension *mp_ast_comprehension(mp_parser *p, mp_pexpr target, mp_expr *iter,
                                       int is_async)
{
    mp_comprehension *c = mp_arena_alloc(p->arena, sizeof *c);
    mp_target_set(p, target.e, MP_TARGET_FOR);
    if (c) {
        c->target = target.e;
        c->iter = iter;
        c->is_async = is_async;
    }
    return c;
}

mp_expr *mp_ast_comp(mp_parser *p, mp_expr_kind kind, mp_expr *elt, mp_expr *value,
                     mp_seq *generators, mp_pos pos)
{
    mp_expr *e = mp_ast_expr_new(p->arena, kind, pos);
    if (!e)
        return NULL;
    if (kind == MP_EXPR_DictComp) {
        e->v.DictComp.key = elt;
        e->v.DictComp.value = value;
        e->v.DictComp.generators = generators;
    } else {
        /* ListComp, SetComp and GeneratorExp share their layout */
        e->v.ListComp.elt = elt;
        e->v.ListComp.generators = generators;
    }
    return e;
}

/* ---- import -------------------------------------------------------------- */

mp_alias *mp_ast_alias(mp_parser *p, mp_token name)
{
    mp_alias *a = mp_arena_alloc(p->arena, sizeof *a);
    if (a) {
        a->name = mp_ast_identifier(p, name);
        a->pos = mp_pos_tok(name);
    }
    return a;
}

mp_alias *mp_ast_alias_dotted(mp_parser *p, mp_alias *a, mp_token name)
{
    if (!a || !a->name)
        return a;
    size_t n = strlen(a->name);
    char *s = mp_arena_alloc(p->arena, n + 1 + name.len + 1);
    if (!s)
        return a;
    memcpy(s, a->name, n);
    s[n] = '.';
    memcpy(s + n + 1, name.start, name.len);
    s[n + 1 + name.len] = '\0';
    a->name = s;
    a->pos = mp_pos_span(a->pos, mp_pos_tok(name));
    return a;
}

/* ---- compound statements ---------------------------------------------- */

mp_ifchain mp_ast_if_add(mp_parser *p, mp_ifchain c, mp_token kw, mp_expr *test,
                         mp_body body)
{
    mp_stmt *s = mp_ast_stmt_new(p->arena, MP_STMT_If, mp_pos_span(mp_pos_tok(kw), body.end));
    if (!s)
        return c;
    s->v.If.test = test;
    s->v.If.body = body.stmts;
    if (!c.head)
        c.head = s;
    else if (c.tail)
        c.tail->v.If.orelse = mp_seq_append(p->arena, NULL, s);
    c.tail = s;
    return c;
}

/* Every If of the chain ends where the last clause ends. */
mp_stmt *mp_ast_if_finish(mp_parser *p, mp_ifchain c, const mp_body *orelse)
{
    if (!c.head || !c.tail)
        return c.head;
    if (orelse)
        c.tail->v.If.orelse = orelse->stmts;
    mp_pos end = orelse ? orelse->end : c.tail->pos;
    for (mp_stmt *s = c.head; s; ) {
        s->pos = mp_pos_span(s->pos, end);
        if (s == c.tail)
            break;
        s = MP_SEQ_LEN(s->v.If.orelse) ? MP_SEQ_GET(s->v.If.orelse, 0) : NULL;
    }
    (void)p;
    return c.head;
}

mp_handlers mp_handlers_add(mp_parser *p, mp_handlers h, mp_excepthandler *e, int star,
                            mp_pos kw)
{
    if (h.star >= 0 && h.star != star)
        mp_parser_error(p, MP_ERR_SYNTAX, kw.lineno, kw.col_offset, kw.end_lineno,
                        kw.end_col_offset,
                        "cannot have both 'except' and 'except*' on the same 'try'");
    if (h.star < 0)
        h.star = star;
    h.items = mp_seq_append(p->arena, h.items, e);
    return h;
}

mp_stmt *mp_ast_try(mp_parser *p, mp_token kw, mp_body body, mp_handlers h,
                    const mp_body *orelse, const mp_body *finalbody)
{
    mp_pos end = body.end;
    if (MP_SEQ_LEN(h.items)) {
        mp_excepthandler *last = MP_SEQ_GET(h.items, MP_SEQ_LEN(h.items) - 1);
        if (last)
            end = last->pos;
    }
    if (orelse)
        end = orelse->end;
    if (finalbody)
        end = finalbody->end;
    mp_stmt *s = mp_ast_stmt_new(p->arena, h.star == 1 ? MP_STMT_TryStar : MP_STMT_Try,
                                 mp_pos_span(mp_pos_tok(kw), end));
    if (s) {
        s->v.Try.body = body.stmts;
        s->v.Try.handlers = h.items;
        s->v.Try.orelse = orelse ? orelse->stmts : NULL;
        s->v.Try.finalbody = finalbody ? finalbody->stmts : NULL;
    }
    return s;
}

mp_stmt *mp_ast_funcdef(mp_parser *p, mp_token kw, int is_async, mp_token name,
                        mp_arguments *args, mp_expr *returns, mp_body body)
{
    mp_stmt *s = mp_ast_stmt_new(p->arena, is_async ? MP_STMT_AsyncFunctionDef : MP_STMT_FunctionDef,
                                 mp_pos_span(mp_pos_tok(kw), body.end));
    if (s) {
        s->v.FunctionDef.name = mp_ast_identifier(p, name);
        s->v.FunctionDef.args = args;
        s->v.FunctionDef.body = body.stmts;
        s->v.FunctionDef.returns = returns;
    }
    return s;
}

mp_stmt *mp_ast_decorate(mp_parser *p, mp_seq *decorators, mp_stmt *def)
{
    (void)p;
    if (!def)
        return NULL;
    if (def->kind == MP_STMT_ClassDef)
        def->v.ClassDef.decorator_list = decorators;
    else
        def->v.FunctionDef.decorator_list = decorators;
    return def;
}

/* ---- calls ----------------------------------------------------------------
 * The checks are CPython's invalid_arguments and invalid_kwarg rules, in
 * their order: those about one argument as it comes in, the one about a
 * positional argument after keywords once the call is complete. */

static void error_pos(mp_parser *p, mp_pos at, const char *msg)
{
    mp_parser_error(p, MP_ERR_SYNTAX, at.lineno, at.col_offset, at.end_lineno,
                    at.end_col_offset, "%s", msg);
}

/* The span of an unparenthesized generator argument for CPython's error:
 * from its element to its last `if` or iterable. */
static void genexp_error(mp_parser *p, const mp_argitem *g)
{
    error_pos(p, g->pos, "Generator expression must be parenthesized");
}

static int keyword_check(mp_parser *p, const mp_argitem *it)
{
    const mp_expr *k = it->key.e;
    if (!k)
        return 0;
    if (k->kind == MP_EXPR_Name && !mp_pexpr_parenthesized(it->key))
        return 0;
    mp_pos at = mp_pos_span(k->pos, it->tok);
    if (k->kind == MP_EXPR_Constant && !mp_pexpr_parenthesized(it->key)) {
        mp_const_kind c = k->v.Constant.value.kind;
        if (c == MP_CONST_TRUE || c == MP_CONST_FALSE || c == MP_CONST_NONE) {
            mp_parser_error(p, MP_ERR_SYNTAX, at.lineno, at.col_offset, at.end_lineno,
                            at.end_col_offset, "cannot assign to %s", mp_expr_name(k));
            return -1;
        }
    }
    error_pos(p, at, "expression cannot contain assignment, perhaps you meant \"==\"?");
    return -1;
}

mp_callargs *mp_callargs_add(mp_parser *p, mp_callargs *c, mp_argitem it)
{
    if (!c) {
        c = mp_arena_alloc(p->arena, sizeof *c);
        if (!c)
            return NULL;
    }
    if (c->genexp.kind == MP_ARG_GENEXP) {
        genexp_error(p, &c->genexp);
        return c;
    }
    if (it.kind == MP_ARG_GENEXP && c->count > 0) {
        genexp_error(p, &it);
        return c;
    }
    c->count++;
    switch (it.kind) {
    case MP_ARG_GENEXP:
        c->genexp = it;
        /* fall through */
    case MP_ARG_POS:
        if (c->saw_dstar && !c->late_positional)
            c->late_positional = 2;
        else if (c->saw_kw && !c->late_positional)
            c->late_positional = 1;
        c->args = mp_seq_append(p->arena, c->args, it.value);
        break;
    case MP_ARG_STAR:
        if (c->saw_dstar) {
            error_pos(p, it.tok, "iterable argument unpacking follows keyword argument unpacking");
            return c;
        }
        c->args = mp_seq_append(p->arena, c->args, it.value);
        break;
    case MP_ARG_KW:
    case MP_ARG_DSTAR: {
        if (it.kind == MP_ARG_KW && keyword_check(p, &it) < 0)
            return c;
        mp_keyword *k = mp_arena_alloc(p->arena, sizeof *k);
        if (k) {
            k->arg = it.kind == MP_ARG_KW && it.key.e ? it.key.e->v.Name.id : NULL;
            k->value = it.value;
            k->pos = it.pos;
        }
        c->keywords = mp_seq_append(p->arena, c->keywords, k);
        if (it.kind == MP_ARG_KW)
            c->saw_kw = 1;
        else
            c->saw_dstar = 1;
        break;
    }
    }
    return c;
}

mp_callargs *mp_callargs_finish(mp_parser *p, mp_callargs *c, mp_token rpar)
{
    if (!c)
        return NULL;
    if (c->genexp.kind == MP_ARG_GENEXP && c->trailing_comma) {
        genexp_error(p, &c->genexp);
        return NULL;
    }
    if (c->late_positional) {
        error_pos(p, mp_pos_tok(rpar),
                  c->late_positional == 2 ? "positional argument follows keyword argument unpacking"
                                          : "positional argument follows keyword argument");
        return NULL;
    }
    return c;
}

mp_expr *mp_ast_call(mp_parser *p, mp_pexpr func, mp_token lpar, mp_callargs *args,
                     mp_token rpar)
{
    args = mp_callargs_finish(p, args, rpar);
    mp_expr *e = mp_ast_expr_new(p->arena, MP_EXPR_Call, mp_pos_span(func.pos, mp_pos_tok(rpar)));
    if (!e)
        return NULL;
    e->v.Call.func = func.e;
    if (args) {
        e->v.Call.args = args->args;
        e->v.Call.keywords = args->keywords;
        /* f(x for x in y): the generator spans the call's parentheses */
        if (args->genexp.kind == MP_ARG_GENEXP && args->genexp.value)
            args->genexp.value->pos = mp_pos_span(mp_pos_tok(lpar), mp_pos_tok(rpar));
    }
    return e;
}

/* ---- parameters -----------------------------------------------------------
 * CPython's invalid_parameters, invalid_star_etc and invalid_kwds rules,
 * checked left to right as the items come in, and the mp_arguments built
 * from them. */

mp_arg *mp_ast_arg(mp_parser *p, mp_token name, mp_pexpr *annotation)
{
    mp_arg *a = mp_arena_alloc(p->arena, sizeof *a);
    if (a) {
        a->arg = mp_ast_identifier(p, name);
        a->annotation = annotation ? annotation->e : NULL;
        a->pos = annotation ? mp_pos_span(mp_pos_tok(name), annotation->pos) : mp_pos_tok(name);
    }
    return a;
}

/* The state of a parameter list, recomputed from its items. */
typedef struct param_state {
    int slash, star, dstar, deflt, count;
    const mp_paramitem *bare_star; /* a bare '*' with nothing named after yet */
} param_state;

static void param_scan(const mp_seq *items, param_state *st)
{
    memset(st, 0, sizeof *st);
    for (int i = 0; i < MP_SEQ_LEN(items); i++) {
        const mp_paramitem *it = MP_SEQ_GET(items, i);
        st->count++;
        switch (it->kind) {
        case MP_PARAM_NAME:
            if (!st->star && it->deflt)
                st->deflt = 1;
            st->bare_star = NULL;
            break;
        case MP_PARAM_SLASH: st->slash = 1; break;
        case MP_PARAM_STAR:
            st->star = 1;
            st->bare_star = it->arg ? NULL : it;
            break;
        case MP_PARAM_DSTAR: st->dstar = 1; break;
        }
    }
}

/* CPython reports a bare '*' of a def at the '*', of a lambda at the token
 * after (the ':' or the '**'). */
static int param_check(mp_parser *p, const param_state *st, const mp_paramitem *it, int lambda,
                       int complete)
{
    if (st->dstar) {
        error_pos(p, it->pos, "arguments cannot follow var-keyword argument");
        return -1;
    }
    switch (it->kind) {
    case MP_PARAM_NAME:
        if (!st->star && !it->deflt && st->deflt && complete) {
            error_pos(p, it->pos, "non-default argument follows default argument");
            return -1;
        }
        return 0;
    case MP_PARAM_SLASH:
        if (st->count == 0)
            error_pos(p, it->pos, "at least one argument must precede /");
        else if (st->slash)
            error_pos(p, it->pos, "/ may appear only once");
        else if (st->star)
            error_pos(p, it->pos, "/ must be ahead of *");
        else
            return 0;
        return -1;
    case MP_PARAM_STAR:
        if (it->deflt) {
            error_pos(p, it->eq, "var-positional argument cannot have default value");
            return -1;
        }
        if (st->star) {
            error_pos(p, it->pos, "* argument may appear only once");
            return -1;
        }
        return 0;
    case MP_PARAM_DSTAR:
        if (st->bare_star) {
            error_pos(p, lambda ? it->pos : st->bare_star->pos, "named arguments must follow bare *");
            return -1;
        }
        if (it->deflt) {
            error_pos(p, it->eq, "var-keyword argument cannot have default value");
            return -1;
        }
        return 0;
    }
    return 0;
}

mp_seq *mp_params_add(mp_parser *p, mp_seq *params, mp_paramitem item, int lambda,
                      int complete)
{
    param_state st;
    param_scan(params, &st);
    if (param_check(p, &st, &item, lambda, complete) < 0)
        return params;
    mp_paramitem *it = mp_arena_alloc(p->arena, sizeof *it);
    if (!it)
        return params;
    *it = item;
    return mp_seq_append(p->arena, params, it);
}

mp_arguments *mp_ast_arguments(mp_parser *p, mp_seq *params, const mp_token *colon)
{
    param_state st;
    param_scan(params, &st);
    if (st.bare_star) {
        error_pos(p, colon ? mp_pos_tok(*colon) : st.bare_star->pos,
                  "named arguments must follow bare *");
        return NULL;
    }
    mp_arguments *a = mp_arena_alloc(p->arena, sizeof *a);
    if (!a)
        return NULL;
    int star = 0;
    for (int i = 0; i < MP_SEQ_LEN(params); i++) {
        const mp_paramitem *it = MP_SEQ_GET(params, i);
        switch (it->kind) {
        case MP_PARAM_SLASH:
            /* the names so far were positional-only */
            a->posonlyargs = a->args;
            a->args = NULL;
            break;
        case MP_PARAM_STAR:
            star = 1;
            a->vararg = it->arg;
            break;
        case MP_PARAM_DSTAR:
            a->kwarg = it->arg;
            break;
        case MP_PARAM_NAME:
            if (star) {
                a->kwonlyargs = mp_seq_append(p->arena, a->kwonlyargs, it->arg);
                a->kw_defaults = mp_seq_append(p->arena, a->kw_defaults, it->deflt);
            } else {
                a->args = mp_seq_append(p->arena, a->args, it->arg);
                if (it->deflt)
                    a->defaults = mp_seq_append(p->arena, a->defaults, it->deflt);
            }
            break;
        }
    }
    return a;
}
