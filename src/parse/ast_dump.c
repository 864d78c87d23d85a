/* `ast.dump(tree)` of CPython 3.11 (Lib/ast.py), for `minipy --ast`.
 *
 * Each node type is described once, as a table of its fields in the order
 * of Parser/Python.asdl with the offset of each in minipy's structs; one
 * loop walks the tree through those tables.  The walk keeps its own stack
 * on the heap instead of recursing, so a tree of any depth prints (the
 * parser builds 100,000 nested BinOps from `1 + 1 + ... + 1`): where
 * CPython's ast.dump would stop with RecursionError, minipy prints the
 * whole tree.
 *
 * Rules of ast.dump that the tables encode: optional fields (`?` in the
 * ASDL) that are None are left out; all other fields print as name=value,
 * None included; empty lists print as []; type_comment fields are always
 * None in minipy and so never print; enum values print as `Load()`.
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "minipy/ast.h"
#include "minipy/buf.h"
#include "minipy/mem.h"
#include "minipy/pyrepr.h"

/* What a field holds. */
typedef enum {
    F_EXPR,      /* mp_expr *, required */
    F_EXPR_OPT,  /* mp_expr *, left out when NULL */
    F_EXPRS,     /* mp_seq of mp_expr *; a NULL item prints as None */
    F_STMTS,     /* mp_seq of mp_stmt * */
    F_IDENT,     /* const char *, required */
    F_IDENT_OPT, /* const char *, left out when NULL */
    F_IDENTS,    /* mp_seq of const char * */
    F_INT,       /* int */
    F_CTX,       /* mp_expr_context */
    F_BOOLOP,    /* mp_boolop */
    F_OPERATOR,  /* mp_operator */
    F_UNARYOP,   /* mp_unaryop */
    F_CMPOPS,    /* int count at off, mp_cmpop array at off2 */
    F_CONST,     /* mp_const */
    F_ARGUMENTS, /* mp_arguments * */
    F_ARG_OPT,   /* mp_arg *, left out when NULL */
    F_ARGS,      /* mp_seq of mp_arg * */
    F_KEYWORDS,  /* mp_seq of mp_keyword * */
    F_ALIASES,   /* mp_seq of mp_alias * */
    F_WITHITEMS, /* mp_seq of mp_withitem * */
    F_HANDLERS,  /* mp_seq of mp_excepthandler * */
    F_COMPS,     /* mp_seq of mp_comprehension * */
    F_CASES,     /* mp_seq of mp_match_case * */
    F_PATTERN,   /* mp_pattern *, required */
    F_PATTERN_OPT, /* mp_pattern *, left out when NULL */
    F_PATTERNS,  /* mp_seq of mp_pattern * */
    F_NO_IGNORES /* Module.type_ignores: always [] */
} field_type;

typedef struct field {
    const char *name;
    field_type type;
    unsigned short off, off2;
} field;

typedef struct node_desc {
    const char *name;
    const field *fields;
    int nfields;
} node_desc;

/* The kinds of node a child pointer can be. */
typedef enum {
    C_EXPR, C_STMT, C_MOD, C_ARGUMENTS, C_ARG, C_KEYWORD, C_ALIAS, C_WITHITEM,
    C_HANDLER, C_COMP, C_MATCH_CASE, C_PATTERN
} node_cat;

/* ---- the tables ----------------------------------------------------------- */

#define E(kind, fld) offsetof(mp_expr, v.kind.fld)
#define S(kind, fld) offsetof(mp_stmt, v.kind.fld)
#define FIELDS(...) (const field[]){__VA_ARGS__}, sizeof((const field[]){__VA_ARGS__}) / sizeof(field)
#define NOFIELDS NULL, 0

