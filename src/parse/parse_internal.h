/* What the pieces of the front end share: the parser state that the
 * driver (parse.c), the grammar actions (grammar/parser.y) and the string
 * literal decoder (strings.c) all see.  Not part of the public API. */
#ifndef MINIPY_PARSE_INTERNAL_H
#define MINIPY_PARSE_INTERNAL_H

#include "minipy/arena.h"
#include "minipy/ast.h"
#include "minipy/parser.h"
#include "minipy/token.h"

typedef struct mp_parser {
    mp_arena *arena;
    const char *src;        /* the whole source being parsed */
    size_t len;
    const char *filename;
    mp_syntax_error *err;
    int error;              /* an error has been recorded in err */
    /* Nonzero while parsing an expression inside an f-string: errors get
     * CPython's "f-string: " prefix. */
    int in_fstring;
    mp_mod *result;         /* set by the grammar's start rule */
    /* The driver may add fields of its own below. */
    void *driver;           /* the driver's token window (parse.c) */
    mp_expr *sub_result;    /* set by the diagnostic start rules */
    int quiet;              /* a diagnostic sub-parse: no messages computed */
    int str_source;         /* the source was a str (MP_PARSE_STR) */
    /* The source's encoding is known (mp_lexer_declared): the columns of
     * the parser's errors count characters, else bytes (byte_columns). */
    int declared;
} mp_parser;

/* Records a syntax error at the given span (see mp_syntax_error_set),
 * unless one is already recorded: the first error wins, as in CPython. */
void mp_parser_error(mp_parser *p, mp_syntax_error_kind kind, int lineno,
                     int col_offset, int end_lineno, int end_col_offset,
                     const char *fmt, ...) __attribute__((format(printf, 7, 8)));

/* Decodes adjacent STRING tokens toks[0..n) into one expression: a
 * Constant (str or bytes) or, when any part is an f-string, a JoinedStr.
 * Returns NULL with an error recorded on p (bad escapes, mixing bytes and
 * str, f-string errors).  (strings.c) */
mp_expr *mp_parse_strings(mp_parser *p, const mp_token *toks, int n);

/* Parses the expression text[0..len) found inside an f-string's braces
 * (text must be NUL-terminated at len and outlive the tree: copy it into
 * p->arena).  lineno/col give where text starts in the file.  Returns the
 * expression, or NULL with an error recorded on p.  (parse.c) */
mp_expr *mp_parse_fstring_expr(mp_parser *p, const char *text, size_t len,
                               int lineno, int col_offset);

/* ---- what the grammar actions use (parse.c, ast.c, targets.c) -------- */

/* Positions from tokens and nodes.  A NULL node (an allocation that
 * failed) gives a zero position: the parse stops after the token anyway. */
static inline mp_pos mp_pos_tok(mp_token t)
{
    mp_pos p = {t.lineno, t.col_offset, t.end_lineno, t.end_col_offset};
    return p;
}
static inline mp_pos mp_pos_of(const mp_expr *e)
{
    mp_pos zero = {0, 0, 0, 0};
    return e ? e->pos : zero;
}
/* From the start of a to the end of b. */
static inline mp_pos mp_pos_span(mp_pos a, mp_pos b)
{
    mp_pos p = {a.lineno, a.col_offset, b.end_lineno, b.end_col_offset};
    return p;
}
static inline int mp_pos_eq(mp_pos a, mp_pos b)
{
    return a.lineno == b.lineno && a.col_offset == b.col_offset &&
           a.end_lineno == b.end_lineno && a.end_col_offset == b.end_col_offset;
}

/* An expression as the grammar passes it up: the node, and the span it
 * covers in the source, which is wider than the node's own position when
 * the expression was parenthesized: `(a) + b` starts at the '(' but the
 * Name a at the a, as in CPython. */
typedef struct mp_pexpr {
    mp_expr *e;
    mp_pos pos;
    int paren; /* written in parentheses: a group, or a tuple's own */
} mp_pexpr;

static inline mp_pexpr mp_pexpr_of(mp_expr *e)
{
    mp_pexpr r = {e, mp_pos_of(e), 0};
    return r;
}
static inline int mp_pexpr_parenthesized(mp_pexpr x)
{
    return x.e && x.paren;
}

/* A comma-separated list being parsed: its items (mp_expr) and the span
 * from the first item to the last token read (a trailing comma included). */
typedef struct mp_elist {
    mp_seq *items;
    mp_pos pos;
    int paren; /* one item so far, written in parentheses */
} mp_elist;

