/* The grammar of Python 3.11, for lemon.  It builds the tree of ast.h with CPython's shapes and positions.
 *
 * The rules follow CPython's Grammar/python.gram, reshaped for LALR(1):
 * - assignment, augmented-assignment, annotation, del, for and with
 *   targets are parsed as expressions and checked afterwards
 *   (src/parse/targets.c), as CPython does for its error messages;
 * - comma-separated lists are left-recursive and collected in mp_elist;
 * - keyword arguments are `test '=' test` and the left side is checked,
 *   walrus targets likewise;
 * - `with (a as b, c):` and `with (a, b) as c:` are told apart by the
 *   driver, which looks ahead to the matching ')' and sends WITH_LPAR for
 *   the parenthesized-items form;
 * - the soft keywords `match` and `case` come from the driver as MATCH and
 *   CASE where they start a match statement or a case block.
 * The driver (src/parse/parse.c) starts every parse with a pseudo-token
 * that picks the start rule (file, eval, single, f-string expression, or
 * one of the diagnostic sub-parses it runs after a syntax error).
 *
 * Actions only build nodes; the longer ones call helpers in ast.c and
 * targets.c.  A child may be NULL when the arena ran out of memory: the
 * helpers tolerate that and the driver stops after the token.
 */

%name mp_lemon
%token_prefix TK_
%token_type {mp_token}
%extra_argument {mp_parser *p}
%start_symbol start
%stack_size 6000

%include {
#include <assert.h>
#include <string.h>

#include "minipy/ast.h"
#include "minipy/mem.h"
#include "minipy/token.h"
#include "parse_internal.h"

/* The parse stops at the first error: no recovery. */
#define YYNOERRORRECOVERY 1
#define NDEBUG 1

#define A_ (p->arena)
#define TOK(t) mp_pos_tok(t)
#define EPOS(e) mp_pos_of(e)
#define SPAN(a, b) mp_pos_span((a), (b))

/* The driver's hook for syntax errors (parse.c). */
void mp_parse_syntax_error(mp_parser *p, void *lemon, int major, mp_token tok);

static mp_expr *expr_new(mp_parser *p, mp_expr_kind kind, mp_pos pos)
{
    return mp_ast_expr_new(p->arena, kind, pos);
}

static mp_stmt *stmt_new(mp_parser *p, mp_stmt_kind kind, mp_pos pos)
{
    return mp_ast_stmt_new(p->arena, kind, pos);
}

static mp_seq *seq1(mp_parser *p, void *item)
{
    return mp_seq_append(p->arena, NULL, item);
}

static mp_pos stmts_end(mp_pos start, mp_body body)
{
    return SPAN(start, body.end);
}

static mp_body body_of(mp_seq *stmts, mp_pos end)
{
    mp_body b = {stmts, end};
    return b;
}
}

%syntax_error {
    mp_parse_syntax_error(p, yypParser, yymajor, TOKEN);
}

%stack_overflow {
    mp_parser_error(p, MP_ERR_MEMORY, 0, 0, 0, 0, "MemoryError");
}

/* The tokens of token.h, in its order (the driver maps them by name), then
 * the pseudo-tokens only the driver sends. */
%token ENDMARKER NAME NUMBER STRING NEWLINE INDENT DEDENT LPAR RPAR LSQB RSQB
       COLON COMMA SEMI PLUS MINUS STAR SLASH VBAR AMPER LESS GREATER EQUAL
       DOT PERCENT LBRACE RBRACE EQEQUAL NOTEQUAL LESSEQUAL GREATEREQUAL TILDE
       CIRCUMFLEX LEFTSHIFT RIGHTSHIFT DOUBLESTAR PLUSEQUAL MINEQUAL STAREQUAL
       SLASHEQUAL PERCENTEQUAL AMPEREQUAL VBAREQUAL CIRCUMFLEXEQUAL
       LEFTSHIFTEQUAL RIGHTSHIFTEQUAL DOUBLESTAREQUAL DOUBLESLASH
       DOUBLESLASHEQUAL AT ATEQUAL RARROW ELLIPSIS COLONEQUAL ERRORTOKEN
       FALSE NONE TRUE AND AS ASSERT ASYNC AWAIT BREAK CLASS CONTINUE DEF DEL
       ELIF ELSE EXCEPT FINALLY FOR FROM GLOBAL IF IMPORT IN IS LAMBDA
       NONLOCAL NOT OR PASS RAISE RETURN TRY WHILE WITH YIELD.
%token START_FILE START_EVAL START_SINGLE START_FEXPR
       START_DISJ START_EXPR START_BITOR START_STAREXPRS START_TARGETS
       START_WITHITEMS START_COMPFOR START_SUBJECT SUB_END
       WITH_LPAR MATCH CASE.

/* ======================================================================
 * Start rules
 */

%include {
static mp_mod *mod_new(mp_parser *p, mp_mod_kind kind, mp_seq *body, mp_expr *e)
{
    mp_mod *m = mp_arena_alloc(p->arena, sizeof *m);
    if (m) {
        m->kind = kind;
        m->body = body;
        m->expr_body = e;
    }
    return m;
}
}
start ::= START_FILE stmts(B) ENDMARKER. { p->result = mod_new(p, MP_MOD_Module, B.stmts, NULL); }
start ::= START_EVAL eval_body(E) ENDMARKER. { p->result = mod_new(p, MP_MOD_Expression, NULL, E.e); }
start ::= START_SINGLE single_body(B) ENDMARKER. { p->result = mod_new(p, MP_MOD_Interactive, B, NULL); }
/* The expression of an f-string replacement field; the driver wraps its
 * text in parentheses, as CPython 3.11 does. */
start ::= START_FEXPR star_expressions(E) ENDMARKER. { p->sub_result = E.e; }

/* Diagnostic sub-parses: the driver feeds a range of tokens and watches
 * where the longest prefix of the given kind ends (see parse.c). */
start ::= START_DISJ or_test(E) SUB_END. { p->sub_result = E.e; }
start ::= START_EXPR test(E) SUB_END. { p->sub_result = E.e; }
start ::= START_BITOR bitor(E) SUB_END. { p->sub_result = E.e; }
start ::= START_STAREXPRS star_expressions(E) SUB_END. { p->sub_result = E.e; }
start ::= START_TARGETS exprlist(E) SUB_END. { p->sub_result = E.e; }
start ::= START_COMPFOR comp_for SUB_END.
start ::= START_WITHITEMS with_items SUB_END.
start ::= START_WITHITEMS with_items COMMA SUB_END.
start ::= START_SUBJECT subject(E) SUB_END. { p->sub_result = E.e; }

/* mode 'eval': expressions, no starred ones */
%type eval_body {mp_pexpr}
eval_body(A) ::= eval_list(L). { A = mp_ast_tuple_or_item(p, L, 0); }
eval_body(A) ::= eval_list(L) COMMA(C). { L.pos = SPAN(L.pos, TOK(C)); A = mp_ast_tuple_or_item(p, L, 1); }
eval_body(A) ::= eval_body(E) NEWLINE. { A = E; }

%type eval_list {mp_elist}
eval_list(A) ::= test(E). { A = mp_elist_new(p, E); }
eval_list(A) ::= eval_list(L) COMMA test(E). { A = mp_elist_add(p, L, E); }

/* mode 'single': one statement (simple statements on one line count as
 * one); an empty input is an error there, as in CPython */
%type single_body {mp_seq*}
single_body(A) ::= statement(B). { A = B.stmts; }

/* ======================================================================
 * Statements
 */

%type stmts {mp_body}
stmts(A) ::= . { A = body_of(NULL, mp_seq_last_pos(NULL)); }
stmts(A) ::= stmts(L) statement(S). { A = mp_body_add(p, L, S); }

%type statement {mp_body}
statement(A) ::= compound_stmt(S). { A = body_of(seq1(p, S), S ? S->pos : mp_seq_last_pos(NULL)); }
statement(A) ::= simple_stmts(L). { A = L; }

%type simple_stmts {mp_body}
simple_stmts(A) ::= simple_list(L) NEWLINE. { A = body_of(L, mp_seq_last_pos(L)); }
simple_stmts(A) ::= simple_list(L) SEMI(S) NEWLINE. { A = body_of(L, TOK(S)); }

%type simple_list {mp_seq*}
simple_list(A) ::= simple_stmt(S). { A = seq1(p, S); }
simple_list(A) ::= simple_list(L) SEMI simple_stmt(S). { A = mp_seq_append(A_, L, S); }

%type block {mp_body}
block(A) ::= NEWLINE INDENT stmts(L) DEDENT. { A = L; }
block(A) ::= simple_stmts(L). { A = L; }

/* ---- simple statements ------------------------------------------------ */