static const node_desc expr_descs[] = {
    [MP_EXPR_BoolOp] = {"BoolOp", FIELDS({"op", F_BOOLOP, E(BoolOp, op), 0},
                                         {"values", F_EXPRS, E(BoolOp, values), 0})},
    [MP_EXPR_NamedExpr] = {"NamedExpr", FIELDS({"target", F_EXPR, E(NamedExpr, target), 0},
                                               {"value", F_EXPR, E(NamedExpr, value), 0})},
    [MP_EXPR_BinOp] = {"BinOp", FIELDS({"left", F_EXPR, E(BinOp, left), 0},
                                       {"op", F_OPERATOR, E(BinOp, op), 0},
                                       {"right", F_EXPR, E(BinOp, right), 0})},
    [MP_EXPR_UnaryOp] = {"UnaryOp", FIELDS({"op", F_UNARYOP, E(UnaryOp, op), 0},
                                           {"operand", F_EXPR, E(UnaryOp, operand), 0})},
    [MP_EXPR_Lambda] = {"Lambda", FIELDS({"args", F_ARGUMENTS, E(Lambda, args), 0},
                                         {"body", F_EXPR, E(Lambda, body), 0})},
    [MP_EXPR_IfExp] = {"IfExp", FIELDS({"test", F_EXPR, E(IfExp, test), 0},
                                       {"body", F_EXPR, E(IfExp, body), 0},
                                       {"orelse", F_EXPR, E(IfExp, orelse), 0})},
    [MP_EXPR_Dict] = {"Dict", FIELDS({"keys", F_EXPRS, E(Dict, keys), 0},
                                     {"values", F_EXPRS, E(Dict, values), 0})},
    [MP_EXPR_Set] = {"Set", FIELDS({"elts", F_EXPRS, E(Set, elts), 0})},
    [MP_EXPR_ListComp] = {"ListComp", FIELDS({"elt", F_EXPR, E(ListComp, elt), 0},
                                             {"generators", F_COMPS, E(ListComp, generators), 0})},
    [MP_EXPR_SetComp] = {"SetComp", FIELDS({"elt", F_EXPR, E(SetComp, elt), 0},
                                           {"generators", F_COMPS, E(SetComp, generators), 0})},
    [MP_EXPR_DictComp] = {"DictComp", FIELDS({"key", F_EXPR, E(DictComp, key), 0},
                                             {"value", F_EXPR, E(DictComp, value), 0},
                                             {"generators", F_COMPS, E(DictComp, generators), 0})},
    [MP_EXPR_GeneratorExp] = {"GeneratorExp",
                              FIELDS({"elt", F_EXPR, E(GeneratorExp, elt), 0},
                                     {"generators", F_COMPS, E(GeneratorExp, generators), 0})},
    [MP_EXPR_Await] = {"Await", FIELDS({"value", F_EXPR, E(Await, value), 0})},
    [MP_EXPR_Yield] = {"Yield", FIELDS({"value", F_EXPR_OPT, E(Yield, value), 0})},
    [MP_EXPR_YieldFrom] = {"YieldFrom", FIELDS({"value", F_EXPR, E(YieldFrom, value), 0})},
    [MP_EXPR_Compare] = {"Compare", FIELDS({"left", F_EXPR, E(Compare, left), 0},
                                           {"ops", F_CMPOPS, E(Compare, nops), E(Compare, ops)},
                                           {"comparators", F_EXPRS, E(Compare, comparators), 0})},
    [MP_EXPR_Call] = {"Call", FIELDS({"func", F_EXPR, E(Call, func), 0},
                                     {"args", F_EXPRS, E(Call, args), 0},
                                     {"keywords", F_KEYWORDS, E(Call, keywords), 0})},
    [MP_EXPR_FormattedValue] = {"FormattedValue",
                                FIELDS({"value", F_EXPR, E(FormattedValue, value), 0},
                                       {"conversion", F_INT, E(FormattedValue, conversion), 0},
                                       {"format_spec", F_EXPR_OPT, E(FormattedValue, format_spec), 0})},
    [MP_EXPR_JoinedStr] = {"JoinedStr", FIELDS({"values", F_EXPRS, E(JoinedStr, values), 0})},
    [MP_EXPR_Constant] = {"Constant", FIELDS({"value", F_CONST, E(Constant, value), 0},
                                             {"kind", F_IDENT_OPT, E(Constant, kind), 0})},
    [MP_EXPR_Attribute] = {"Attribute", FIELDS({"value", F_EXPR, E(Attribute, value), 0},
                                               {"attr", F_IDENT, E(Attribute, attr), 0},
                                               {"ctx", F_CTX, E(Attribute, ctx), 0})},
    [MP_EXPR_Subscript] = {"Subscript", FIELDS({"value", F_EXPR, E(Subscript, value), 0},
                                               {"slice", F_EXPR, E(Subscript, slice), 0},
                                               {"ctx", F_CTX, E(Subscript, ctx), 0})},
    [MP_EXPR_Starred] = {"Starred", FIELDS({"value", F_EXPR, E(Starred, value), 0},
                                           {"ctx", F_CTX, E(Starred, ctx), 0})},
    [MP_EXPR_Name] = {"Name", FIELDS({"id", F_IDENT, E(Name, id), 0},
                                     {"ctx", F_CTX, E(Name, ctx), 0})},
    [MP_EXPR_List] = {"List", FIELDS({"elts", F_EXPRS, E(List, elts), 0},
                                     {"ctx", F_CTX, E(List, ctx), 0})},
    [MP_EXPR_Tuple] = {"Tuple", FIELDS({"elts", F_EXPRS, E(Tuple, elts), 0},
                                       {"ctx", F_CTX, E(Tuple, ctx), 0})},
    [MP_EXPR_Slice] = {"Slice", FIELDS({"lower", F_EXPR_OPT, E(Slice, lower), 0},
                                       {"upper", F_EXPR_OPT, E(Slice, upper), 0},
                                       {"step", F_EXPR_OPT, E(Slice, step), 0})},
};