/* One argument of a call or of a class's bases, as parsed. */
typedef enum { MP_ARG_POS, MP_ARG_STAR, MP_ARG_KW, MP_ARG_DSTAR, MP_ARG_GENEXP } mp_argkind;
typedef struct mp_argitem {
    mp_argkind kind;
    mp_expr *value; /* the argument; a keyword's value */
    mp_pexpr key;   /* MP_ARG_KW: what stood left of '=' */
    mp_pos pos;     /* the whole argument ('*' and '**' included) */
    mp_pos tok;     /* the '=' of a keyword, the '*' of a starred argument */
} mp_argitem;

/* A call's arguments, sorted as they come in. */
typedef struct mp_callargs {
    mp_seq *args;     /* expr */
    mp_seq *keywords; /* mp_keyword */
    int count;        /* arguments seen */
    int saw_kw, saw_dstar;
    int trailing_comma;
    /* a positional argument came after a keyword (1) or after **kw (2):
     * CPython reports it at the closing parenthesis */
    int late_positional;
    mp_argitem genexp; /* the first unparenthesized generator, if kind is GENEXP */
} mp_callargs;

/* One parameter of a def or lambda, as parsed. */
typedef enum { MP_PARAM_NAME, MP_PARAM_SLASH, MP_PARAM_STAR, MP_PARAM_DSTAR } mp_paramkind;
typedef struct mp_paramitem {
    mp_paramkind kind;
    mp_arg *arg;    /* NULL for '/' and a bare '*' */
    mp_expr *deflt; /* optional */
    mp_pos pos;     /* the name, or the '/' or '*' token */
    mp_pos eq;      /* the '=' token, when there is a default */
} mp_paramitem;

/* Adjacent STRING tokens, collected for mp_parse_strings. */
typedef struct mp_strings {
    mp_token *toks;
    int n, cap;
} mp_strings;

/* Statements, and where the last token of the last one ends (a ';' after
 * the last simple statement counts: a compound statement's end is its
 * last token's, as in CPython). */
typedef struct mp_body {
    mp_seq *stmts; /* stmt */
    mp_pos end;
} mp_body;

/* An if statement with its elif clauses, built left to right. */
typedef struct mp_ifchain {
    mp_stmt *head, *tail;
} mp_ifchain;

/* A try statement's handlers, and whether they are except* ones. */
typedef struct mp_handlers {
    mp_seq *items; /* mp_excepthandler */
    int star;      /* -1 before the first handler, then 0 or 1 */
} mp_handlers;

/* The targets of `t1 = t2 = ... = value`, as they come in. */
typedef struct mp_assign {
    mp_seq *targets;        /* expr */
    mp_pos pos;             /* from the first target */
    mp_pexpr first, second; /* the first two targets, as written */
} mp_assign;

/* ast.c: building nodes from what the grammar parsed. */
const char *mp_ast_identifier(mp_parser *p, mp_token t);
mp_expr *mp_ast_name(mp_parser *p, mp_token t);
mp_expr *mp_ast_number(mp_parser *p, mp_token t);
mp_expr *mp_ast_const(mp_parser *p, mp_const_kind kind, mp_token t);
mp_expr *mp_ast_starred(mp_parser *p, mp_token star, mp_pexpr value);
mp_expr *mp_ast_binop(mp_parser *p, mp_pexpr l, mp_operator op, mp_pexpr r);
mp_expr *mp_ast_unary(mp_parser *p, mp_token optok, mp_unaryop op, mp_pexpr e);
mp_expr *mp_ast_boolop(mp_parser *p, mp_boolop op, mp_elist l);
mp_expr *mp_ast_compare(mp_parser *p, mp_pexpr left, mp_cmpop op, mp_pexpr right);
mp_expr *mp_ast_compare_add(mp_parser *p, mp_expr *chain, mp_cmpop op, mp_pexpr right);
mp_elist mp_elist_new(mp_parser *p, mp_pexpr e);
mp_elist mp_elist_add(mp_parser *p, mp_elist l, mp_pexpr e);
/* A parenthesis-free list: its only item (as it was), or a Tuple. */
mp_pexpr mp_ast_tuple_or_item(mp_parser *p, mp_elist l, int trailing_comma);
/* ( list ): a group or a tuple; pos spans the parentheses. */
mp_pexpr mp_ast_group(mp_parser *p, mp_elist l, int trailing_comma, mp_pos pos);
mp_expr *mp_ast_tuple(mp_parser *p, mp_seq *elts, mp_pos pos);
mp_expr *mp_ast_list(mp_parser *p, mp_seq *elts, mp_pos pos);
mp_expr *mp_ast_dict(mp_parser *p, mp_seq *keys, mp_seq *values, mp_pos pos);
mp_seq *mp_seq_concat(mp_arena *a, mp_seq *s, const mp_seq *more);
/* The end of the last statement of a body (a zero position when empty). */
mp_pos mp_seq_last_pos(const mp_seq *stmts);
mp_body mp_body_add(mp_parser *p, mp_body b, mp_body more);
mp_strings *mp_strings_add(mp_parser *p, mp_strings *s, mp_token t);
mp_expr *mp_ast_strings(mp_parser *p, mp_strings *s);
mp_expr *mp_ast_slice(mp_parser *p, mp_expr *lower, mp_expr *upper, mp_expr *step,
                      mp_pos pos);
