/* The parser (grammar/parser.y, src/parse/parse.c, parse_errors.c, ast.c,
 * targets.c), through mp_parse on small sources: tree shapes against
 * CPython's ast.dump, node positions against CPython's, syntax errors
 * (message, kind, position) against `python3 file.py`, and the parser's
 * own limits (deep nesting, allocation failure).  The expected values are
 * recorded from CPython 3.11 by tests/unit/gen_parser_cases.py into
 * parser_cases.inc. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "minipy/arena.h"
#include "minipy/ast.h"
#include "minipy/buf.h"
#include "minipy/mem.h"
#include "minipy/parser.h"

#include "parser_cases.inc"

static mp_arena *arena;
static mp_syntax_error err;

static void setup(void)
{
    arena = mp_arena_new();
    memset(&err, 0, sizeof err);
}

static void teardown(void)
{
    mp_syntax_error_clear(&err);
    mp_arena_free(arena);
}

TestSuite(parser, .init = setup, .fini = teardown);

static mp_mod *parse(const char *src, mp_parse_mode mode)
{
    return mp_parse(arena, src, strlen(src), "case.py", mode, &err);
}

static mp_mod *parse_ok(const char *src)
{
    mp_mod *m = parse(src, MP_PARSE_FILE);
    cr_assert(m, "%s: %s (line %d)", src, err.msg, err.lineno);
    return m;
}

/* ast.dump() of a tree, malloc'd. */
static char *dump(const mp_mod *m)
{
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    cr_assert(f);
    cr_assert(mp_ast_dump(f, m) == 0);
    fclose(f);
    return text;
}

static mp_parse_mode mode_of(const char *name)
{
    if (strcmp(name, "eval") == 0)
        return MP_PARSE_EVAL;
    return strcmp(name, "single") == 0 ? MP_PARSE_SINGLE : MP_PARSE_FILE;
}

Test(parser, dumps_as_cpython)
{
    for (size_t i = 0; i < sizeof dump_cases / sizeof dump_cases[0]; i++) {
        mp_mod *m = parse(dump_cases[i].src, mode_of(dump_cases[i].mode));
        cr_assert(m, "%s: %s", dump_cases[i].src, err.msg);
        char *got = dump(m);
        cr_expect_str_eq(got, dump_cases[i].dump, "source:\n%s", dump_cases[i].src);
        free(got);
    }
}

/* ---- positions: the preorder walk of gen_parser_cases.py ------------------ */

static void put(mp_buf *b, const char *kind, mp_pos p)
{
    mp_buf_printf(b, "%s %d:%d-%d:%d\n", kind, p.lineno, p.col_offset, p.end_lineno,
                  p.end_col_offset);
}

static void walk_expr(mp_buf *b, const mp_expr *e);
static void walk_stmts(mp_buf *b, const mp_seq *s);

static void walk_exprs(mp_buf *b, const mp_seq *s)
{
    for (int i = 0; i < MP_SEQ_LEN(s); i++)
        walk_expr(b, MP_SEQ_GET(s, i));
}

static void walk_arg(mp_buf *b, const mp_arg *a)
{
    if (a) {
        put(b, "arg", a->pos);
        walk_expr(b, a->annotation);
    }
}

static void walk_args(mp_buf *b, const mp_arguments *a)
{
    for (int i = 0; i < MP_SEQ_LEN(a->posonlyargs); i++)
        walk_arg(b, MP_SEQ_GET(a->posonlyargs, i));
    for (int i = 0; i < MP_SEQ_LEN(a->args); i++)
        walk_arg(b, MP_SEQ_GET(a->args, i));
    walk_arg(b, a->vararg);
    for (int i = 0; i < MP_SEQ_LEN(a->kwonlyargs); i++)
        walk_arg(b, MP_SEQ_GET(a->kwonlyargs, i));
    walk_exprs(b, a->kw_defaults);
    walk_arg(b, a->kwarg);
    walk_exprs(b, a->defaults);
}