/* FunctionDef and AsyncFunctionDef share their layout, as do For and
 * AsyncFor, With and AsyncWith, Try and TryStar. */
#define FUNCTIONDEF_FIELDS                                                      \
    FIELDS({"name", F_IDENT, S(FunctionDef, name), 0},                          \
           {"args", F_ARGUMENTS, S(FunctionDef, args), 0},                      \
           {"body", F_STMTS, S(FunctionDef, body), 0},                          \
           {"decorator_list", F_EXPRS, S(FunctionDef, decorator_list), 0},      \
           {"returns", F_EXPR_OPT, S(FunctionDef, returns), 0})
#define FOR_FIELDS                                                              \
    FIELDS({"target", F_EXPR, S(For, target), 0}, {"iter", F_EXPR, S(For, iter), 0}, \
           {"body", F_STMTS, S(For, body), 0}, {"orelse", F_STMTS, S(For, orelse), 0})
#define WITH_FIELDS                                                             \
    FIELDS({"items", F_WITHITEMS, S(With, items), 0}, {"body", F_STMTS, S(With, body), 0})
#define TRY_FIELDS                                                              \
    FIELDS({"body", F_STMTS, S(Try, body), 0},                                  \
           {"handlers", F_HANDLERS, S(Try, handlers), 0},                       \
           {"orelse", F_STMTS, S(Try, orelse), 0},                              \
           {"finalbody", F_STMTS, S(Try, finalbody), 0})