%type simple_stmt {mp_stmt*}
simple_stmt(A) ::= star_expressions(E).
{
    A = stmt_new(p, MP_STMT_Expr, E.pos);
    if (A) A->v.Expr.value = E.e;
}
simple_stmt(A) ::= yield_expr(E).
{
    A = stmt_new(p, MP_STMT_Expr, E.pos);
    if (A) A->v.Expr.value = E.e;
}
simple_stmt(A) ::= assign_targets(T) star_expressions(V). { A = mp_ast_assign(p, T, V); }
simple_stmt(A) ::= assign_targets(T) yield_expr(V). { A = mp_ast_assign(p, T, V); }
simple_stmt(A) ::= star_expressions(T) augassign(O) star_expressions(V).
{
    A = mp_ast_augassign(p, T, O, V);
}
simple_stmt(A) ::= star_expressions(T) augassign(O) yield_expr(V).
{
    A = mp_ast_augassign(p, T, O, V);
}
simple_stmt(A) ::= star_expressions(T) COLON test(N). { A = mp_ast_annassign(p, T, N.e, NULL, N.pos); }
simple_stmt(A) ::= star_expressions(T) COLON test(N) EQUAL star_expressions(V).
{
    A = mp_ast_annassign(p, T, N.e, V.e, V.pos);
}
simple_stmt(A) ::= star_expressions(T) COLON test(N) EQUAL yield_expr(V).
{
    A = mp_ast_annassign(p, T, N.e, V.e, V.pos);
}
simple_stmt(A) ::= PASS(K). { A = stmt_new(p, MP_STMT_Pass, TOK(K)); }
simple_stmt(A) ::= BREAK(K). { A = stmt_new(p, MP_STMT_Break, TOK(K)); }
simple_stmt(A) ::= CONTINUE(K). { A = stmt_new(p, MP_STMT_Continue, TOK(K)); }
simple_stmt(A) ::= RETURN(K). { A = stmt_new(p, MP_STMT_Return, TOK(K)); }
simple_stmt(A) ::= RETURN(K) star_expressions(E).
{
    A = stmt_new(p, MP_STMT_Return, SPAN(TOK(K), E.pos));
    if (A) A->v.Return.value = E.e;
}
simple_stmt(A) ::= RAISE(K). { A = stmt_new(p, MP_STMT_Raise, TOK(K)); }
simple_stmt(A) ::= RAISE(K) test(E).
{
    A = stmt_new(p, MP_STMT_Raise, SPAN(TOK(K), E.pos));
    if (A) A->v.Raise.exc = E.e;
}
simple_stmt(A) ::= RAISE(K) test(E) FROM test(C).
{
    A = stmt_new(p, MP_STMT_Raise, SPAN(TOK(K), C.pos));
    if (A) {
        A->v.Raise.exc = E.e;
        A->v.Raise.cause = C.e;
    }
}
simple_stmt(A) ::= GLOBAL(K) names(L).
{
    A = stmt_new(p, MP_STMT_Global, SPAN(TOK(K), L.pos));
    if (A) A->v.Global.names = L.items;
}
simple_stmt(A) ::= NONLOCAL(K) names(L).
{
    A = stmt_new(p, MP_STMT_Nonlocal, SPAN(TOK(K), L.pos));
    if (A) A->v.Nonlocal.names = L.items;
}
simple_stmt(A) ::= DEL(K) star_bitor_list(L). { A = mp_ast_delete(p, K, L); }
simple_stmt(A) ::= DEL(K) star_bitor_list(L) COMMA(C).
{
    L.pos = SPAN(L.pos, TOK(C));
    A = mp_ast_delete(p, K, L);
}
simple_stmt(A) ::= ASSERT(K) test(E).
{
    A = stmt_new(p, MP_STMT_Assert, SPAN(TOK(K), E.pos));
    if (A) A->v.Assert.test = E.e;
}
simple_stmt(A) ::= ASSERT(K) test(E) COMMA test(M).
{
    A = stmt_new(p, MP_STMT_Assert, SPAN(TOK(K), M.pos));
    if (A) {
        A->v.Assert.test = E.e;
        A->v.Assert.msg = M.e;
    }
}
simple_stmt(A) ::= import_stmt(S). { A = S; }

/* `a = b = value`: the targets, each followed by '='. */
%type assign_targets {mp_assign}
%include {
static mp_assign assign_first(mp_parser *p, mp_pexpr t)
{
    mp_assign a;
    memset(&a, 0, sizeof a);
    a.pos = t.pos;
    return mp_assign_add(p, a, t);
}
}
assign_targets(A) ::= star_expressions(T) EQUAL. { A = assign_first(p, T); }
assign_targets(A) ::= yield_expr(T) EQUAL. { A = assign_first(p, T); }
assign_targets(A) ::= assign_targets(L) star_expressions(T) EQUAL. { A = mp_assign_add(p, L, T); }
assign_targets(A) ::= assign_targets(L) yield_expr(T) EQUAL. { A = mp_assign_add(p, L, T); }

%type augassign {mp_operator}
augassign(A) ::= PLUSEQUAL. { A = MP_Add; }
augassign(A) ::= MINEQUAL. { A = MP_Sub; }
augassign(A) ::= STAREQUAL. { A = MP_Mult; }
augassign(A) ::= ATEQUAL. { A = MP_MatMult; }
augassign(A) ::= SLASHEQUAL. { A = MP_Div; }
augassign(A) ::= PERCENTEQUAL. { A = MP_Mod; }
augassign(A) ::= AMPEREQUAL. { A = MP_BitAnd; }
augassign(A) ::= VBAREQUAL. { A = MP_BitOr; }
augassign(A) ::= CIRCUMFLEXEQUAL. { A = MP_BitXor; }
augassign(A) ::= LEFTSHIFTEQUAL. { A = MP_LShift; }
augassign(A) ::= RIGHTSHIFTEQUAL. { A = MP_RShift; }
augassign(A) ::= DOUBLESTAREQUAL. { A = MP_Pow; }
augassign(A) ::= DOUBLESLASHEQUAL. { A = MP_FloorDiv; }

/* global and nonlocal: identifiers (const char *) */
%type names {mp_elist}
names(A) ::= NAME(N).
{
    A.items = seq1(p, (void *)mp_ast_identifier(p, N));
    A.pos = TOK(N);
}
names(A) ::= names(L) COMMA NAME(N).
{
    A.items = mp_seq_append(A_, L.items, (void *)mp_ast_identifier(p, N));
    A.pos = SPAN(L.pos, TOK(N));
}

/* ---- import ------------------------------------------------------------ */

%type import_stmt {mp_stmt*}
import_stmt(A) ::= IMPORT(K) dotted_as_names(L).
{
    A = stmt_new(p, MP_STMT_Import, SPAN(TOK(K), L.pos));
    if (A) A->v.Import.names = L.items;
}
import_stmt(A) ::= FROM(K) import_from_module(M) IMPORT import_targets(L).
{
    A = stmt_new(p, MP_STMT_ImportFrom, SPAN(TOK(K), L.pos));
    if (A) {
        A->v.ImportFrom.module = M.module;
        A->v.ImportFrom.level = M.level;
        A->v.ImportFrom.names = L.items;
    }
}

%include {
static mp_elist alias_list(mp_parser *p, mp_elist l, mp_alias *a)
{
    mp_elist r;
    r.items = mp_seq_append(p->arena, l.items, a);
    r.pos = a ? (l.items ? mp_pos_span(l.pos, a->pos) : a->pos) : l.pos;
    return r;
}
}

%type dotted_as_names {mp_elist}
dotted_as_names(A) ::= dotted_as_name(N). { mp_elist none = {NULL, {0, 0, 0, 0}, 0}; A = alias_list(p, none, N); }
dotted_as_names(A) ::= dotted_as_names(L) COMMA dotted_as_name(N). { A = alias_list(p, L, N); }

%type dotted_as_name {mp_alias*}
dotted_as_name(A) ::= dotted_name(N). { A = N; }
dotted_as_name(A) ::= dotted_name(N) AS NAME(M).
{
    A = N;
    if (A) {
        A->asname = mp_ast_identifier(p, M);
        A->pos = SPAN(A->pos, TOK(M));
    }
}

%type dotted_name {mp_alias*}
dotted_name(A) ::= NAME(N). { A = mp_ast_alias(p, N); }
dotted_name(A) ::= dotted_name(D) DOT NAME(N). { A = mp_ast_alias_dotted(p, D, N); }

%type import_from_module {mp_frommodule}
%include {
typedef struct mp_frommodule {
    const char *module;
    int level;
} mp_frommodule;
}
import_from_module(A) ::= dotted_name(N). { A.module = N ? N->name : NULL; A.level = 0; }
import_from_module(A) ::= import_dots(D). { A.module = NULL; A.level = D; }
import_from_module(A) ::= import_dots(D) dotted_name(N). { A.module = N ? N->name : NULL; A.level = D; }

/* The lexer gives `...` as one token: three dots. */
%type import_dots {int}
import_dots(A) ::= DOT. { A = 1; }
import_dots(A) ::= ELLIPSIS. { A = 3; }
import_dots(A) ::= import_dots(D) DOT. { A = D + 1; }
import_dots(A) ::= import_dots(D) ELLIPSIS. { A = D + 3; }

%type import_targets {mp_elist}
import_targets(A) ::= STAR(S).
{
    mp_alias *a = mp_arena_alloc(A_, sizeof *a);
    if (a) {
        a->name = "*";
        a->pos = TOK(S);
    }
    A.items = seq1(p, a);
    A.pos = TOK(S);
}
import_targets(A) ::= import_as_names(L). { A = L; }
import_targets(A) ::= import_as_names(L) COMMA.
{
    /* CPython says so when the line ends there, at its end */
    mp_token t = yyLookaheadToken;
    A = L;
    if (yyLookahead == TK_NEWLINE)
        mp_parser_error(p, MP_ERR_SYNTAX, t.lineno, t.col_offset, t.lineno, t.col_offset,
                        "trailing comma not allowed without surrounding parentheses");
}
import_targets(A) ::= LPAR import_as_names(L) RPAR(R). { A = L; A.pos = TOK(R); }
import_targets(A) ::= LPAR import_as_names(L) COMMA RPAR(R). { A = L; A.pos = TOK(R); }

