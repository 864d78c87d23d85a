/* The abstract syntax tree: CPython 3.11's node set and field names
 * (Parser/Python.asdl), so that `minipy --ast` can print exactly what
 * `ast.dump(ast.parse(src))` prints.
 *
 * Every node lives in an mp_arena and is freed with it; nothing here is
 * reference counted.  Constants are kept as decoded literal data
 * (mp_const), not as runtime objects: the parser does not depend on the
 * object system; the compiler turns constants into objects.
 *
 * Positions follow CPython: lineno and end_lineno are 1-based, col_offset
 * and end_col_offset are 0-based UTF-8 byte offsets into the line.
 */
#ifndef MINIPY_AST_H
#define MINIPY_AST_H

#include <stddef.h>
#include <stdint.h>

#include "minipy/arena.h"

typedef struct mp_expr mp_expr;
typedef struct mp_stmt mp_stmt;

/* A sequence of node pointers (CPython's asdl_seq).  Items are untyped;
 * the field's comment says what they are.  An empty sequence may be NULL. */
typedef struct mp_seq {
    int len;
    int cap;
    void **items;
} mp_seq;

#define MP_SEQ_LEN(s) ((s) ? (s)->len : 0)
#define MP_SEQ_GET(s, i) ((s)->items[(i)])

typedef struct mp_pos {
    int lineno, col_offset, end_lineno, end_col_offset;
} mp_pos;

/* ---- enumerations ----------------------------------------------------- */

#define MP_EXPR_CONTEXTS(X) X(Load) X(Store) X(Del)
#define MP_BOOLOPS(X) X(And) X(Or)
#define MP_OPERATORS(X)                                                        \
    X(Add) X(Sub) X(Mult) X(MatMult) X(Div) X(Mod) X(Pow) X(LShift)           \
    X(RShift) X(BitOr) X(BitXor) X(BitAnd) X(FloorDiv)
#define MP_UNARYOPS(X) X(Invert) X(Not) X(UAdd) X(USub)
#define MP_CMPOPS(X)                                                           \
    X(Eq) X(NotEq) X(Lt) X(LtE) X(Gt) X(GtE) X(Is) X(IsNot) X(In) X(NotIn)

#define MP_ENUM_ITEM(name) MP_##name,
typedef enum { MP_EXPR_CONTEXTS(MP_ENUM_ITEM) } mp_expr_context;
typedef enum { MP_BOOLOPS(MP_ENUM_ITEM) } mp_boolop;
typedef enum { MP_OPERATORS(MP_ENUM_ITEM) } mp_operator;
typedef enum { MP_UNARYOPS(MP_ENUM_ITEM) } mp_unaryop;
typedef enum { MP_CMPOPS(MP_ENUM_ITEM) } mp_cmpop;
#undef MP_ENUM_ITEM

/* Names of the enumerators above, as CPython spells them ("Add", "NotIn"). */
extern const char *const mp_expr_context_names[];
extern const char *const mp_boolop_names[];
extern const char *const mp_operator_names[];
extern const char *const mp_unaryop_names[];
extern const char *const mp_cmpop_names[];

/* ---- constants -------------------------------------------------------- */

typedef enum {
    MP_CONST_NONE,
    MP_CONST_TRUE,
    MP_CONST_FALSE,
    MP_CONST_ELLIPSIS,
    MP_CONST_INT,     /* text: digits only, no prefix, no underscores; base */
    MP_CONST_FLOAT,   /* f */
    MP_CONST_COMPLEX, /* f is the imaginary part; the real part is 0 */
    MP_CONST_STR,     /* text/len: UTF-8; lone surrogates are encoded as
                         three-byte sequences (WTF-8), as '\ud800' needs */
    MP_CONST_BYTES    /* text/len: raw bytes */
} mp_const_kind;

typedef struct mp_const {
    mp_const_kind kind;
    int base;          /* MP_CONST_INT: 2, 8, 10 or 16 */
    const char *text;  /* arena-owned; NUL-terminated for convenience */
    size_t len;        /* bytes in text */
    double f;
} mp_const;

/* ---- expressions ------------------------------------------------------ */

#define MP_EXPR_KINDS(X)                                                       \
    X(BoolOp) X(NamedExpr) X(BinOp) X(UnaryOp) X(Lambda) X(IfExp) X(Dict)     \
    X(Set) X(ListComp) X(SetComp) X(DictComp) X(GeneratorExp) X(Await)        \
    X(Yield) X(YieldFrom) X(Compare) X(Call) X(FormattedValue) X(JoinedStr)   \
    X(Constant) X(Attribute) X(Subscript) X(Starred) X(Name) X(List)          \
    X(Tuple) X(Slice)

#define MP_ENUM_ITEM(name) MP_EXPR_##name,
typedef enum { MP_EXPR_KINDS(MP_ENUM_ITEM) } mp_expr_kind;
#undef MP_ENUM_ITEM
extern const char *const mp_expr_kind_names[];

typedef struct mp_arguments mp_arguments;