static const node_desc stmt_descs[] = {
    [MP_STMT_FunctionDef] = {"FunctionDef", FUNCTIONDEF_FIELDS},
    [MP_STMT_AsyncFunctionDef] = {"AsyncFunctionDef", FUNCTIONDEF_FIELDS},
    [MP_STMT_ClassDef] = {"ClassDef", FIELDS({"name", F_IDENT, S(ClassDef, name), 0},
                                             {"bases", F_EXPRS, S(ClassDef, bases), 0},
                                             {"keywords", F_KEYWORDS, S(ClassDef, keywords), 0},
                                             {"body", F_STMTS, S(ClassDef, body), 0},
                                             {"decorator_list", F_EXPRS,
                                              S(ClassDef, decorator_list), 0})},
    [MP_STMT_Return] = {"Return", FIELDS({"value", F_EXPR_OPT, S(Return, value), 0})},
    [MP_STMT_Delete] = {"Delete", FIELDS({"targets", F_EXPRS, S(Delete, targets), 0})},
    [MP_STMT_Assign] = {"Assign", FIELDS({"targets", F_EXPRS, S(Assign, targets), 0},
                                         {"value", F_EXPR, S(Assign, value), 0})},
    [MP_STMT_AugAssign] = {"AugAssign", FIELDS({"target", F_EXPR, S(AugAssign, target), 0},
                                               {"op", F_OPERATOR, S(AugAssign, op), 0},
                                               {"value", F_EXPR, S(AugAssign, value), 0})},
    [MP_STMT_AnnAssign] = {"AnnAssign",
                           FIELDS({"target", F_EXPR, S(AnnAssign, target), 0},
                                  {"annotation", F_EXPR, S(AnnAssign, annotation), 0},
                                  {"value", F_EXPR_OPT, S(AnnAssign, value), 0},
                                  {"simple", F_INT, S(AnnAssign, simple), 0})},
    [MP_STMT_For] = {"For", FOR_FIELDS},
    [MP_STMT_AsyncFor] = {"AsyncFor", FOR_FIELDS},
    [MP_STMT_While] = {"While", FIELDS({"test", F_EXPR, S(While, test), 0},
                                       {"body", F_STMTS, S(While, body), 0},
                                       {"orelse", F_STMTS, S(While, orelse), 0})},
    [MP_STMT_If] = {"If", FIELDS({"test", F_EXPR, S(If, test), 0},
                                 {"body", F_STMTS, S(If, body), 0},
                                 {"orelse", F_STMTS, S(If, orelse), 0})},
    [MP_STMT_With] = {"With", WITH_FIELDS},
    [MP_STMT_AsyncWith] = {"AsyncWith", WITH_FIELDS},
    [MP_STMT_Match] = {"Match", FIELDS({"subject", F_EXPR, S(Match, subject), 0},
                                       {"cases", F_CASES, S(Match, cases), 0})},
    [MP_STMT_Raise] = {"Raise", FIELDS({"exc", F_EXPR_OPT, S(Raise, exc), 0},
                                       {"cause", F_EXPR_OPT, S(Raise, cause), 0})},
    [MP_STMT_Try] = {"Try", TRY_FIELDS},
    [MP_STMT_TryStar] = {"TryStar", TRY_FIELDS},
    [MP_STMT_Assert] = {"Assert", FIELDS({"test", F_EXPR, S(Assert, test), 0},
                                         {"msg", F_EXPR_OPT, S(Assert, msg), 0})},
    [MP_STMT_Import] = {"Import", FIELDS({"names", F_ALIASES, S(Import, names), 0})},
    /* level is `int?` in the ASDL, but never None from the parser */
    [MP_STMT_ImportFrom] = {"ImportFrom",
                            FIELDS({"module", F_IDENT_OPT, S(ImportFrom, module), 0},
                                   {"names", F_ALIASES, S(ImportFrom, names), 0},
                                   {"level", F_INT, S(ImportFrom, level), 0})},
    [MP_STMT_Global] = {"Global", FIELDS({"names", F_IDENTS, S(Global, names), 0})},
    [MP_STMT_Nonlocal] = {"Nonlocal", FIELDS({"names", F_IDENTS, S(Nonlocal, names), 0})},
    [MP_STMT_Expr] = {"Expr", FIELDS({"value", F_EXPR, S(Expr, value), 0})},
    [MP_STMT_Pass] = {"Pass", NOFIELDS},
    [MP_STMT_Break] = {"Break", NOFIELDS},
    [MP_STMT_Continue] = {"Continue", NOFIELDS},
};

static const node_desc mod_descs[] = {
    [MP_MOD_Module] = {"Module", FIELDS({"body", F_STMTS, offsetof(mp_mod, body), 0},
                                        {"type_ignores", F_NO_IGNORES, 0, 0})},
    [MP_MOD_Interactive] = {"Interactive", FIELDS({"body", F_STMTS, offsetof(mp_mod, body), 0})},
    [MP_MOD_Expression] = {"Expression",
                           FIELDS({"body", F_EXPR, offsetof(mp_mod, expr_body), 0})},
};

#define P(kind, fld) offsetof(mp_pattern, v.kind.fld)

static const node_desc pattern_descs[] = {
    [MP_PAT_MatchValue] = {"MatchValue", FIELDS({"value", F_EXPR, P(MatchValue, value), 0})},
    [MP_PAT_MatchSingleton] = {"MatchSingleton",
                               FIELDS({"value", F_CONST, P(MatchSingleton, value), 0})},
    [MP_PAT_MatchSequence] = {"MatchSequence",
                              FIELDS({"patterns", F_PATTERNS, P(MatchSequence, patterns), 0})},
    [MP_PAT_MatchMapping] = {"MatchMapping",
                             FIELDS({"keys", F_EXPRS, P(MatchMapping, keys), 0},
                                    {"patterns", F_PATTERNS, P(MatchMapping, patterns), 0},
                                    {"rest", F_IDENT_OPT, P(MatchMapping, rest), 0})},
    [MP_PAT_MatchClass] = {"MatchClass",
                           FIELDS({"cls", F_EXPR, P(MatchClass, cls), 0},
                                  {"patterns", F_PATTERNS, P(MatchClass, patterns), 0},
                                  {"kwd_attrs", F_IDENTS, P(MatchClass, kwd_attrs), 0},
                                  {"kwd_patterns", F_PATTERNS, P(MatchClass, kwd_patterns), 0})},
    [MP_PAT_MatchStar] = {"MatchStar", FIELDS({"name", F_IDENT_OPT, P(MatchStar, name), 0})},
    [MP_PAT_MatchAs] = {"MatchAs", FIELDS({"pattern", F_PATTERN_OPT, P(MatchAs, pattern), 0},
                                          {"name", F_IDENT_OPT, P(MatchAs, name), 0})},
    [MP_PAT_MatchOr] = {"MatchOr", FIELDS({"patterns", F_PATTERNS, P(MatchOr, patterns), 0})},
};