static void walk_keywords(mp_buf *b, const mp_seq *s)
{
    for (int i = 0; i < MP_SEQ_LEN(s); i++) {
        const mp_keyword *k = MP_SEQ_GET(s, i);
        put(b, "keyword", k->pos);
        walk_expr(b, k->value);
    }
}

static void walk_comps(mp_buf *b, const mp_seq *s)
{
    for (int i = 0; i < MP_SEQ_LEN(s); i++) {
        const mp_comprehension *c = MP_SEQ_GET(s, i);
        walk_expr(b, c->target);
        walk_expr(b, c->iter);
        walk_exprs(b, c->ifs);
    }
}

static void walk_expr(mp_buf *b, const mp_expr *e)
{
    if (!e)
        return;
    put(b, mp_expr_kind_names[e->kind], e->pos);
    switch (e->kind) {
    case MP_EXPR_BoolOp: walk_exprs(b, e->v.BoolOp.values); break;
    case MP_EXPR_NamedExpr:
        walk_expr(b, e->v.NamedExpr.target);
        walk_expr(b, e->v.NamedExpr.value);
        break;
    case MP_EXPR_BinOp:
        walk_expr(b, e->v.BinOp.left);
        walk_expr(b, e->v.BinOp.right);
        break;
    case MP_EXPR_UnaryOp: walk_expr(b, e->v.UnaryOp.operand); break;
    case MP_EXPR_Lambda:
        walk_args(b, e->v.Lambda.args);
        walk_expr(b, e->v.Lambda.body);
        break;
    case MP_EXPR_IfExp:
        walk_expr(b, e->v.IfExp.test);
        walk_expr(b, e->v.IfExp.body);
        walk_expr(b, e->v.IfExp.orelse);
        break;
    case MP_EXPR_Dict:
        walk_exprs(b, e->v.Dict.keys); /* NULL keys are skipped */
        walk_exprs(b, e->v.Dict.values);
        break;
    case MP_EXPR_Set: walk_exprs(b, e->v.Set.elts); break;
    case MP_EXPR_ListComp:
    case MP_EXPR_SetComp:
    case MP_EXPR_GeneratorExp:
        walk_expr(b, e->v.ListComp.elt);
        walk_comps(b, e->v.ListComp.generators);
        break;
    case MP_EXPR_DictComp:
        walk_expr(b, e->v.DictComp.key);
        walk_expr(b, e->v.DictComp.value);
        walk_comps(b, e->v.DictComp.generators);
        break;
    case MP_EXPR_Await: walk_expr(b, e->v.Await.value); break;
    case MP_EXPR_Yield: walk_expr(b, e->v.Yield.value); break;
    case MP_EXPR_YieldFrom: walk_expr(b, e->v.YieldFrom.value); break;
    case MP_EXPR_Compare:
        walk_expr(b, e->v.Compare.left);
        walk_exprs(b, e->v.Compare.comparators);
        break;
    case MP_EXPR_Call:
        walk_expr(b, e->v.Call.func);
        walk_exprs(b, e->v.Call.args);
        walk_keywords(b, e->v.Call.keywords);
        break;
    case MP_EXPR_FormattedValue:
        walk_expr(b, e->v.FormattedValue.value);
        walk_expr(b, e->v.FormattedValue.format_spec);
        break;
    case MP_EXPR_JoinedStr: walk_exprs(b, e->v.JoinedStr.values); break;
    case MP_EXPR_Attribute: walk_expr(b, e->v.Attribute.value); break;
    case MP_EXPR_Subscript:
        walk_expr(b, e->v.Subscript.value);
        walk_expr(b, e->v.Subscript.slice);
        break;
    case MP_EXPR_Starred: walk_expr(b, e->v.Starred.value); break;
    case MP_EXPR_List: walk_exprs(b, e->v.List.elts); break;
    case MP_EXPR_Tuple: walk_exprs(b, e->v.Tuple.elts); break;
    case MP_EXPR_Slice:
        walk_expr(b, e->v.Slice.lower);
        walk_expr(b, e->v.Slice.upper);
        walk_expr(b, e->v.Slice.step);
        break;
    default: break;
    }
}