%type import_as_names {mp_elist}
import_as_names(A) ::= import_as_name(N). { mp_elist none = {NULL, {0, 0, 0, 0}, 0}; A = alias_list(p, none, N); }
import_as_names(A) ::= import_as_names(L) COMMA import_as_name(N). { A = alias_list(p, L, N); }

%type import_as_name {mp_alias*}
import_as_name(A) ::= NAME(N). { A = mp_ast_alias(p, N); }
import_as_name(A) ::= NAME(N) AS NAME(M).
{
    A = mp_ast_alias(p, N);
    if (A) {
        A->asname = mp_ast_identifier(p, M);
        A->pos = SPAN(TOK(N), TOK(M));
    }
}

/* ---- compound statements ---------------------------------------------- */

%type compound_stmt {mp_stmt*}
compound_stmt(A) ::= if_stmt(S). { A = S; }
compound_stmt(A) ::= while_stmt(S). { A = S; }
compound_stmt(A) ::= for_stmt(S). { A = S; }
compound_stmt(A) ::= try_stmt(S). { A = S; }
compound_stmt(A) ::= with_stmt(S). { A = S; }
compound_stmt(A) ::= funcdef(S). { A = S; }
compound_stmt(A) ::= classdef(S). { A = S; }
compound_stmt(A) ::= decorators(D) funcdef(S). { A = mp_ast_decorate(p, D, S); }
compound_stmt(A) ::= decorators(D) classdef(S). { A = mp_ast_decorate(p, D, S); }
compound_stmt(A) ::= match_stmt(S). { A = S; }

%type decorators {mp_seq*}
decorators(A) ::= AT namedexpr_test(E) NEWLINE. { A = seq1(p, E.e); }
decorators(A) ::= decorators(L) AT namedexpr_test(E) NEWLINE. { A = mp_seq_append(A_, L, E.e); }

/* if / elif / else: each elif nests as an If in the orelse of the one
 * before. */
%type if_stmt {mp_stmt*}
if_stmt(A) ::= if_chain(C). { A = mp_ast_if_finish(p, C, NULL); }
if_stmt(A) ::= if_chain(C) ELSE COLON block(B). { A = mp_ast_if_finish(p, C, &B); }

%type if_chain {mp_ifchain}
if_chain(A) ::= IF(K) namedexpr_test(T) COLON block(B).
{
    mp_ifchain none = {NULL, NULL};
    A = mp_ast_if_add(p, none, K, T.e, B);
}
if_chain(A) ::= if_chain(C) ELIF(K) namedexpr_test(T) COLON block(B).
{
    A = mp_ast_if_add(p, C, K, T.e, B);
}

%type while_stmt {mp_stmt*}
while_stmt(A) ::= WHILE(K) namedexpr_test(T) COLON block(B).
{
    A = stmt_new(p, MP_STMT_While, stmts_end(TOK(K), B));
    if (A) {
        A->v.While.test = T.e;
        A->v.While.body = B.stmts;
    }
}
while_stmt(A) ::= WHILE(K) namedexpr_test(T) COLON block(B) ELSE COLON block(E).
{
    A = stmt_new(p, MP_STMT_While, stmts_end(TOK(K), E));
    if (A) {
        A->v.While.test = T.e;
        A->v.While.body = B.stmts;
        A->v.While.orelse = E.stmts;
    }
}

%type for_stmt {mp_stmt*}
for_stmt(A) ::= for_head(H) COLON block(B).
{
    A = H;
    if (A) {
        A->v.For.body = B.stmts;
        A->pos = stmts_end(A->pos, B);
    }
}
for_stmt(A) ::= for_head(H) COLON block(B) ELSE COLON block(E).
{
    A = H;
    if (A) {
        A->v.For.body = B.stmts;
        A->v.For.orelse = E.stmts;
        A->pos = stmts_end(A->pos, E);
    }
}

%type for_head {mp_stmt*}
%include {
static mp_stmt *for_new(mp_parser *p, mp_token kw, int is_async, mp_pexpr target,
                        mp_pexpr iter)
{
    mp_stmt *s = stmt_new(p, is_async ? MP_STMT_AsyncFor : MP_STMT_For, mp_pos_tok(kw));
    mp_target_set(p, target.e, MP_TARGET_FOR);
    if (s) {
        s->v.For.target = target.e;
        s->v.For.iter = iter.e;
    }
    return s;
}
}
for_head(A) ::= FOR(K) exprlist(T) IN star_expressions(I). { A = for_new(p, K, 0, T, I); }
for_head(A) ::= ASYNC(K) FOR exprlist(T) IN star_expressions(I). { A = for_new(p, K, 1, T, I); }

%type try_stmt {mp_stmt*}
try_stmt(A) ::= TRY(K) COLON block(B) handlers(H). { A = mp_ast_try(p, K, B, H, NULL, NULL); }
try_stmt(A) ::= TRY(K) COLON block(B) handlers(H) ELSE COLON block(E).
{
    A = mp_ast_try(p, K, B, H, &E, NULL);
}
try_stmt(A) ::= TRY(K) COLON block(B) handlers(H) FINALLY COLON block(F).
{
    A = mp_ast_try(p, K, B, H, NULL, &F);
}
try_stmt(A) ::= TRY(K) COLON block(B) handlers(H) ELSE COLON block(E) FINALLY COLON block(F).
{
    A = mp_ast_try(p, K, B, H, &E, &F);
}
try_stmt(A) ::= TRY(K) COLON block(B) FINALLY COLON block(F).
{
    mp_handlers none = {NULL, 0};
    A = mp_ast_try(p, K, B, none, NULL, &F);
}

%type handlers {mp_handlers}
handlers(A) ::= handler(E).
{
    mp_handlers none = {NULL, -1};
    A = mp_handlers_add(p, none, E.h, E.star, E.kw);
}
handlers(A) ::= handlers(L) handler(E). { A = mp_handlers_add(p, L, E.h, E.star, E.kw); }

%type handler {mp_handler}
%include {
typedef struct mp_handler {
    mp_excepthandler *h;
    int star;
    mp_pos kw; /* `except`, or `except*` */
} mp_handler;

static mp_handler handler_new(mp_parser *p, mp_pos kw, int star, mp_expr *type,
                              const char *name, mp_body body)
{
    mp_handler r = {mp_arena_alloc(p->arena, sizeof(mp_excepthandler)), star, kw};
    if (r.h) {
        r.h->type = type;
        r.h->name = name;
        r.h->body = body.stmts;
        r.h->pos = stmts_end(kw, body);
    }
    return r;
}
}
handler(A) ::= EXCEPT(K) COLON block(B). { A = handler_new(p, TOK(K), 0, NULL, NULL, B); }
handler(A) ::= EXCEPT(K) test(T) COLON block(B). { A = handler_new(p, TOK(K), 0, T.e, NULL, B); }
handler(A) ::= EXCEPT(K) test(T) AS NAME(N) COLON block(B).
{
    A = handler_new(p, TOK(K), 0, T.e, mp_ast_identifier(p, N), B);
}
handler(A) ::= EXCEPT(K) STAR(S) test(T) COLON block(B).
{
    A = handler_new(p, SPAN(TOK(K), TOK(S)), 1, T.e, NULL, B);
}
handler(A) ::= EXCEPT(K) STAR(S) test(T) AS NAME(N) COLON block(B).
{
    A = handler_new(p, SPAN(TOK(K), TOK(S)), 1, T.e, mp_ast_identifier(p, N), B);
}

%type with_stmt {mp_stmt*}
with_stmt(A) ::= with_head(H) COLON block(B).
{
    A = H;
    if (A) {
        A->v.With.body = B.stmts;
        A->pos = stmts_end(A->pos, B);
    }
}

%type with_head {mp_stmt*}
%include {
static mp_stmt *with_new(mp_parser *p, mp_token kw, int is_async, mp_seq *items)
{
    mp_stmt *s = stmt_new(p, is_async ? MP_STMT_AsyncWith : MP_STMT_With, mp_pos_tok(kw));
    if (s)
        s->v.With.items = items;
    return s;
}
}
with_head(A) ::= WITH(K) with_items(L). { A = with_new(p, K, 0, L); }
with_head(A) ::= WITH(K) WITH_LPAR with_items(L) RPAR. { A = with_new(p, K, 0, L); }
with_head(A) ::= WITH(K) WITH_LPAR with_items(L) COMMA RPAR. { A = with_new(p, K, 0, L); }
with_head(A) ::= ASYNC(K) WITH with_items(L). { A = with_new(p, K, 1, L); }
with_head(A) ::= ASYNC(K) WITH WITH_LPAR with_items(L) RPAR. { A = with_new(p, K, 1, L); }
with_head(A) ::= ASYNC(K) WITH WITH_LPAR with_items(L) COMMA RPAR. { A = with_new(p, K, 1, L); }