mp_expr *mp_ast_subscript(mp_parser *p, mp_pexpr value, mp_elist slices,
                          int trailing_comma, mp_pos end);
mp_expr *mp_ast_attribute(mp_parser *p, mp_pexpr value, mp_token name);
mp_comprehension *mp_ast_comprehension(mp_parser *p, mp_pexpr target, mp_expr *iter,
                                       int is_async);
mp_expr *mp_ast_comp(mp_parser *p, mp_expr_kind kind, mp_expr *elt, mp_expr *value,
                     mp_seq *generators, mp_pos pos);
mp_callargs *mp_callargs_add(mp_parser *p, mp_callargs *c, mp_argitem item);
/* Finds the first token of the given kind that the parser has read and
 * that starts at or after lineno:col (the driver keeps the tokens of the
 * current logical line); returns 0 if there is none. */
int mp_driver_find(mp_parser *p, int lineno, int col, mp_token_kind kind, mp_token *out);
/* Checks done once all arguments are in; NULL after an error. */
mp_callargs *mp_callargs_finish(mp_parser *p, mp_callargs *c, mp_token rpar);
mp_expr *mp_ast_call(mp_parser *p, mp_pexpr func, mp_token lpar, mp_callargs *args,
                     mp_token rpar);
/* complete: the token after the item ends it (',', ')' or a lambda's ':') */
mp_seq *mp_params_add(mp_parser *p, mp_seq *params, mp_paramitem item, int lambda,
                      int complete);
/* colon: a lambda's ':', NULL for a def */
mp_arguments *mp_ast_arguments(mp_parser *p, mp_seq *params, const mp_token *colon);
mp_arg *mp_ast_arg(mp_parser *p, mp_token name, mp_pexpr *annotation);
mp_alias *mp_ast_alias(mp_parser *p, mp_token name);
mp_alias *mp_ast_alias_dotted(mp_parser *p, mp_alias *a, mp_token name);
mp_ifchain mp_ast_if_add(mp_parser *p, mp_ifchain c, mp_token kw, mp_expr *test,
                         mp_body body);
mp_stmt *mp_ast_if_finish(mp_parser *p, mp_ifchain c, const mp_body *orelse);
mp_handlers mp_handlers_add(mp_parser *p, mp_handlers h, mp_excepthandler *e, int star,
                            mp_pos kw);
mp_stmt *mp_ast_try(mp_parser *p, mp_token kw, mp_body body, mp_handlers h,
                    const mp_body *orelse, const mp_body *finalbody);
mp_stmt *mp_ast_funcdef(mp_parser *p, mp_token kw, int is_async, mp_token name,
                        mp_arguments *args, mp_expr *returns, mp_body body);
mp_stmt *mp_ast_decorate(mp_parser *p, mp_seq *decorators, mp_stmt *def);

/* patterns.c: the match statement's patterns.  A pattern as the grammar
 * passes it up: the node, and the span it covers in the source, wider
 * than the node's position when it was parenthesized (`(a) | b` starts at
 * the '(', the MatchAs a at the a), as for mp_pexpr. */
typedef struct mp_ppat {
    mp_pattern *pat;
    mp_pos pos;
} mp_ppat;

/* Comma- or '|'-separated patterns: the nodes and the span from the
 * first one to the last. */
typedef struct mp_plist {
    mp_seq *items; /* mp_pattern */
    mp_pos pos;
} mp_plist;

/* A class pattern's arguments, as they come in; where positional ones
 * came after keywords, the first such run (CPython reports it). */
enum {
    MP_CLASSARGS_POSITIONAL, /* positional patterns only, so far */
    MP_CLASSARGS_KEYWORDS,   /* keyword patterns after them */
    MP_CLASSARGS_LATE,       /* positional patterns after keywords: an error */
    MP_CLASSARGS_DONE        /* keywords again after that run */
};
typedef struct mp_classargs {
    mp_seq *patterns;     /* mp_pattern */
    mp_seq *kwd_attrs;    /* const char * */
    mp_seq *kwd_patterns; /* mp_pattern */
    int state;
    mp_pos late_first, late_last;
} mp_classargs;