static void walk_pattern(mp_buf *b, const mp_pattern *pat)
{
    if (!pat)
        return;
    put(b, mp_pattern_kind_names[pat->kind], pat->pos);
    const mp_seq *pats = NULL;
    switch (pat->kind) {
    case MP_PAT_MatchValue: walk_expr(b, pat->v.MatchValue.value); return;
    case MP_PAT_MatchSequence: pats = pat->v.MatchSequence.patterns; break;
    case MP_PAT_MatchOr: pats = pat->v.MatchOr.patterns; break;
    case MP_PAT_MatchAs: walk_pattern(b, pat->v.MatchAs.pattern); return;
    case MP_PAT_MatchMapping:
        walk_exprs(b, pat->v.MatchMapping.keys);
        pats = pat->v.MatchMapping.patterns;
        break;
    case MP_PAT_MatchClass:
        walk_expr(b, pat->v.MatchClass.cls);
        for (int i = 0; i < MP_SEQ_LEN(pat->v.MatchClass.patterns); i++)
            walk_pattern(b, MP_SEQ_GET(pat->v.MatchClass.patterns, i));
        pats = pat->v.MatchClass.kwd_patterns;
        break;
    default: return;
    }
    for (int i = 0; i < MP_SEQ_LEN(pats); i++)
        walk_pattern(b, MP_SEQ_GET(pats, i));
}

static void walk_stmt(mp_buf *b, const mp_stmt *s)
{
    put(b, mp_stmt_kind_names[s->kind], s->pos);
    switch (s->kind) {
    case MP_STMT_FunctionDef:
    case MP_STMT_AsyncFunctionDef:
        walk_args(b, s->v.FunctionDef.args);
        walk_stmts(b, s->v.FunctionDef.body);
        walk_exprs(b, s->v.FunctionDef.decorator_list);
        walk_expr(b, s->v.FunctionDef.returns);
        break;
    case MP_STMT_ClassDef:
        walk_exprs(b, s->v.ClassDef.bases);
        walk_keywords(b, s->v.ClassDef.keywords);
        walk_stmts(b, s->v.ClassDef.body);
        walk_exprs(b, s->v.ClassDef.decorator_list);
        break;
    case MP_STMT_Return: walk_expr(b, s->v.Return.value); break;
    case MP_STMT_Delete: walk_exprs(b, s->v.Delete.targets); break;
    case MP_STMT_Assign:
        walk_exprs(b, s->v.Assign.targets);
        walk_expr(b, s->v.Assign.value);
        break;
    case MP_STMT_AugAssign:
        walk_expr(b, s->v.AugAssign.target);
        walk_expr(b, s->v.AugAssign.value);
        break;
    case MP_STMT_AnnAssign:
        walk_expr(b, s->v.AnnAssign.target);
        walk_expr(b, s->v.AnnAssign.annotation);
        walk_expr(b, s->v.AnnAssign.value);
        break;
    case MP_STMT_For:
    case MP_STMT_AsyncFor:
        walk_expr(b, s->v.For.target);
        walk_expr(b, s->v.For.iter);
        walk_stmts(b, s->v.For.body);
        walk_stmts(b, s->v.For.orelse);
        break;
    case MP_STMT_While:
    case MP_STMT_If:
        walk_expr(b, s->v.If.test);
        walk_stmts(b, s->v.If.body);
        walk_stmts(b, s->v.If.orelse);
        break;
    case MP_STMT_With:
    case MP_STMT_AsyncWith:
        for (int i = 0; i < MP_SEQ_LEN(s->v.With.items); i++) {
            const mp_withitem *w = MP_SEQ_GET(s->v.With.items, i);
            walk_expr(b, w->context_expr);
            walk_expr(b, w->optional_vars);
        }
        walk_stmts(b, s->v.With.body);
        break;
    case MP_STMT_Raise:
        walk_expr(b, s->v.Raise.exc);
        walk_expr(b, s->v.Raise.cause);
        break;
    case MP_STMT_Try:
    case MP_STMT_TryStar:
        walk_stmts(b, s->v.Try.body);
        for (int i = 0; i < MP_SEQ_LEN(s->v.Try.handlers); i++) {
            const mp_excepthandler *h = MP_SEQ_GET(s->v.Try.handlers, i);
            put(b, "ExceptHandler", h->pos);
            walk_expr(b, h->type);
            walk_stmts(b, h->body);
        }
        walk_stmts(b, s->v.Try.orelse);
        walk_stmts(b, s->v.Try.finalbody);
        break;
    case MP_STMT_Assert:
        walk_expr(b, s->v.Assert.test);
        walk_expr(b, s->v.Assert.msg);
        break;
    case MP_STMT_Import:
    case MP_STMT_ImportFrom: {
        mp_seq *names = s->kind == MP_STMT_Import ? s->v.Import.names : s->v.ImportFrom.names;
        for (int i = 0; i < MP_SEQ_LEN(names); i++)
            put(b, "alias", ((const mp_alias *)MP_SEQ_GET(names, i))->pos);
        break;
    }
    case MP_STMT_Expr: walk_expr(b, s->v.Expr.value); break;
    case MP_STMT_Match:
        walk_expr(b, s->v.Match.subject);
        for (int i = 0; i < MP_SEQ_LEN(s->v.Match.cases); i++) {
            const mp_match_case *c = MP_SEQ_GET(s->v.Match.cases, i);
            walk_pattern(b, c->pattern);
            walk_expr(b, c->guard);
            walk_stmts(b, c->body);
        }
        break;
    default: break;
    }
}