%type with_items {mp_seq*}
with_items(A) ::= with_item(I). { A = seq1(p, I); }
with_items(A) ::= with_items(L) COMMA with_item(I). { A = mp_seq_append(A_, L, I); }

%type with_item {mp_withitem*}
with_item(A) ::= test(E).
{
    A = mp_arena_alloc(A_, sizeof *A);
    if (A) A->context_expr = E.e;
}
with_item(A) ::= test(E) AS star_bitor(T).
{
    A = mp_arena_alloc(A_, sizeof *A);
    mp_target_set(p, T.e, MP_TARGET_STAR);
    if (A) {
        A->context_expr = E.e;
        A->optional_vars = T.e;
    }
}

%type funcdef {mp_stmt*}
funcdef(A) ::= DEF(K) NAME(N) fparams(P) func_returns(R) COLON block(B).
{
    A = mp_ast_funcdef(p, K, 0, N, P, R, B);
}
funcdef(A) ::= ASYNC(K) DEF NAME(N) fparams(P) func_returns(R) COLON block(B).
{
    A = mp_ast_funcdef(p, K, 1, N, P, R, B);
}

/* Checked at the ')', before the body is parsed. */
%type fparams {mp_arguments*}
fparams(A) ::= LPAR params(P) RPAR. { A = mp_ast_arguments(p, P, NULL); }

%type func_returns {mp_expr*}
func_returns(A) ::= . { A = NULL; }
func_returns(A) ::= RARROW test(E). { A = E.e; }

%type classdef {mp_stmt*}
%include {
static mp_stmt *class_new(mp_parser *p, mp_token kw, mp_token name, mp_callargs *args,
                          mp_body body)
{
    mp_stmt *s = stmt_new(p, MP_STMT_ClassDef, stmts_end(mp_pos_tok(kw), body));
    if (s) {
        s->v.ClassDef.name = mp_ast_identifier(p, name);
        s->v.ClassDef.bases = args ? args->args : NULL;
        s->v.ClassDef.keywords = args ? args->keywords : NULL;
        s->v.ClassDef.body = body.stmts;
    }
    return s;
}
}
classdef(A) ::= CLASS(K) NAME(N) COLON block(B). { A = class_new(p, K, N, NULL, B); }
classdef(A) ::= CLASS(K) NAME(N) LPAR RPAR COLON block(B). { A = class_new(p, K, N, NULL, B); }
classdef(A) ::= CLASS(K) NAME(N) class_args(L) COLON block(B). { A = class_new(p, K, N, L, B); }

/* Checked at the ')', before the body is parsed. */
%type class_args {mp_callargs*}
class_args(A) ::= LPAR arglist(L) RPAR(R).
{
    A = mp_callargs_finish(p, L, R);
    if (A && A->genexp.kind == MP_ARG_GENEXP) {
        /* a class's bases are no call: no bare generator there */
        mp_token f;
        mp_pos e = EPOS(A->genexp.value->v.GeneratorExp.elt);
        if (mp_driver_find(p, e.end_lineno, e.end_col_offset, MP_TOK_FOR, &f))
            mp_parser_error(p, MP_ERR_SYNTAX, f.lineno, f.col_offset, f.end_lineno,
                            f.end_col_offset, "invalid syntax");
    }
}

/* ---- the match statement ---------------------------------------------- */

/* `match` and `case` are soft keywords: the driver sends MATCH for a
 * `match` that starts a line ending in ':' after a subject, and CASE for
 * a `case` that starts a statement where the parser wants a case block
 * (src/parse/parse.c); everywhere else they are names. */
%type match_stmt {mp_stmt*}
match_stmt(A) ::= MATCH(K) subject(S) COLON NEWLINE INDENT case_blocks(C) DEDENT.
{
    A = stmt_new(p, MP_STMT_Match, SPAN(TOK(K), C.end));
    if (A) {
        A->v.Match.subject = S.e;
        A->v.Match.cases = C.stmts;
    }
}

/* The subject: a named expression, or a tuple of starred and named ones
 * without parentheses (`match *a, b:`); a starred one alone is no
 * subject: CPython stops at the token after it. */
%type subject {mp_pexpr}
subject(A) ::= star_named_list(L).
{
    mp_expr *only = MP_SEQ_LEN(L.items) == 1 ? MP_SEQ_GET(L.items, 0) : NULL;
    if (only && only->kind == MP_EXPR_Starred) {
        mp_token t = yyLookaheadToken;
        mp_parser_error(p, MP_ERR_SYNTAX, t.lineno, t.col_offset, t.end_lineno,
                        t.end_col_offset, "invalid syntax");
    }
    A = mp_ast_tuple_or_item(p, L, 0);
}
subject(A) ::= star_named_list(L) COMMA(C).
{
    L.pos = SPAN(L.pos, TOK(C));
    A = mp_ast_tuple_or_item(p, L, 1);
}

/* The cases (match_case items, in mp_body's stmts) and where the last
 * one's body ends. */
%type case_blocks {mp_body}
case_blocks(A) ::= case_block(C). { A = body_of(seq1(p, C.c), C.end); }
case_blocks(A) ::= case_blocks(L) case_block(C). { A = body_of(mp_seq_append(A_, L.stmts, C.c), C.end); }

%type case_block {mp_caseblock}
%include {
typedef struct mp_caseblock {
    mp_match_case *c;
    mp_pos end;
} mp_caseblock;
}
case_block(A) ::= CASE patterns(P) COLON block(B).
{
    A.c = mp_ast_match_case(p, P, NULL, B.stmts);
    A.end = B.end;
}
case_block(A) ::= CASE patterns(P) IF namedexpr_test(G) COLON block(B).
{
    A.c = mp_ast_match_case(p, P, G.e, B.stmts);
    A.end = B.end;
}

/* A case's pattern: one, or an open sequence `a, *b` (a MatchSequence
 * that spans its trailing comma). */
%type patterns {mp_ppat}
patterns(A) ::= pattern_items(L). { A = mp_pat_items(p, L, 0, L.pos, yyLookaheadToken); }
patterns(A) ::= pattern_items(L) COMMA(C).
{
    A = mp_pat_items(p, L, 1, SPAN(L.pos, TOK(C)), yyLookaheadToken);
}

/* Patterns and starred names, comma-separated. */
%type pattern_items {mp_plist}
pattern_items(A) ::= maybe_star_pattern(P). { mp_plist none = {NULL, {0, 0, 0, 0}}; A = mp_plist_add(p, none, P); }
pattern_items(A) ::= pattern_items(L) COMMA maybe_star_pattern(P). { A = mp_plist_add(p, L, P); }

%type maybe_star_pattern {mp_ppat}
maybe_star_pattern(A) ::= pattern(P). { A = P; }
maybe_star_pattern(A) ::= STAR(S) NAME(N). { A = mp_pat_star(p, S, N); }

%type pattern {mp_ppat}
pattern(A) ::= or_pattern(P). { A = P; }
pattern(A) ::= or_pattern(P) AS NAME(N). { A = mp_pat_as(p, P, N); }

%type or_pattern {mp_ppat}
or_pattern(A) ::= closed_pattern(P). { A = P; }
or_pattern(A) ::= or_patterns(L). { A = mp_pat_or(p, L); }

%type or_patterns {mp_plist}
or_patterns(A) ::= closed_pattern(X) VBAR closed_pattern(Y).
{
    mp_plist none = {NULL, {0, 0, 0, 0}};
    A = mp_plist_add(p, mp_plist_add(p, none, X), Y);
}
or_patterns(A) ::= or_patterns(L) VBAR closed_pattern(Y). { A = mp_plist_add(p, L, Y); }

%type closed_pattern {mp_ppat}
closed_pattern(A) ::= literal_expr(E). { A = mp_pat_value(p, E); }
closed_pattern(A) ::= NONE(K). { A = mp_pat_singleton(p, MP_CONST_NONE, K); }
closed_pattern(A) ::= TRUE(K). { A = mp_pat_singleton(p, MP_CONST_TRUE, K); }
closed_pattern(A) ::= FALSE(K). { A = mp_pat_singleton(p, MP_CONST_FALSE, K); }
closed_pattern(A) ::= NAME(N). { A = mp_pat_capture(p, N); }
closed_pattern(A) ::= pattern_attr(E). { A = mp_pat_value(p, E); }
/* ( ... ): a group keeps its pattern's node; a sequence spans the parens */
closed_pattern(A) ::= LPAR(L) RPAR(R). { A = mp_pat_sequence(p, NULL, SPAN(TOK(L), TOK(R))); }
closed_pattern(A) ::= LPAR(L) pattern_items(I) RPAR(R).
{
    A = mp_pat_items(p, I, 0, SPAN(TOK(L), TOK(R)), R);
}
closed_pattern(A) ::= LPAR(L) pattern_items(I) COMMA RPAR(R).
{
    A = mp_pat_items(p, I, 1, SPAN(TOK(L), TOK(R)), R);
}
closed_pattern(A) ::= LSQB(L) RSQB(R). { A = mp_pat_sequence(p, NULL, SPAN(TOK(L), TOK(R))); }
closed_pattern(A) ::= LSQB(L) pattern_items(I) RSQB(R). { A = mp_pat_sequence(p, I.items, SPAN(TOK(L), TOK(R))); }
closed_pattern(A) ::= LSQB(L) pattern_items(I) COMMA RSQB(R). { A = mp_pat_sequence(p, I.items, SPAN(TOK(L), TOK(R))); }
closed_pattern(A) ::= mapping_pattern(P). { A = P; }
closed_pattern(A) ::= class_name(C) LPAR RPAR(R). { A = mp_pat_class(p, C, NULL, R); }
closed_pattern(A) ::= class_name(C) LPAR class_arguments(L) RPAR(R). { A = mp_pat_class(p, C, &L, R); }
closed_pattern(A) ::= class_name(C) LPAR class_arguments(L) COMMA RPAR(R). { A = mp_pat_class(p, C, &L, R); }