#define OFF(type, fld) offsetof(type, fld)

static const node_desc arguments_desc = {
    "arguments",
    FIELDS({"posonlyargs", F_ARGS, OFF(mp_arguments, posonlyargs), 0},
           {"args", F_ARGS, OFF(mp_arguments, args), 0},
           {"vararg", F_ARG_OPT, OFF(mp_arguments, vararg), 0},
           {"kwonlyargs", F_ARGS, OFF(mp_arguments, kwonlyargs), 0},
           {"kw_defaults", F_EXPRS, OFF(mp_arguments, kw_defaults), 0},
           {"kwarg", F_ARG_OPT, OFF(mp_arguments, kwarg), 0},
           {"defaults", F_EXPRS, OFF(mp_arguments, defaults), 0})};
static const node_desc arg_desc = {
    "arg", FIELDS({"arg", F_IDENT, OFF(mp_arg, arg), 0},
                  {"annotation", F_EXPR_OPT, OFF(mp_arg, annotation), 0})};
static const node_desc keyword_desc = {
    "keyword", FIELDS({"arg", F_IDENT_OPT, OFF(mp_keyword, arg), 0},
                      {"value", F_EXPR, OFF(mp_keyword, value), 0})};
static const node_desc alias_desc = {
    "alias", FIELDS({"name", F_IDENT, OFF(mp_alias, name), 0},
                    {"asname", F_IDENT_OPT, OFF(mp_alias, asname), 0})};
static const node_desc withitem_desc = {
    "withitem", FIELDS({"context_expr", F_EXPR, OFF(mp_withitem, context_expr), 0},
                       {"optional_vars", F_EXPR_OPT, OFF(mp_withitem, optional_vars), 0})};
static const node_desc handler_desc = {
    "ExceptHandler", FIELDS({"type", F_EXPR_OPT, OFF(mp_excepthandler, type), 0},
                            {"name", F_IDENT_OPT, OFF(mp_excepthandler, name), 0},
                            {"body", F_STMTS, OFF(mp_excepthandler, body), 0})};
static const node_desc comp_desc = {
    "comprehension", FIELDS({"target", F_EXPR, OFF(mp_comprehension, target), 0},
                            {"iter", F_EXPR, OFF(mp_comprehension, iter), 0},
                            {"ifs", F_EXPRS, OFF(mp_comprehension, ifs), 0},
                            {"is_async", F_INT, OFF(mp_comprehension, is_async), 0})};

static const node_desc match_case_desc = {
    "match_case", FIELDS({"pattern", F_PATTERN, OFF(mp_match_case, pattern), 0},
                         {"guard", F_EXPR_OPT, OFF(mp_match_case, guard), 0},
                         {"body", F_STMTS, OFF(mp_match_case, body), 0})};

static const node_desc *describe(node_cat cat, const void *node)
{
    switch (cat) {
    case C_EXPR: return &expr_descs[((const mp_expr *)node)->kind];
    case C_STMT: return &stmt_descs[((const mp_stmt *)node)->kind];
    case C_MOD: return &mod_descs[((const mp_mod *)node)->kind];
    case C_ARGUMENTS: return &arguments_desc;
    case C_ARG: return &arg_desc;
    case C_KEYWORD: return &keyword_desc;
    case C_ALIAS: return &alias_desc;
    case C_WITHITEM: return &withitem_desc;
    case C_HANDLER: return &handler_desc;
    case C_COMP: return &comp_desc;
    case C_MATCH_CASE: return &match_case_desc;
    case C_PATTERN: return &pattern_descs[((const mp_pattern *)node)->kind];
    }
    return NULL;
}