/* A mapping pattern's `key: pattern` items. */
typedef struct mp_mapitems {
    mp_seq *keys;     /* expr */
    mp_seq *patterns; /* mp_pattern */
} mp_mapitems;

int mp_pat_is_wildcard(mp_token t);
mp_ppat mp_pat_value(mp_parser *p, mp_pexpr value);
mp_ppat mp_pat_singleton(mp_parser *p, mp_const_kind kind, mp_token t);
mp_ppat mp_pat_capture(mp_parser *p, mp_token name);
mp_ppat mp_pat_star(mp_parser *p, mp_token star, mp_token name);
mp_ppat mp_pat_as(mp_parser *p, mp_ppat inner, mp_token name);
mp_plist mp_plist_add(mp_parser *p, mp_plist l, mp_ppat item);
mp_ppat mp_pat_or(mp_parser *p, mp_plist l);
mp_ppat mp_pat_sequence(mp_parser *p, mp_seq *items, mp_pos pos);
/* Patterns in parentheses, or a case's open sequence: span is the
 * parentheses', or the items' with a trailing comma; next is the token
 * after them. */
mp_ppat mp_pat_items(mp_parser *p, mp_plist l, int trailing_comma, mp_pos span, mp_token next);
/* minus: the '-' before num, or NULL */
mp_pexpr mp_pat_number(mp_parser *p, const mp_token *minus, mp_token num);
mp_pexpr mp_pat_complex(mp_parser *p, mp_pexpr real, mp_operator op, mp_token imag);
/* keyword: the name of `name=pattern`, or NULL for a positional one */
mp_classargs mp_classargs_add(mp_parser *p, mp_classargs c, const mp_token *keyword,
                              mp_ppat item);
/* args: NULL for `C()` */
mp_ppat mp_pat_class(mp_parser *p, mp_pexpr cls, const mp_classargs *args, mp_token rpar);
/* The first name of a value or class pattern; next is the token after it. */
mp_pexpr mp_pat_name(mp_parser *p, mp_token name, mp_token next);
mp_mapitems mp_mapitems_add(mp_parser *p, mp_mapitems m, mp_pexpr key, mp_ppat value);
const char *mp_pat_rest(mp_parser *p, mp_token name);
/* items: NULL for none; rest: optional */
mp_ppat mp_pat_mapping(mp_parser *p, const mp_mapitems *items, const char *rest, mp_pos pos);
mp_match_case *mp_ast_match_case(mp_parser *p, mp_ppat pattern, mp_expr *guard, mp_seq *body);

/* targets.c: assignment, deletion and annotation targets, parsed as
 * expressions and checked afterwards (as CPython does).  Each sets the
 * context (Store or Del) through the target, or records CPython's error. */
typedef enum { MP_TARGET_STAR, MP_TARGET_FOR, MP_TARGET_DEL } mp_target_kind;
/* Returns 0, or -1 with the error recorded. */
int mp_target_set(mp_parser *p, mp_expr *e, mp_target_kind kind);
mp_assign mp_assign_add(mp_parser *p, mp_assign a, mp_pexpr target);
mp_stmt *mp_ast_assign(mp_parser *p, mp_assign a, mp_pexpr value);
mp_stmt *mp_ast_augassign(mp_parser *p, mp_pexpr target, mp_operator op, mp_pexpr value);
mp_stmt *mp_ast_annassign(mp_parser *p, mp_pexpr target, mp_expr *annotation,
                          mp_expr *value, mp_pos end);
mp_expr *mp_ast_namedexpr(mp_parser *p, mp_pexpr target, mp_pexpr value);
/* `a = b` where a named expression was expected (CPython's
 * invalid_named_expression): records "cannot assign to ... here" or
 * "Maybe you meant '==' or ':='" and returns -1, or returns 0 when CPython
 * gives neither for this a.  b is the position of the expression after
 * the '='. */
int mp_target_named_assign(mp_parser *p, mp_pexpr a, mp_pos b);
/* Whether mp_target_named_assign would report something for a. */
int mp_target_named_assign_applies(mp_pexpr a);
mp_stmt *mp_ast_delete(mp_parser *p, mp_token kw, mp_elist targets);
/* The name CPython's messages give an expression ("function call", ...). */
const char *mp_expr_name(const mp_expr *e);

#endif