/* Literals: numbers, `-` numbers, complex sums, strings (used as values
 * and as mapping keys). */
%type literal_expr {mp_pexpr}
literal_expr(A) ::= signed_number(E). { A = E; }
literal_expr(A) ::= signed_number(R) PLUS NUMBER(I). { A = mp_pat_complex(p, R, MP_Add, I); }
literal_expr(A) ::= signed_number(R) MINUS NUMBER(I). { A = mp_pat_complex(p, R, MP_Sub, I); }
literal_expr(A) ::= strings(S). { A = mp_pexpr_of(mp_ast_strings(p, S)); }

%type signed_number {mp_pexpr}
signed_number(A) ::= NUMBER(N). { A = mp_pat_number(p, NULL, N); }
signed_number(A) ::= MINUS(M) NUMBER(N). { A = mp_pat_number(p, &M, N); }

/* A dotted name: a value pattern, or a class pattern's class. */
%type pattern_attr {mp_pexpr}
pattern_attr(A) ::= pattern_name(V) DOT NAME(N). { A = mp_pexpr_of(mp_ast_attribute(p, V, N)); }
pattern_attr(A) ::= pattern_attr(V) DOT NAME(N). { A = mp_pexpr_of(mp_ast_attribute(p, V, N)); }

%type pattern_name {mp_pexpr}
pattern_name(A) ::= NAME(N). { A = mp_pat_name(p, N, yyLookaheadToken); }

%type class_name {mp_pexpr}
class_name(A) ::= pattern_name(E). { A = E; }
class_name(A) ::= pattern_attr(E). { A = E; }

%type class_arguments {mp_classargs}
class_arguments(A) ::= class_argument(I).
{
    mp_classargs none;
    memset(&none, 0, sizeof none);
    A = mp_classargs_add(p, none, I.keyword.len ? &I.keyword : NULL, I.pat);
}
class_arguments(A) ::= class_arguments(L) COMMA class_argument(I).
{
    A = mp_classargs_add(p, L, I.keyword.len ? &I.keyword : NULL, I.pat);
}

%type class_argument {mp_classarg}
%include {
typedef struct mp_classarg {
    mp_token keyword; /* len 0 for a positional pattern */
    mp_ppat pat;
} mp_classarg;
}
class_argument(A) ::= pattern(P). { memset(&A.keyword, 0, sizeof A.keyword); A.pat = P; }
class_argument(A) ::= NAME(N) EQUAL pattern(P). { A.keyword = N; A.pat = P; }

/* { ... } */
%type mapping_pattern {mp_ppat}
mapping_pattern(A) ::= LBRACE(L) RBRACE(R). { A = mp_pat_mapping(p, NULL, NULL, SPAN(TOK(L), TOK(R))); }
mapping_pattern(A) ::= LBRACE(L) mapping_rest(S) RBRACE(R). { A = mp_pat_mapping(p, NULL, S, SPAN(TOK(L), TOK(R))); }
mapping_pattern(A) ::= LBRACE(L) mapping_rest(S) COMMA RBRACE(R). { A = mp_pat_mapping(p, NULL, S, SPAN(TOK(L), TOK(R))); }
mapping_pattern(A) ::= LBRACE(L) mapping_items(I) RBRACE(R). { A = mp_pat_mapping(p, &I, NULL, SPAN(TOK(L), TOK(R))); }
mapping_pattern(A) ::= LBRACE(L) mapping_items(I) COMMA RBRACE(R). { A = mp_pat_mapping(p, &I, NULL, SPAN(TOK(L), TOK(R))); }
mapping_pattern(A) ::= LBRACE(L) mapping_items(I) COMMA mapping_rest(S) RBRACE(R). { A = mp_pat_mapping(p, &I, S, SPAN(TOK(L), TOK(R))); }
mapping_pattern(A) ::= LBRACE(L) mapping_items(I) COMMA mapping_rest(S) COMMA RBRACE(R). { A = mp_pat_mapping(p, &I, S, SPAN(TOK(L), TOK(R))); }

%type mapping_rest {const char*}
mapping_rest(A) ::= DOUBLESTAR NAME(N). { A = mp_pat_rest(p, N); }

%type mapping_items {mp_mapitems}
mapping_items(A) ::= mapping_key(K) COLON pattern(P).
{
    mp_mapitems none = {NULL, NULL};
    A = mp_mapitems_add(p, none, K, P);
}
mapping_items(A) ::= mapping_items(L) COMMA mapping_key(K) COLON pattern(P). { A = mp_mapitems_add(p, L, K, P); }

/* A key: a literal, None/True/False as constants, or a dotted name (whose
 * first name may be `_`: CPython reads keys with its attr rule). */
%type mapping_key {mp_pexpr}
mapping_key(A) ::= literal_expr(E). { A = E; }
mapping_key(A) ::= NONE(K). { A = mp_pexpr_of(mp_ast_const(p, MP_CONST_NONE, K)); }
mapping_key(A) ::= TRUE(K). { A = mp_pexpr_of(mp_ast_const(p, MP_CONST_TRUE, K)); }
mapping_key(A) ::= FALSE(K). { A = mp_pexpr_of(mp_ast_const(p, MP_CONST_FALSE, K)); }
mapping_key(A) ::= key_attr(E). { A = E; }

%type key_attr {mp_pexpr}
key_attr(A) ::= NAME(V) DOT NAME(N). { A = mp_pexpr_of(mp_ast_attribute(p, mp_pexpr_of(mp_ast_name(p, V)), N)); }
key_attr(A) ::= key_attr(V) DOT NAME(N). { A = mp_pexpr_of(mp_ast_attribute(p, V, N)); }

/* ---- parameters -------------------------------------------------------- */

/* def parameters: a list of items (names, '/', '*', '**'), checked and
 * sorted into an mp_arguments by mp_ast_arguments, which gives CPython's
 * messages for misplaced ones. */
%type params {mp_seq*}
params(A) ::= . { A = NULL; }
params(A) ::= param_list(L). { A = L; }
params(A) ::= param_list(L) COMMA. { A = L; }

%type param_list {mp_seq*}
/* A parameter is checked when what follows shows it complete (CPython's
 * rules want a ',' or the ')' after it). */
param_list(A) ::= param(I). { A = mp_params_add(p, NULL, I, 0, PARAM_END(yyLookahead)); }
param_list(A) ::= param_list(L) COMMA param(I). { A = mp_params_add(p, L, I, 0, PARAM_END(yyLookahead)); }

%type param {mp_paramitem}
%include {
#define PARAM_END(la) ((la) == TK_COMMA || (la) == TK_RPAR)
#define LPARAM_END(la) ((la) == TK_COMMA || (la) == TK_COLON)

static mp_paramitem param_new(mp_paramkind kind, mp_pos pos, mp_arg *arg)
{
    mp_paramitem it;
    memset(&it, 0, sizeof it);
    it.kind = kind;
    it.pos = pos;
    it.arg = arg;
    return it;
}

static mp_paramitem param_default(mp_paramitem it, mp_token eq, mp_expr *deflt)
{
    it.deflt = deflt;
    it.eq = mp_pos_tok(eq);
    return it;
}

/* `*name` and `**name`: the item's position is the star's, as CPython
 * reports errors about them there. */
static mp_paramitem param_kind(mp_paramitem it, mp_paramkind kind, mp_token star)
{
    it.kind = kind;
    it.pos = mp_pos_tok(star);
    return it;
}
}
param(A) ::= param_name(N). { A = N; }
param(A) ::= param_name(N) EQUAL(Q) test(D). { A = param_default(N, Q, D.e); }
param(A) ::= SLASH(S). { A = param_new(MP_PARAM_SLASH, TOK(S), NULL); }
param(A) ::= STAR(S). { A = param_new(MP_PARAM_STAR, TOK(S), NULL); }
param(A) ::= STAR(S) param_name(N). { A = param_kind(N, MP_PARAM_STAR, S); }
param(A) ::= STAR(S) param_name(N) EQUAL(Q) test(D). { A = param_kind(param_default(N, Q, D.e), MP_PARAM_STAR, S); }
/* *args: *Ts (PEP 646) */
param(A) ::= STAR(T) NAME(N) COLON STAR(S) bitor(E).
{
    mp_pexpr st = mp_pexpr_of(mp_ast_starred(p, S, E));
    A = param_new(MP_PARAM_STAR, TOK(T), mp_ast_arg(p, N, &st));
}
param(A) ::= DOUBLESTAR(S) param_name(N). { A = param_kind(N, MP_PARAM_DSTAR, S); }
param(A) ::= DOUBLESTAR(S) param_name(N) EQUAL(Q) test(D). { A = param_kind(param_default(N, Q, D.e), MP_PARAM_DSTAR, S); }