static void walk_stmts(mp_buf *b, const mp_seq *s)
{
    for (int i = 0; i < MP_SEQ_LEN(s); i++)
        walk_stmt(b, MP_SEQ_GET(s, i));
}

Test(parser, positions_as_cpython)
{
    for (size_t i = 0; i < sizeof pos_cases / sizeof pos_cases[0]; i++) {
        mp_mod *m = parse_ok(pos_cases[i].src);
        mp_buf b = MP_BUF_INIT;
        walk_stmts(&b, m->body);
        cr_assert(!b.failed);
        cr_expect_str_eq(b.data, pos_cases[i].pos, "source:\n%s", pos_cases[i].src);
        mp_buf_free(&b);
    }
}

/* ---- syntax errors ---------------------------------------------------------- */

static const char *kind_name(mp_syntax_error_kind k)
{
    switch (k) {
    case MP_ERR_INDENTATION: return "IndentationError";
    case MP_ERR_TAB: return "TabError";
    case MP_ERR_MEMORY: return "MemoryError";
    default: return "SyntaxError";
    }
}

Test(parser, errors_as_cpython)
{
    for (size_t i = 0; i < sizeof error_cases / sizeof error_cases[0]; i++) {
        const struct error_case *c = &error_cases[i];
        mp_syntax_error_clear(&err);
        memset(&err, 0, sizeof err);
        /* recorded from `python3 case.py`: a script */
        cr_expect(parse(c->src, MP_PARSE_FILE | MP_PARSE_SCRIPT) == NULL, "parsed:\n%s", c->src);
        cr_expect_str_eq(err.msg, c->msg, "source:\n%s", c->src);
        cr_expect_str_eq(kind_name(err.kind), c->kind, "source:\n%s", c->src);
        cr_expect(err.lineno == c->line && err.col_offset == c->col &&
                      err.end_lineno == c->end_line && err.end_col_offset == c->end_col,
                  "%s\nat %d:%d-%d:%d, CPython's %d:%d-%d:%d", c->src, err.lineno,
                  err.col_offset, err.end_lineno, err.end_col_offset, c->line, c->col,
                  c->end_line, c->end_col);
    }
}

/* ---- shapes the dump does not show ---------------------------------------- */