/* The kind of node held by a child or list field. */
static node_cat child_cat(field_type t)
{
    switch (t) {
    case F_STMTS: return C_STMT;
    case F_ARGUMENTS: return C_ARGUMENTS;
    case F_ARG_OPT: case F_ARGS: return C_ARG;
    case F_KEYWORDS: return C_KEYWORD;
    case F_ALIASES: return C_ALIAS;
    case F_WITHITEMS: return C_WITHITEM;
    case F_HANDLERS: return C_HANDLER;
    case F_COMPS: return C_COMP;
    case F_CASES: return C_MATCH_CASE;
    case F_PATTERN: case F_PATTERN_OPT: case F_PATTERNS: return C_PATTERN;
    default: return C_EXPR;
    }
}

static int is_list(field_type t)
{
    return t == F_EXPRS || t == F_STMTS || t == F_ARGS || t == F_KEYWORDS ||
           t == F_ALIASES || t == F_WITHITEMS || t == F_HANDLERS || t == F_COMPS ||
           t == F_CASES || t == F_PATTERNS;
}

static int is_child(field_type t)
{
    return t == F_EXPR || t == F_EXPR_OPT || t == F_ARGUMENTS || t == F_ARG_OPT ||
           t == F_PATTERN || t == F_PATTERN_OPT;
}

/* ---- values ---------------------------------------------------------------- */

#define AT(node, off, type) (*(const type *)((const char *)(node) + (off)))

static void put_const(mp_buf *b, const mp_const *c)
{
    switch (c->kind) {
    case MP_CONST_NONE: mp_buf_puts(b, "None"); break;
    case MP_CONST_TRUE: mp_buf_puts(b, "True"); break;
    case MP_CONST_FALSE: mp_buf_puts(b, "False"); break;
    case MP_CONST_ELLIPSIS: mp_buf_puts(b, "Ellipsis"); break;
    case MP_CONST_INT:
        if (mp_repr_int_text(b, c->text, c->len, c->base) < 0)
            mp_buf_append(b, c->text, c->len);
        break;
    case MP_CONST_FLOAT: mp_repr_double(b, c->f); break;
    case MP_CONST_COMPLEX: mp_repr_complex(b, 0.0, c->f); break;
    case MP_CONST_STR: mp_repr_str(b, c->text, c->len); break;
    case MP_CONST_BYTES: mp_repr_bytes(b, c->text, c->len); break;
    }
}

static void put_ident(mp_buf *b, const char *s)
{
    if (s)
        mp_repr_str(b, s, strlen(s));
    else
        mp_buf_puts(b, "None");
}

static void put_enum(mp_buf *b, const char *name)
{
    mp_buf_puts(b, name);
    mp_buf_puts(b, "()");
}

/* Prints a field that holds no child node. */
static void put_scalar(mp_buf *b, const void *node, const field *f)
{
    switch (f->type) {
    case F_IDENT:
    case F_IDENT_OPT: put_ident(b, AT(node, f->off, const char *)); break;
    case F_INT: mp_buf_printf(b, "%d", AT(node, f->off, int)); break;
    case F_CTX: put_enum(b, mp_expr_context_names[AT(node, f->off, mp_expr_context)]); break;
    case F_BOOLOP: put_enum(b, mp_boolop_names[AT(node, f->off, mp_boolop)]); break;
    case F_OPERATOR: put_enum(b, mp_operator_names[AT(node, f->off, mp_operator)]); break;
    case F_UNARYOP: put_enum(b, mp_unaryop_names[AT(node, f->off, mp_unaryop)]); break;
    case F_CONST: put_const(b, &AT(node, f->off, mp_const)); break;
    case F_NO_IGNORES: mp_buf_puts(b, "[]"); break;
    case F_CMPOPS: {
        int n = AT(node, f->off, int);
        const mp_cmpop *ops = AT(node, f->off2, const mp_cmpop *);
        mp_buf_putc(b, '[');
        for (int i = 0; i < n; i++) {
            if (i)
                mp_buf_puts(b, ", ");
            put_enum(b, mp_cmpop_names[ops[i]]);
        }
        mp_buf_putc(b, ']');
        break;
    }
    case F_IDENTS: {
        const mp_seq *s = AT(node, f->off, const mp_seq *);
        mp_buf_putc(b, '[');
        for (int i = 0; i < MP_SEQ_LEN(s); i++) {
            if (i)
                mp_buf_puts(b, ", ");
            put_ident(b, MP_SEQ_GET(s, i));
        }
        mp_buf_putc(b, ']');
        break;
    }
    default: break;
    }
}