%type param_name {mp_paramitem}
param_name(A) ::= NAME(N). { A = param_new(MP_PARAM_NAME, TOK(N), mp_ast_arg(p, N, NULL)); }
param_name(A) ::= NAME(N) COLON test(E). { A = param_new(MP_PARAM_NAME, TOK(N), mp_ast_arg(p, N, &E)); }

/* lambda parameters: the same forms without annotations. */
%type lparams {mp_seq*}
lparams(A) ::= lparam_list(L). { A = L; }
lparams(A) ::= lparam_list(L) COMMA. { A = L; }

%type lparam_list {mp_seq*}
lparam_list(A) ::= lparam(I). { A = mp_params_add(p, NULL, I, 1, LPARAM_END(yyLookahead)); }
lparam_list(A) ::= lparam_list(L) COMMA lparam(I). { A = mp_params_add(p, L, I, 1, LPARAM_END(yyLookahead)); }

%type lparam {mp_paramitem}
lparam(A) ::= lparam_name(N). { A = N; }
lparam(A) ::= lparam_name(N) EQUAL(Q) test(D). { A = param_default(N, Q, D.e); }
lparam(A) ::= SLASH(S). { A = param_new(MP_PARAM_SLASH, TOK(S), NULL); }
lparam(A) ::= STAR(S). { A = param_new(MP_PARAM_STAR, TOK(S), NULL); }
lparam(A) ::= STAR(S) lparam_name(N). { A = param_kind(N, MP_PARAM_STAR, S); }
lparam(A) ::= STAR(S) lparam_name(N) EQUAL(Q) test(D). { A = param_kind(param_default(N, Q, D.e), MP_PARAM_STAR, S); }
lparam(A) ::= DOUBLESTAR(S) lparam_name(N). { A = param_kind(N, MP_PARAM_DSTAR, S); }
lparam(A) ::= DOUBLESTAR(S) lparam_name(N) EQUAL(Q) test(D). { A = param_kind(param_default(N, Q, D.e), MP_PARAM_DSTAR, S); }

%type lparam_name {mp_paramitem}
lparam_name(A) ::= NAME(N). { A = param_new(MP_PARAM_NAME, TOK(N), mp_ast_arg(p, N, NULL)); }

/* ======================================================================
 * Expressions, from the loosest binding to the tightest.  Every one is an
 * mp_pexpr: the node and the span it covers, parentheses included.
 */

/* A parenthesis-free tuple, or its only item. */
%type star_expressions {mp_pexpr}
star_expressions(A) ::= star_expr_list(L). { A = mp_ast_tuple_or_item(p, L, 0); }
star_expressions(A) ::= star_expr_list(L) COMMA(C).
{
    L.pos = SPAN(L.pos, TOK(C));
    A = mp_ast_tuple_or_item(p, L, 1);
}

%type star_expr_list {mp_elist}
star_expr_list(A) ::= star_expr(E). { A = mp_elist_new(p, E); }
star_expr_list(A) ::= star_expr_list(L) COMMA star_expr(E). { A = mp_elist_add(p, L, E); }

%type star_expr {mp_pexpr}
star_expr(A) ::= test(E). { A = E; }
star_expr(A) ::= STAR(S) bitor(E). { A = mp_pexpr_of(mp_ast_starred(p, S, E)); }

/* Items of displays and of parenthesized tuples: named expressions and
 * starred ones. */
%type star_named_list {mp_elist}
star_named_list(A) ::= star_named(E). { A = mp_elist_new(p, E); }
star_named_list(A) ::= star_named_list(L) COMMA star_named(E). { A = mp_elist_add(p, L, E); }

%type star_named {mp_pexpr}
star_named(A) ::= namedexpr_test(E). { A = E; }
star_named(A) ::= STAR(S) bitor(E). { A = mp_pexpr_of(mp_ast_starred(p, S, E)); }

/* for and comprehension targets: or-expressions, starred or not, in a
 * list (CPython's star_targets, checked by mp_target_set). */
%type exprlist {mp_pexpr}
exprlist(A) ::= star_bitor_list(L). { A = mp_ast_tuple_or_item(p, L, 0); }
exprlist(A) ::= star_bitor_list(L) COMMA(C).
{
    L.pos = SPAN(L.pos, TOK(C));
    A = mp_ast_tuple_or_item(p, L, 1);
}

%type star_bitor_list {mp_elist}
star_bitor_list(A) ::= star_bitor(E). { A = mp_elist_new(p, E); }
star_bitor_list(A) ::= star_bitor_list(L) COMMA star_bitor(E). { A = mp_elist_add(p, L, E); }

%type star_bitor {mp_pexpr}
star_bitor(A) ::= bitor(E). { A = E; }
star_bitor(A) ::= STAR(S) bitor(E). { A = mp_pexpr_of(mp_ast_starred(p, S, E)); }

%type namedexpr_test {mp_pexpr}
namedexpr_test(A) ::= test(E). { A = E; }
namedexpr_test(A) ::= test(T) COLONEQUAL test(V). { A = mp_pexpr_of(mp_ast_namedexpr(p, T, V)); }

%type test {mp_pexpr}
test(A) ::= or_test(E). { A = E; }
test(A) ::= or_test(B) IF or_test(T) ELSE test(O).
{
    mp_expr *e = expr_new(p, MP_EXPR_IfExp, SPAN(B.pos, O.pos));
    if (e) {
        e->v.IfExp.test = T.e;
        e->v.IfExp.body = B.e;
        e->v.IfExp.orelse = O.e;
    }
    A = mp_pexpr_of(e);
}
test(A) ::= lambda_head(H) test(B).
{
    mp_expr *e = expr_new(p, MP_EXPR_Lambda, SPAN(H.pos, B.pos));
    if (e) {
        e->v.Lambda.args = H.args;
        e->v.Lambda.body = B.e;
    }
    A = mp_pexpr_of(e);
}

/* The parameters are checked at the ':', before the body. */
%type lambda_head {mp_lambdahead}
%include {
typedef struct mp_lambdahead {
    mp_arguments *args;
    mp_pos pos;
} mp_lambdahead;
}
lambda_head(A) ::= LAMBDA(K) COLON(C). { A.args = mp_ast_arguments(p, NULL, &C); A.pos = TOK(K); }
lambda_head(A) ::= LAMBDA(K) lparams(P) COLON(C). { A.args = mp_ast_arguments(p, P, &C); A.pos = TOK(K); }

%type or_test {mp_pexpr}
or_test(A) ::= and_test(E). { A = E; }
or_test(A) ::= or_list(L). { A = mp_pexpr_of(mp_ast_boolop(p, MP_Or, L)); }

%type or_list {mp_elist}
or_list(A) ::= and_test(L) OR and_test(R). { A = mp_elist_add(p, mp_elist_new(p, L), R); }
or_list(A) ::= or_list(L) OR and_test(R). { A = mp_elist_add(p, L, R); }

%type and_test {mp_pexpr}
and_test(A) ::= not_test(E). { A = E; }
and_test(A) ::= and_list(L). { A = mp_pexpr_of(mp_ast_boolop(p, MP_And, L)); }

%type and_list {mp_elist}
and_list(A) ::= not_test(L) AND not_test(R). { A = mp_elist_add(p, mp_elist_new(p, L), R); }
and_list(A) ::= and_list(L) AND not_test(R). { A = mp_elist_add(p, L, R); }

%type not_test {mp_pexpr}
not_test(A) ::= NOT(K) not_test(E). { A = mp_pexpr_of(mp_ast_unary(p, K, MP_Not, E)); }
not_test(A) ::= comparison(E). { A = E; }

%type comparison {mp_pexpr}
comparison(A) ::= bitor(E). { A = E; }
comparison(A) ::= compare_chain(E). { A = mp_pexpr_of(E); }

/* One Compare node for the whole chain `a < b < c`. */
%type compare_chain {mp_expr*}
compare_chain(A) ::= bitor(L) comp_op(O) bitor(R). { A = mp_ast_compare(p, L, O, R); }
compare_chain(A) ::= compare_chain(L) comp_op(O) bitor(R). { A = mp_ast_compare_add(p, L, O, R); }

%type comp_op {mp_cmpop}
comp_op(A) ::= LESS. { A = MP_Lt; }
comp_op(A) ::= GREATER. { A = MP_Gt; }
comp_op(A) ::= EQEQUAL. { A = MP_Eq; }
comp_op(A) ::= GREATEREQUAL. { A = MP_GtE; }
comp_op(A) ::= LESSEQUAL. { A = MP_LtE; }
comp_op(A) ::= NOTEQUAL. { A = MP_NotEq; }
comp_op(A) ::= IN. { A = MP_In; }
comp_op(A) ::= NOT IN. { A = MP_NotIn; }
comp_op(A) ::= IS. { A = MP_Is; }
comp_op(A) ::= IS NOT. { A = MP_IsNot; }

%type bitor {mp_pexpr}
bitor(A) ::= bitxor(E). { A = E; }
bitor(A) ::= bitor(L) VBAR bitxor(R). { A = mp_pexpr_of(mp_ast_binop(p, L, MP_BitOr, R)); }