struct mp_expr {
    mp_expr_kind kind;
    mp_pos pos;
    union {
        struct { mp_boolop op; mp_seq *values; /* expr */ } BoolOp;
        struct { mp_expr *target, *value; } NamedExpr;
        struct { mp_expr *left; mp_operator op; mp_expr *right; } BinOp;
        struct { mp_unaryop op; mp_expr *operand; } UnaryOp;
        struct { mp_arguments *args; mp_expr *body; } Lambda;
        struct { mp_expr *test, *body, *orelse; } IfExp;
        /* keys: expr, with NULL for a `**mapping` entry; values: expr */
        struct { mp_seq *keys, *values; } Dict;
        struct { mp_seq *elts; } Set;
        /* generators: mp_comprehension */
        struct { mp_expr *elt; mp_seq *generators; } ListComp;
        struct { mp_expr *elt; mp_seq *generators; } SetComp;
        struct { mp_expr *key, *value; mp_seq *generators; } DictComp;
        struct { mp_expr *elt; mp_seq *generators; } GeneratorExp;
        struct { mp_expr *value; } Await;
        struct { mp_expr *value; /* optional */ } Yield;
        struct { mp_expr *value; } YieldFrom;
        /* ops: mp_cmpop stored in an int array; comparators: expr */
        struct { mp_expr *left; int nops; mp_cmpop *ops; mp_seq *comparators; } Compare;
        /* args: expr; keywords: mp_keyword */
        struct { mp_expr *func; mp_seq *args, *keywords; } Call;
        /* conversion: -1, or 's', 'r', 'a'; format_spec: optional JoinedStr */
        struct { mp_expr *value; int conversion; mp_expr *format_spec; } FormattedValue;
        struct { mp_seq *values; /* expr */ } JoinedStr;
        /* kind: "u" for a u'' literal, else NULL */
        struct { mp_const value; const char *kind; } Constant;
        struct { mp_expr *value; const char *attr; mp_expr_context ctx; } Attribute;
        struct { mp_expr *value, *slice; mp_expr_context ctx; } Subscript;
        struct { mp_expr *value; mp_expr_context ctx; } Starred;
        struct { const char *id; mp_expr_context ctx; } Name;
        struct { mp_seq *elts; mp_expr_context ctx; } List;
        struct { mp_seq *elts; mp_expr_context ctx; } Tuple;
        struct { mp_expr *lower, *upper, *step; /* each optional */ } Slice;
    } v;
};

/* ---- helpers of statements and expressions ---------------------------- */

typedef struct mp_comprehension {
    mp_expr *target, *iter;
    mp_seq *ifs; /* expr */
    int is_async;
} mp_comprehension;

typedef struct mp_arg {
    const char *arg;
    mp_expr *annotation; /* optional */
    mp_pos pos;
} mp_arg;

struct mp_arguments {
    mp_seq *posonlyargs; /* mp_arg */
    mp_seq *args;        /* mp_arg */
    mp_arg *vararg;      /* optional */
    mp_seq *kwonlyargs;  /* mp_arg */
    mp_seq *kw_defaults; /* expr, NULL where a keyword-only arg has none */
    mp_arg *kwarg;       /* optional */
    mp_seq *defaults;    /* expr, for the last len(defaults) positional args */
};

typedef struct mp_keyword {
    const char *arg; /* NULL for **mapping */
    mp_expr *value;
    mp_pos pos;
} mp_keyword;

typedef struct mp_alias {
    const char *name;   /* dotted name, or "*" */
    const char *asname; /* optional */
    mp_pos pos;
} mp_alias;

typedef struct mp_withitem {
    mp_expr *context_expr;
    mp_expr *optional_vars; /* optional */
} mp_withitem;

typedef struct mp_excepthandler {
    mp_expr *type;    /* optional */
    const char *name; /* optional */
    mp_seq *body;     /* stmt */
    mp_pos pos;
} mp_excepthandler;

/* ---- patterns of the match statement ---------------------------------- */

#define MP_PATTERN_KINDS(X)                                                    \
    X(MatchValue) X(MatchSingleton) X(MatchSequence) X(MatchMapping)          \
    X(MatchClass) X(MatchStar) X(MatchAs) X(MatchOr)

#define MP_ENUM_ITEM(name) MP_PAT_##name,
typedef enum { MP_PATTERN_KINDS(MP_ENUM_ITEM) } mp_pattern_kind;
#undef MP_ENUM_ITEM
extern const char *const mp_pattern_kind_names[];

typedef struct mp_pattern mp_pattern;
struct mp_pattern {
    mp_pattern_kind kind;
    mp_pos pos;
    union {
        struct { mp_expr *value; } MatchValue;
        /* value: MP_CONST_NONE, MP_CONST_TRUE or MP_CONST_FALSE */
        struct { mp_const value; } MatchSingleton;
        struct { mp_seq *patterns; /* mp_pattern */ } MatchSequence;
        /* keys: expr; patterns: mp_pattern; rest: optional */
        struct { mp_seq *keys, *patterns; const char *rest; } MatchMapping;
        /* patterns, kwd_patterns: mp_pattern; kwd_attrs: const char * */
        struct { mp_expr *cls; mp_seq *patterns, *kwd_attrs, *kwd_patterns; } MatchClass;
        struct { const char *name; /* optional */ } MatchStar;
        struct { mp_pattern *pattern; const char *name; /* both optional */ } MatchAs;
        struct { mp_seq *patterns; /* mp_pattern */ } MatchOr;
    } v;
};