/* ---- the walk -------------------------------------------------------------- */

/* A node being printed: the next field to print and, inside a list
 * field, the next item. */
typedef struct frame {
    const void *node;
    const node_desc *desc;
    int field;
    int item; /* -1 when not inside a list */
    int printed;
} frame;

typedef struct walk {
    frame *stack;
    int depth, cap;
    mp_buf out;
    FILE *f;
} walk;

static int push(walk *w, node_cat cat, const void *node)
{
    if (w->depth == w->cap) {
        int cap = w->cap ? w->cap * 2 : 64;
        frame *s = mp_realloc(w->stack, (size_t)cap * sizeof(frame));
        if (!s)
            return -1;
        w->stack = s;
        w->cap = cap;
    }
    const node_desc *d = describe(cat, node);
    w->stack[w->depth++] = (frame){node, d, 0, -1, 0};
    mp_buf_puts(&w->out, d->name);
    mp_buf_putc(&w->out, '(');
    return 0;
}

/* Writes out what has been printed when it grows large. */
static void flush(walk *w, size_t limit)
{
    if (w->out.len > 0 && w->out.len >= limit && !w->out.failed) {
        fwrite(w->out.data, 1, w->out.len, w->f);
        w->out.len = 0;
        w->out.data[0] = '\0';
    }
}

/* One step of the walk on the top frame: print one field, or one list
 * item, or close the node.  Returns -1 when memory runs out. */
static int step(walk *w)
{
    frame *fr = &w->stack[w->depth - 1];
    mp_buf *b = &w->out;
    if (fr->field == fr->desc->nfields) {
        mp_buf_putc(b, ')');
        w->depth--;
        return 0;
    }
    const field *f = &fr->desc->fields[fr->field];
    if (fr->item >= 0) {
        const mp_seq *s = AT(fr->node, f->off, const mp_seq *);
        if (fr->item == MP_SEQ_LEN(s)) {
            mp_buf_putc(b, ']');
            fr->item = -1;
            fr->field++;
            return 0;
        }
        if (fr->item > 0)
            mp_buf_puts(b, ", ");
        const void *child = MP_SEQ_GET(s, fr->item++);
        if (!child) {
            mp_buf_puts(b, "None");
            return 0;
        }
        return push(w, child_cat(f->type), child);
    }
    if ((f->type == F_EXPR_OPT || f->type == F_ARG_OPT || f->type == F_IDENT_OPT ||
         f->type == F_PATTERN_OPT) &&
        !AT(fr->node, f->off, const void *)) {
        fr->field++;
        return 0;
    }
    if (fr->printed++)
        mp_buf_puts(b, ", ");
    mp_buf_puts(b, f->name);
    mp_buf_putc(b, '=');
    if (is_list(f->type)) {
        if (MP_SEQ_LEN(AT(fr->node, f->off, const mp_seq *)) == 0) {
            mp_buf_puts(b, "[]");
            fr->field++;
        } else {
            mp_buf_putc(b, '[');
            fr->item = 0;
        }
        return 0;
    }
    fr->field++;
    if (is_child(f->type)) {
        const void *child = AT(fr->node, f->off, const void *);
        if (!child) {
            /* a required child missing: the parser never leaves one out */
            mp_buf_puts(b, "None");
            return 0;
        }
        return push(w, child_cat(f->type), child);
    }
    put_scalar(b, fr->node, f);
    return 0;
}

int mp_ast_dump(FILE *f, const mp_mod *tree)
{
    walk w = {NULL, 0, 0, MP_BUF_INIT, f};
    int rc = push(&w, C_MOD, tree);
    while (rc == 0 && w.depth > 0 && !w.out.failed) {
        rc = step(&w);
        flush(&w, 1 << 16);
    }
    if (rc == 0 && !w.out.failed)
        flush(&w, 0);
    if (w.out.failed)
        rc = -1;
    mp_free(w.stack);
    mp_buf_free(&w.out);
    return rc;
}