%type bitxor {mp_pexpr}
bitxor(A) ::= bitand(E). { A = E; }
bitxor(A) ::= bitxor(L) CIRCUMFLEX bitand(R). { A = mp_pexpr_of(mp_ast_binop(p, L, MP_BitXor, R)); }

%type bitand {mp_pexpr}
bitand(A) ::= shift_expr(E). { A = E; }
bitand(A) ::= bitand(L) AMPER shift_expr(R). { A = mp_pexpr_of(mp_ast_binop(p, L, MP_BitAnd, R)); }

%type shift_expr {mp_pexpr}
shift_expr(A) ::= arith(E). { A = E; }
shift_expr(A) ::= shift_expr(L) LEFTSHIFT arith(R). { A = mp_pexpr_of(mp_ast_binop(p, L, MP_LShift, R)); }
shift_expr(A) ::= shift_expr(L) RIGHTSHIFT arith(R). { A = mp_pexpr_of(mp_ast_binop(p, L, MP_RShift, R)); }

%type arith {mp_pexpr}
arith(A) ::= term(E). { A = E; }
arith(A) ::= arith(L) PLUS term(R). { A = mp_pexpr_of(mp_ast_binop(p, L, MP_Add, R)); }
arith(A) ::= arith(L) MINUS term(R). { A = mp_pexpr_of(mp_ast_binop(p, L, MP_Sub, R)); }

%type term {mp_pexpr}
term(A) ::= factor(E). { A = E; }
term(A) ::= term(L) STAR factor(R). { A = mp_pexpr_of(mp_ast_binop(p, L, MP_Mult, R)); }
term(A) ::= term(L) SLASH factor(R). { A = mp_pexpr_of(mp_ast_binop(p, L, MP_Div, R)); }
term(A) ::= term(L) PERCENT factor(R). { A = mp_pexpr_of(mp_ast_binop(p, L, MP_Mod, R)); }
term(A) ::= term(L) DOUBLESLASH factor(R). { A = mp_pexpr_of(mp_ast_binop(p, L, MP_FloorDiv, R)); }
term(A) ::= term(L) AT factor(R). { A = mp_pexpr_of(mp_ast_binop(p, L, MP_MatMult, R)); }

%type factor {mp_pexpr}
factor(A) ::= PLUS(K) factor(E). { A = mp_pexpr_of(mp_ast_unary(p, K, MP_UAdd, E)); }
factor(A) ::= MINUS(K) factor(E). { A = mp_pexpr_of(mp_ast_unary(p, K, MP_USub, E)); }
factor(A) ::= TILDE(K) factor(E). { A = mp_pexpr_of(mp_ast_unary(p, K, MP_Invert, E)); }
factor(A) ::= power(E). { A = E; }

/* `-x ** y` is -(x ** y); `x ** -y` is allowed; await binds tighter. */
%type power {mp_pexpr}
power(A) ::= await_primary(E). { A = E; }
power(A) ::= await_primary(L) DOUBLESTAR factor(R). { A = mp_pexpr_of(mp_ast_binop(p, L, MP_Pow, R)); }

%type await_primary {mp_pexpr}
await_primary(A) ::= AWAIT(K) primary(E).
{
    mp_expr *e = expr_new(p, MP_EXPR_Await, SPAN(TOK(K), E.pos));
    if (e) e->v.Await.value = E.e;
    A = mp_pexpr_of(e);
}
await_primary(A) ::= primary(E). { A = E; }

%type primary {mp_pexpr}
primary(A) ::= atom(E). { A = E; }
primary(A) ::= primary(V) DOT NAME(N). { A = mp_pexpr_of(mp_ast_attribute(p, V, N)); }
primary(A) ::= primary(F) LPAR(P) RPAR(R). { A = mp_pexpr_of(mp_ast_call(p, F, P, NULL, R)); }
primary(A) ::= primary(F) LPAR(P) arglist(L) RPAR(R). { A = mp_pexpr_of(mp_ast_call(p, F, P, L, R)); }
primary(A) ::= primary(V) LSQB slices(S) RSQB(R).
{
    A = mp_pexpr_of(mp_ast_subscript(p, V, S.list, S.comma, TOK(R)));
}

/* ---- calls ------------------------------------------------------------- */

%type arglist {mp_callargs*}
arglist(A) ::= arg_items(L). { A = L; }
arglist(A) ::= arg_items(L) COMMA. { A = L; if (A) A->trailing_comma = 1; }

%type arg_items {mp_callargs*}
arg_items(A) ::= argument(I). { A = mp_callargs_add(p, NULL, I); }
arg_items(A) ::= arg_items(L) COMMA argument(I). { A = mp_callargs_add(p, L, I); }

%type argument {mp_argitem}
%include {
static mp_argitem argitem(mp_argkind kind, mp_expr *value, mp_pos pos)
{
    mp_argitem it;
    memset(&it, 0, sizeof it);
    it.kind = kind;
    it.value = value;
    it.pos = pos;
    return it;
}
}
argument(A) ::= test(E). { A = argitem(MP_ARG_POS, E.e, E.pos); }
/* a walrus in a call: CPython's args take `NAME ':=' ...` only, and say
 * no more than "invalid syntax" at the ':=' for any other target */
argument(A) ::= test(T) COLONEQUAL(C) test(V).
{
    if (T.e && (T.e->kind != MP_EXPR_Name || T.paren))
        mp_parser_error(p, MP_ERR_SYNTAX, C.lineno, C.col_offset, C.end_lineno,
                        C.end_col_offset, "invalid syntax");
    mp_expr *e = mp_ast_namedexpr(p, T, V);
    A = argitem(MP_ARG_POS, e, EPOS(e));
}
argument(A) ::= test(E) comp_for(G).
{
    /* For CPython's error, an unparenthesized generator spans its element
     * and its last `if` or iterable; mp_ast_call gives the node the
     * call's parentheses. */
    mp_pos end = E.pos;
    int n = MP_SEQ_LEN(G);
    const mp_comprehension *c = n ? MP_SEQ_GET(G, n - 1) : NULL;
    if (c) {
        int k = MP_SEQ_LEN(c->ifs);
        end = EPOS(k ? MP_SEQ_GET(c->ifs, k - 1) : c->iter);
    }
    A = argitem(MP_ARG_GENEXP, mp_ast_comp(p, MP_EXPR_GeneratorExp, E.e, NULL, G, SPAN(E.pos, end)),
                SPAN(E.e ? E.e->pos : E.pos, end));
}
argument(A) ::= test(K) EQUAL(Q) test(V).
{
    A = argitem(MP_ARG_KW, V.e, SPAN(K.pos, V.pos));
    A.key = K;
    A.tok = TOK(Q);
}
argument(A) ::= STAR(S) test(E).
{
    A = argitem(MP_ARG_STAR, mp_ast_starred(p, S, E), SPAN(TOK(S), E.pos));
    A.tok = TOK(S);
}
argument(A) ::= DOUBLESTAR(S) test(E).
{
    A = argitem(MP_ARG_DSTAR, E.e, SPAN(TOK(S), E.pos));
    A.tok = TOK(S);
}

/* ---- subscripts -------------------------------------------------------- */

%type slices {mp_slices}
%include {
typedef struct mp_slices {
    mp_elist list;
    int comma;
} mp_slices;
}
slices(A) ::= slice_list(L). { A.list = L; A.comma = 0; }
slices(A) ::= slice_list(L) COMMA(C). { A.list = L; A.list.pos = SPAN(L.pos, TOK(C)); A.comma = 1; }

%type slice_list {mp_elist}
slice_list(A) ::= slice_item(E). { A = mp_elist_new(p, E); }
slice_list(A) ::= slice_list(L) COMMA slice_item(E). { A = mp_elist_add(p, L, E); }

%type slice_item {mp_pexpr}
slice_item(A) ::= namedexpr_test(E). { A = E; }
slice_item(A) ::= STAR(S) test(E). { A = mp_pexpr_of(mp_ast_starred(p, S, E)); }
slice_item(A) ::= opt_test(L) COLON(C) opt_test(U).
{
    A = mp_pexpr_of(mp_ast_slice(p, L.e, U.e, NULL,
                                 SPAN(L.e ? L.pos : TOK(C), U.e ? U.pos : TOK(C))));
}
slice_item(A) ::= opt_test(L) COLON(C) opt_test(U) COLON(D) opt_test(S).
{
    A = mp_pexpr_of(mp_ast_slice(p, L.e, U.e, S.e,
                                 SPAN(L.e ? L.pos : TOK(C), S.e ? S.pos : TOK(D))));
}

%type opt_test {mp_pexpr}
opt_test(A) ::= . { A = mp_pexpr_of(NULL); }
opt_test(A) ::= test(E). { A = E; }

/* ---- atoms ------------------------------------------------------------- */