Test(parser, constants_decoded)
{
    mp_mod *m = parse_ok("0x_1F\n1_000\n1e400\n2.5j\n");
    const mp_const *c = &((mp_stmt *)MP_SEQ_GET(m->body, 0))->v.Expr.value->v.Constant.value;
    cr_expect_eq(c->kind, MP_CONST_INT);
    cr_expect_eq(c->base, 16);
    cr_expect_str_eq(c->text, "1F");
    c = &((mp_stmt *)MP_SEQ_GET(m->body, 1))->v.Expr.value->v.Constant.value;
    cr_expect_eq(c->base, 10);
    cr_expect_str_eq(c->text, "1000");
    c = &((mp_stmt *)MP_SEQ_GET(m->body, 2))->v.Expr.value->v.Constant.value;
    cr_expect_eq(c->kind, MP_CONST_FLOAT);
    cr_expect(c->f > 1e308);
    c = &((mp_stmt *)MP_SEQ_GET(m->body, 3))->v.Expr.value->v.Constant.value;
    cr_expect_eq(c->kind, MP_CONST_COMPLEX);
    cr_expect(c->f == 2.5);
}

Test(parser, chained_comparison_is_one_compare)
{
    mp_mod *m = parse_ok("a < b < c\n");
    const mp_expr *e = ((mp_stmt *)MP_SEQ_GET(m->body, 0))->v.Expr.value;
    cr_assert_eq(e->kind, MP_EXPR_Compare);
    cr_expect_eq(e->v.Compare.nops, 2);
    cr_expect_eq(MP_SEQ_LEN(e->v.Compare.comparators), 2);
}

Test(parser, not_nul_terminated)
{
    const char src[] = "x = 1\ny = 2";
    mp_mod *m = mp_parse(arena, src, 5, "case.py", MP_PARSE_FILE, &err);
    cr_assert(m);
    cr_expect_eq(MP_SEQ_LEN(m->body), 1);
}

/* ---- limits ---------------------------------------------------------------- */

/* Nesting past the parser's stack is CPython's MemoryError, not a crash. */
Test(parser, deep_nesting_is_memory_error)
{
    size_t n = 100000;
    char *src = malloc(n + 16);
    strcpy(src, "x = ");
    memset(src + 4, '-', n);
    strcpy(src + 4 + n, "1\n");
    cr_expect(parse(src, MP_PARSE_FILE) == NULL);
    cr_expect_eq(err.kind, MP_ERR_MEMORY);
    free(src);
}

Test(parser, moderate_nesting_parses)
{
    size_t n = 1000;
    char *src = malloc(n + 16);
    strcpy(src, "x = ");
    memset(src + 4, '-', n);
    strcpy(src + 4 + n, "1\n");
    cr_expect(parse(src, MP_PARSE_FILE) != NULL, "%s", err.msg);
    free(src);
}

Test(parser, long_statement_lists_do_not_grow_the_stack)
{
    mp_buf b = MP_BUF_INIT;
    for (int i = 0; i < 20000; i++)
        mp_buf_puts(&b, "if x:\n    y = [1, 2, 3] + z\nelif y:\n    pass\n");
    mp_buf_puts(&b, "x = [");
    for (int i = 0; i < 20000; i++)
        mp_buf_puts(&b, "1, ");
    mp_buf_puts(&b, "]\n");
    cr_assert(!b.failed);
    mp_mod *m = mp_parse(arena, b.data, b.len, "case.py", MP_PARSE_FILE, &err);
    cr_expect(m, "%s", err.msg);
    mp_buf_free(&b);
}

Test(parser, single_mode_errors)
{
    for (size_t i = 0; i < sizeof single_errors / sizeof single_errors[0]; i++) {
        const struct single_error *c = &single_errors[i];
        mp_syntax_error_clear(&err);
        memset(&err, 0, sizeof err);
        cr_expect(parse(c->src, MP_PARSE_SINGLE) == NULL, "parsed:\n%s", c->src);
        cr_expect_str_eq(err.msg, c->msg, "source:\n%s", c->src);
        cr_expect(err.lineno == c->line && err.col_offset == c->col, "%s\nat %d:%d, CPython's %d:%d",
                  c->src, err.lineno, err.col_offset, c->line, c->col);
    }
}