typedef struct mp_match_case {
    mp_pattern *pattern;
    mp_expr *guard; /* optional */
    mp_seq *body;   /* stmt */
} mp_match_case;

/* ---- statements ------------------------------------------------------- */

#define MP_STMT_KINDS(X)                                                       \
    X(FunctionDef) X(AsyncFunctionDef) X(ClassDef) X(Return) X(Delete)        \
    X(Assign) X(AugAssign) X(AnnAssign) X(For) X(AsyncFor) X(While) X(If)     \
    X(With) X(AsyncWith) X(Match) X(Raise) X(Try) X(TryStar) X(Assert)        \
    X(Import)                                                                 \
    X(ImportFrom) X(Global) X(Nonlocal) X(Expr) X(Pass) X(Break) X(Continue)

#define MP_ENUM_ITEM(name) MP_STMT_##name,
typedef enum { MP_STMT_KINDS(MP_ENUM_ITEM) } mp_stmt_kind;
#undef MP_ENUM_ITEM
extern const char *const mp_stmt_kind_names[];

struct mp_stmt {
    mp_stmt_kind kind;
    mp_pos pos;
    union {
        /* FunctionDef and AsyncFunctionDef share this layout */
        struct {
            const char *name;
            mp_arguments *args;
            mp_seq *body;           /* stmt */
            mp_seq *decorator_list; /* expr */
            mp_expr *returns;       /* optional */
        } FunctionDef;
        struct {
            const char *name;
            mp_seq *bases;          /* expr */
            mp_seq *keywords;       /* mp_keyword */
            mp_seq *body;           /* stmt */
            mp_seq *decorator_list; /* expr */
        } ClassDef;
        struct { mp_expr *value; /* optional */ } Return;
        struct { mp_seq *targets; /* expr */ } Delete;
        struct { mp_seq *targets; /* expr */ mp_expr *value; } Assign;
        struct { mp_expr *target; mp_operator op; mp_expr *value; } AugAssign;
        struct { mp_expr *target, *annotation, *value; /* value optional */ int simple; } AnnAssign;
        /* For and AsyncFor share this layout */
        struct { mp_expr *target, *iter; mp_seq *body, *orelse; } For;
        struct { mp_expr *test; mp_seq *body, *orelse; } While;
        struct { mp_expr *test; mp_seq *body, *orelse; } If;
        /* With and AsyncWith share this layout; items: mp_withitem */
        struct { mp_seq *items, *body; } With;
        struct { mp_expr *subject; mp_seq *cases; /* mp_match_case */ } Match;
        struct { mp_expr *exc, *cause; /* both optional */ } Raise;
        /* Try and TryStar share this layout; handlers: mp_excepthandler */
        struct { mp_seq *body, *handlers, *orelse, *finalbody; } Try;
        struct { mp_expr *test, *msg; /* msg optional */ } Assert;
        struct { mp_seq *names; /* mp_alias */ } Import;
        struct { const char *module; /* optional */ mp_seq *names; int level; } ImportFrom;
        struct { mp_seq *names; /* const char * */ } Global;
        struct { mp_seq *names; /* const char * */ } Nonlocal;
        struct { mp_expr *value; } Expr;
    } v;
};

/* ---- modules ---------------------------------------------------------- */

typedef enum { MP_MOD_Module, MP_MOD_Interactive, MP_MOD_Expression } mp_mod_kind;

typedef struct mp_mod {
    mp_mod_kind kind;
    mp_seq *body;       /* Module, Interactive: stmt */
    mp_expr *expr_body; /* Expression */
} mp_mod;

/* ---- construction ------------------------------------------------------
 * Each returns a zeroed node from the arena with kind and pos set, or NULL
 * when the arena cannot allocate (the arena then remembers the failure;
 * see arena.h).  Callers fill in the fields of v.
 */
mp_expr *mp_ast_expr_new(mp_arena *a, mp_expr_kind kind, mp_pos pos);
mp_stmt *mp_ast_stmt_new(mp_arena *a, mp_stmt_kind kind, mp_pos pos);
mp_pattern *mp_ast_pattern_new(mp_arena *a, mp_pattern_kind kind, mp_pos pos);

/* Appends item to seq, creating the sequence when seq is NULL.  Returns the
 * sequence, or NULL on allocation failure. */
mp_seq *mp_seq_append(mp_arena *a, mp_seq *seq, void *item);

/* Writes `ast.dump(tree)` for the tree, exactly as CPython 3.11 would, to f.
 * Returns 0, or -1 on allocation failure. */
#include <stdio.h>
int mp_ast_dump(FILE *f, const mp_mod *tree);

#endif