%type atom {mp_pexpr}
atom(A) ::= NAME(N). { A = mp_pexpr_of(mp_ast_name(p, N)); }
atom(A) ::= NUMBER(N). { A = mp_pexpr_of(mp_ast_number(p, N)); }
atom(A) ::= strings(S). { A = mp_pexpr_of(mp_ast_strings(p, S)); }
atom(A) ::= NONE(K). { A = mp_pexpr_of(mp_ast_const(p, MP_CONST_NONE, K)); }
atom(A) ::= TRUE(K). { A = mp_pexpr_of(mp_ast_const(p, MP_CONST_TRUE, K)); }
atom(A) ::= FALSE(K). { A = mp_pexpr_of(mp_ast_const(p, MP_CONST_FALSE, K)); }
atom(A) ::= ELLIPSIS(K). { A = mp_pexpr_of(mp_ast_const(p, MP_CONST_ELLIPSIS, K)); }

/* ( ... ): a group keeps its node's position; a tuple spans the parens. */
atom(A) ::= LPAR(L) RPAR(R). { A = mp_pexpr_of(mp_ast_tuple(p, NULL, SPAN(TOK(L), TOK(R)))); A.paren = 1; }
atom(A) ::= LPAR(L) yield_expr(E) RPAR(R). { A.e = E.e; A.pos = SPAN(TOK(L), TOK(R)); A.paren = 1; }
atom(A) ::= LPAR(L) star_named_list(E) RPAR(R). { A = mp_ast_group(p, E, 0, SPAN(TOK(L), TOK(R))); }
atom(A) ::= LPAR(L) star_named_list(E) COMMA RPAR(R). { A = mp_ast_group(p, E, 1, SPAN(TOK(L), TOK(R))); }
atom(A) ::= LPAR(L) test(E) comp_for(G) RPAR(R).
{
    A = mp_pexpr_of(mp_ast_comp(p, MP_EXPR_GeneratorExp, E.e, NULL, G, SPAN(TOK(L), TOK(R))));
    A.paren = 1;
}

/* [ ... ] */
atom(A) ::= LSQB(L) RSQB(R). { A = mp_pexpr_of(mp_ast_list(p, NULL, SPAN(TOK(L), TOK(R)))); }
atom(A) ::= LSQB(L) star_named_list(E) RSQB(R). { A = mp_pexpr_of(mp_ast_list(p, E.items, SPAN(TOK(L), TOK(R)))); }
atom(A) ::= LSQB(L) star_named_list(E) COMMA RSQB(R). { A = mp_pexpr_of(mp_ast_list(p, E.items, SPAN(TOK(L), TOK(R)))); }
atom(A) ::= LSQB(L) namedexpr_test(E) comp_for(G) RSQB(R).
{
    A = mp_pexpr_of(mp_ast_comp(p, MP_EXPR_ListComp, E.e, NULL, G, SPAN(TOK(L), TOK(R))));
}

/* { ... } */
atom(A) ::= LBRACE(L) RBRACE(R). { A = mp_pexpr_of(mp_ast_dict(p, NULL, NULL, SPAN(TOK(L), TOK(R)))); }
atom(A) ::= LBRACE(L) dict_items(D) RBRACE(R). { A = mp_pexpr_of(mp_ast_dict(p, D.keys, D.values, SPAN(TOK(L), TOK(R)))); }
atom(A) ::= LBRACE(L) dict_items(D) COMMA RBRACE(R). { A = mp_pexpr_of(mp_ast_dict(p, D.keys, D.values, SPAN(TOK(L), TOK(R)))); }
atom(A) ::= LBRACE(L) star_named_list(E) RBRACE(R). { A = mp_pexpr_of(set_new(p, E.items, SPAN(TOK(L), TOK(R)))); }
atom(A) ::= LBRACE(L) star_named_list(E) COMMA RBRACE(R). { A = mp_pexpr_of(set_new(p, E.items, SPAN(TOK(L), TOK(R)))); }
atom(A) ::= LBRACE(L) namedexpr_test(E) comp_for(G) RBRACE(R).
{
    A = mp_pexpr_of(mp_ast_comp(p, MP_EXPR_SetComp, E.e, NULL, G, SPAN(TOK(L), TOK(R))));
}
atom(A) ::= LBRACE(L) test(K) COLON test(V) comp_for(G) RBRACE(R).
{
    A = mp_pexpr_of(mp_ast_comp(p, MP_EXPR_DictComp, K.e, V.e, G, SPAN(TOK(L), TOK(R))));
}

%include {
static mp_expr *set_new(mp_parser *p, mp_seq *elts, mp_pos pos)
{
    mp_expr *e = expr_new(p, MP_EXPR_Set, pos);
    if (e)
        e->v.Set.elts = elts;
    return e;
}

typedef struct mp_dictitems {
    mp_seq *keys, *values;
} mp_dictitems;
}

%type dict_items {mp_dictitems}
dict_items(A) ::= dict_item(I). { A.keys = seq1(p, I.key); A.values = seq1(p, I.value); }
dict_items(A) ::= dict_items(D) COMMA dict_item(I).
{
    A.keys = mp_seq_append(A_, D.keys, I.key);
    A.values = mp_seq_append(A_, D.values, I.value);
}

/* A `**mapping` entry has a NULL key. */
%type dict_item {mp_dictitem}
%include {
typedef struct mp_dictitem {
    mp_expr *key, *value;
} mp_dictitem;
}
dict_item(A) ::= test(K) COLON test(V). { A.key = K.e; A.value = V.e; }
dict_item(A) ::= DOUBLESTAR bitor(V). { A.key = NULL; A.value = V.e; }

%type strings {mp_strings*}
strings(A) ::= STRING(S). { A = mp_strings_add(p, NULL, S); }
strings(A) ::= strings(L) STRING(S). { A = mp_strings_add(p, L, S); }

/* ---- comprehensions ---------------------------------------------------- */

%type comp_for {mp_seq*}
comp_for(A) ::= comp_clause(C). { A = seq1(p, C); }
comp_for(A) ::= comp_for(L) comp_clause(C). { A = mp_seq_append(A_, L, C); }

%type comp_clause {mp_comprehension*}
comp_clause(A) ::= FOR exprlist(T) IN or_test(I). { A = mp_ast_comprehension(p, T, I.e, 0); }
comp_clause(A) ::= ASYNC FOR exprlist(T) IN or_test(I). { A = mp_ast_comprehension(p, T, I.e, 1); }
comp_clause(A) ::= comp_clause(C) IF or_test(E).
{
    A = C;
    if (A) A->ifs = mp_seq_append(A_, A->ifs, E.e);
}

/* ---- yield ------------------------------------------------------------- */

%type yield_expr {mp_pexpr}
yield_expr(A) ::= YIELD(K). { A = mp_pexpr_of(expr_new(p, MP_EXPR_Yield, TOK(K))); }
yield_expr(A) ::= YIELD(K) star_expressions(E).
{
    mp_expr *e = expr_new(p, MP_EXPR_Yield, SPAN(TOK(K), E.pos));
    if (e) e->v.Yield.value = E.e;
    A = mp_pexpr_of(e);
}
yield_expr(A) ::= YIELD(K) FROM test(E).
{
    mp_expr *e = expr_new(p, MP_EXPR_YieldFrom, SPAN(TOK(K), E.pos));
    if (e) e->v.YieldFrom.value = E.e;
    A = mp_pexpr_of(e);
}

%code {
/* Whether the parser, in its current state, would accept the tokens
 * majors[0..n) (lemon codes) one after the other: the actions it would
 * take are simulated on a copy of its state stack, which is left
 * untouched.  The diagnostics (parse_errors.c) use it to tell "expected
 * ':'" from a plain "invalid syntax". */
int mp_lemon_accepts_seq(void *parser, const int *majors, int n)
{
    yyParser *pp = parser;
    int depth = (int)(pp->yytos - pp->yystack) + 1;
    int cap = depth + n + 64, top = depth - 1, k = 0;
    YYACTIONTYPE *st = mp_malloc((size_t)cap * sizeof *st);
    if (!st) {
        pp->p->arena->failed = 1; /* the driver reports a MemoryError */
        return 0;
    }
    for (int i = 0; i < depth; i++)
        st[i] = pp->yystack[i].stateno;
    while (k < n) {
        YYACTIONTYPE act = yy_find_shift_action((YYCODETYPE)majors[k], st[top]);
        if (act >= YY_MIN_REDUCE) {
            /* reduce: pop the rule's right side, push the goto state */
            unsigned rule = act - YY_MIN_REDUCE;
            top += yyRuleInfoNRhs[rule];
            if (top < 0)
                break;
            act = yy_find_reduce_action(st[top], (YYCODETYPE)yyRuleInfoLhs[rule]);
        } else if (act <= YY_MAX_SHIFTREDUCE) {
            /* shift (a shift-reduce leaves its reduce pending, as
             * yy_shift does) and go on with the next token */
            if (act > YY_MAX_SHIFT)
                act += YY_MIN_REDUCE - YY_MIN_SHIFTREDUCE;
            k++;
        } else {
            if (act == YY_ACCEPT_ACTION)
                k = n;
            break;
        }
        if (++top >= cap) {
            YYACTIONTYPE *m = mp_realloc(st, (size_t)(cap *= 2) * sizeof *st);
            if (!m) {
                pp->p->arena->failed = 1;
                break;
            }
            st = m;
        }
        st[top] = act;
    }
    mp_free(st);
    return k == n;
}

int mp_lemon_accepts(void *parser, int major)
{
    return mp_lemon_accepts_seq(parser, &major, 1);
}
}
