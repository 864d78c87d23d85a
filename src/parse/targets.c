/* Targets of assignments, del, for, with, walrus and annotations.  The
 * grammar parses them as expressions; here they get their Store or Del
 * context, or CPython 3.11's error message for what cannot be a target
 * (CPython's invalid_assignment, invalid_named_expression, invalid_del_stmt
 * and invalid_for_target rules, with their positions). */
#include <string.h>

#include "parse_internal.h"

const char *mp_expr_name(const mp_expr *e)
{
    switch (e->kind) {
    case MP_EXPR_Attribute: return "attribute";
    case MP_EXPR_Subscript: return "subscript";
    case MP_EXPR_Starred: return "starred";
    case MP_EXPR_Name: return "name";
    case MP_EXPR_List: return "list";
    case MP_EXPR_Tuple: return "tuple";
    case MP_EXPR_Lambda: return "lambda";
    case MP_EXPR_Call: return "function call";
    case MP_EXPR_BoolOp:
    case MP_EXPR_BinOp:
    case MP_EXPR_UnaryOp: return "expression";
    case MP_EXPR_GeneratorExp: return "generator expression";
    case MP_EXPR_Yield:
    case MP_EXPR_YieldFrom: return "yield expression";
    case MP_EXPR_Await: return "await expression";
    case MP_EXPR_ListComp: return "list comprehension";
    case MP_EXPR_SetComp: return "set comprehension";
    case MP_EXPR_DictComp: return "dict comprehension";
    case MP_EXPR_Dict: return "dict literal";
    case MP_EXPR_Set: return "set display";
    case MP_EXPR_JoinedStr:
    case MP_EXPR_FormattedValue: return "f-string expression";
    case MP_EXPR_Constant:
        switch (e->v.Constant.value.kind) {
        case MP_CONST_NONE: return "None";
        case MP_CONST_TRUE: return "True";
        case MP_CONST_FALSE: return "False";
        case MP_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case MP_EXPR_Compare: return "comparison";
    case MP_EXPR_IfExp: return "conditional expression";
    case MP_EXPR_NamedExpr: return "named expression";
    default: return "expression";
    }
}

static void error_at(mp_parser *p, mp_pos at, const char *fmt, const char *what)
{
    mp_parser_error(p, MP_ERR_SYNTAX, at.lineno, at.col_offset, at.end_lineno,
                    at.end_col_offset, fmt, what);
}

/* CPython's _PyPegen_get_invalid_target: the first part of e that cannot
 * be a target, or NULL. */
static const mp_expr *invalid_target(const mp_expr *e, mp_target_kind kind)
{
    if (!e)
        return NULL;
    switch (e->kind) {
    case MP_EXPR_List:
    case MP_EXPR_Tuple: {
        mp_seq *elts = e->kind == MP_EXPR_List ? e->v.List.elts : e->v.Tuple.elts;
        for (int i = 0; i < MP_SEQ_LEN(elts); i++) {
            const mp_expr *bad = invalid_target(MP_SEQ_GET(elts, i), kind);
            if (bad)
                return bad;
        }
        return NULL;
    }
    case MP_EXPR_Starred:
        return kind == MP_TARGET_DEL ? e : invalid_target(e->v.Starred.value, kind);
    case MP_EXPR_Compare:
        /* for a in b: `a in b` can only come from a for target */
        if (kind == MP_TARGET_FOR && e->v.Compare.nops > 0 && e->v.Compare.ops[0] == MP_In)
            return invalid_target(e->v.Compare.left, kind);
        return kind == MP_TARGET_FOR ? NULL : e;
    case MP_EXPR_Name:
    case MP_EXPR_Subscript:
    case MP_EXPR_Attribute:
        return NULL;
    default:
        return e;
    }
}

static void set_ctx(mp_expr *e, mp_expr_context ctx)
{
    if (!e)
        return;
    switch (e->kind) {
    case MP_EXPR_Name: e->v.Name.ctx = ctx; break;
    case MP_EXPR_Attribute: e->v.Attribute.ctx = ctx; break;
    case MP_EXPR_Subscript: e->v.Subscript.ctx = ctx; break;
    case MP_EXPR_Starred:
        e->v.Starred.ctx = ctx;
        set_ctx(e->v.Starred.value, ctx);
        break;
    case MP_EXPR_List:
    case MP_EXPR_Tuple: {
        mp_seq *elts = e->kind == MP_EXPR_List ? e->v.List.elts : e->v.Tuple.elts;
        if (e->kind == MP_EXPR_List)
            e->v.List.ctx = ctx;
        else
            e->v.Tuple.ctx = ctx;
        for (int i = 0; i < MP_SEQ_LEN(elts); i++)
            set_ctx(MP_SEQ_GET(elts, i), ctx);
        break;
    }
    default: break;
    }
}

int mp_target_set(mp_parser *p, mp_expr *e, mp_target_kind kind)
{
    const mp_expr *bad = invalid_target(e, kind);
    if (bad) {
        error_at(p, bad->pos, kind == MP_TARGET_DEL ? "cannot delete %s" : "cannot assign to %s",
                 mp_expr_name(bad));
        return -1;
    }
    set_ctx(e, kind == MP_TARGET_DEL ? MP_Del : MP_Store);
    return 0;
}

/* ---- `a = b` where it is not an assignment ------------------------------ */

/* The leftmost atom of a bitwise-or expression. */
static const mp_expr *leftmost(const mp_expr *e)
{
    while (e) {
        switch (e->kind) {
        case MP_EXPR_BinOp: e = e->v.BinOp.left; break;
        case MP_EXPR_Call: e = e->v.Call.func; break;
        case MP_EXPR_Attribute: e = e->v.Attribute.value; break;
        case MP_EXPR_Subscript: e = e->v.Subscript.value; break;
        default: return e;
        }
    }
    return NULL;
}

/* CPython tries `!(list|tuple|genexp|'True'|'None'|'False') bitwise_or '='`:
 * true when a starts with one of those atoms. */
static int starts_with_excluded(mp_pexpr a)
{
    const mp_expr *l = leftmost(a.e);
    if (!l || l->pos.lineno != a.pos.lineno || l->pos.col_offset != a.pos.col_offset)
        return 0;
    switch (l->kind) {
    case MP_EXPR_List:
    case MP_EXPR_Tuple:
    case MP_EXPR_GeneratorExp:
        return 1;
    case MP_EXPR_Constant: {
        mp_const_kind k = l->v.Constant.value.kind;
        return k == MP_CONST_TRUE || k == MP_CONST_FALSE || k == MP_CONST_NONE;
    }
    default:
        return 0;
    }
}

/* Is e a bitwise-or expression, the kind CPython's rule wants right of
 * the '='?  Parenthesized expressions are atoms, so they are. */
static int is_bitor(mp_pexpr x)
{
    if (!x.e)
        return 0;
    if (mp_pexpr_parenthesized(x))
        return 1;
    switch (x.e->kind) {
    case MP_EXPR_BoolOp:
    case MP_EXPR_NamedExpr:
    case MP_EXPR_Lambda:
    case MP_EXPR_IfExp:
    case MP_EXPR_Compare:
    case MP_EXPR_Starred:
    case MP_EXPR_Yield:
    case MP_EXPR_YieldFrom:
        return 0;
    case MP_EXPR_UnaryOp:
        return x.e->v.UnaryOp.op != MP_Not;
    case MP_EXPR_Tuple:
        /* an unparenthesized tuple: its items are separate */
        return 0;
    default:
        return 1;
    }
}

int mp_target_named_assign_applies(mp_pexpr a)
{
    if (!a.e)
        return 0;
    if (a.e->kind == MP_EXPR_Name && !mp_pexpr_parenthesized(a))
        return 1;
    return is_bitor(a) && !starts_with_excluded(a);
}

int mp_target_named_assign(mp_parser *p, mp_pexpr a, mp_pos b)
{
    if (!mp_target_named_assign_applies(a))
        return 0;
    if (a.e->kind == MP_EXPR_Name && !mp_pexpr_parenthesized(a)) {
        mp_pos r = mp_pos_span(a.e->pos, b);
        mp_parser_error(p, MP_ERR_SYNTAX, r.lineno, r.col_offset, r.end_lineno,
                        r.end_col_offset,
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        return -1;
    }
    error_at(p, a.e->pos, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
             mp_expr_name(a.e));
    return -1;
}

/* The bitwise-or expression a right-hand side starts with, if any. */
static int first_bitor(mp_pexpr x, mp_pexpr *out)
{
    while (x.e && !is_bitor(x)) {
        const mp_expr *e = x.e;
        switch (e->kind) {
        case MP_EXPR_Tuple:
            x = mp_pexpr_of(MP_SEQ_LEN(e->v.Tuple.elts) ? MP_SEQ_GET(e->v.Tuple.elts, 0) : NULL);
            break;
        case MP_EXPR_Compare: x = mp_pexpr_of(e->v.Compare.left); break;
        case MP_EXPR_BoolOp:
            x = mp_pexpr_of(MP_SEQ_LEN(e->v.BoolOp.values) ? MP_SEQ_GET(e->v.BoolOp.values, 0) : NULL);
            break;
        case MP_EXPR_IfExp: x = mp_pexpr_of(e->v.IfExp.body); break;
        default: return 0;
        }
    }
    if (!x.e)
        return 0;
    *out = x;
    return 1;
}

/* ---- assignment statements --------------------------------------------- */

mp_assign mp_assign_add(mp_parser *p, mp_assign a, mp_pexpr target)
{
    if (MP_SEQ_LEN(a.targets) == 0)
        a.first = target;
    else if (MP_SEQ_LEN(a.targets) == 1)
        a.second = target;
    a.targets = mp_seq_append(p->arena, a.targets, target.e);
    return a;
}

/* The first target gets CPython's "Maybe you meant '=='" messages when
 * what follows its '=' is not itself followed by '=' (invalid_assignment
 * tries it as named expressions first). */
static int check_first_target(mp_parser *p, mp_assign *a, mp_pexpr value)
{
    int n = MP_SEQ_LEN(a->targets);
    mp_pexpr rhs = n >= 2 ? a->second : value, b;
    if (!first_bitor(rhs, &b))
        return 0;
    if (n >= 2 && b.e == rhs.e)
        return 0; /* b is followed by the next '=' */
    mp_pexpr t = a->first;
    if (!t.e || !invalid_target(t.e, MP_TARGET_STAR))
        return 0;
    if (t.e->kind == MP_EXPR_Tuple && !mp_pexpr_parenthesized(t)) {
        int k = MP_SEQ_LEN(t.e->v.Tuple.elts);
        if (k == 0)
            return 0;
        t = mp_pexpr_of(MP_SEQ_GET(t.e->v.Tuple.elts, k - 1));
        if (!t.e || t.e->kind == MP_EXPR_Starred)
            return 0;
    }
    return mp_target_named_assign(p, t, b.pos);
}

mp_stmt *mp_ast_assign(mp_parser *p, mp_assign a, mp_pexpr value)
{
    if (check_first_target(p, &a, value) < 0)
        return NULL;
    for (int i = 0; i < MP_SEQ_LEN(a.targets); i++) {
        mp_expr *t = MP_SEQ_GET(a.targets, i);
        if (t && t->kind == MP_EXPR_Yield && (i > 0 || !mp_pexpr_parenthesized(a.first))) {
            error_at(p, t->pos, "assignment to yield expression not possible%s", "");
            return NULL;
        }
        if (mp_target_set(p, t, MP_TARGET_STAR) < 0)
            return NULL;
    }
    mp_stmt *s = mp_ast_stmt_new(p->arena, MP_STMT_Assign, mp_pos_span(a.pos, value.pos));
    if (s) {
        s->v.Assign.targets = a.targets;
        s->v.Assign.value = value.e;
    }
    return s;
}

mp_stmt *mp_ast_augassign(mp_parser *p, mp_pexpr target, mp_operator op, mp_pexpr value)
{
    mp_expr *t = target.e;
    if (t && t->kind != MP_EXPR_Name && t->kind != MP_EXPR_Attribute &&
        t->kind != MP_EXPR_Subscript) {
        error_at(p, t->pos, "'%s' is an illegal expression for augmented assignment",
                 mp_expr_name(t));
        return NULL;
    }
    set_ctx(t, MP_Store);
    mp_stmt *s = mp_ast_stmt_new(p->arena, MP_STMT_AugAssign, mp_pos_span(target.pos, value.pos));
    if (s) {
        s->v.AugAssign.target = t;
        s->v.AugAssign.op = op;
        s->v.AugAssign.value = value.e;
    }
    return s;
}

mp_stmt *mp_ast_annassign(mp_parser *p, mp_pexpr target, mp_expr *annotation,
                          mp_expr *value, mp_pos end)
{
    mp_expr *t = target.e;
    int paren = mp_pexpr_parenthesized(target);
    if (t && (t->kind == MP_EXPR_List || t->kind == MP_EXPR_Tuple)) {
        /* `a, b: int` names its first item; `(a, b): int` the tuple */
        const mp_expr *at = t;
        if (t->kind == MP_EXPR_Tuple && !paren && MP_SEQ_LEN(t->v.Tuple.elts))
            at = MP_SEQ_GET(t->v.Tuple.elts, 0);
        error_at(p, at ? at->pos : t->pos, "only single target (not %s) can be annotated",
                 t->kind == MP_EXPR_List ? "list" : "tuple");
        return NULL;
    }
    if (t && t->kind != MP_EXPR_Name && t->kind != MP_EXPR_Attribute &&
        t->kind != MP_EXPR_Subscript) {
        error_at(p, t->pos, "illegal target for annotation%s", "");
        return NULL;
    }
    set_ctx(t, MP_Store);
    mp_stmt *s = mp_ast_stmt_new(p->arena, MP_STMT_AnnAssign, mp_pos_span(target.pos, end));
    if (s) {
        s->v.AnnAssign.target = t;
        s->v.AnnAssign.annotation = annotation;
        s->v.AnnAssign.value = value;
        s->v.AnnAssign.simple = t && t->kind == MP_EXPR_Name && !paren;
    }
    return s;
}

mp_expr *mp_ast_namedexpr(mp_parser *p, mp_pexpr target, mp_pexpr value)
{
    mp_expr *t = target.e;
    if (t && (t->kind != MP_EXPR_Name || mp_pexpr_parenthesized(target))) {
        error_at(p, t->pos, "cannot use assignment expressions with %s", mp_expr_name(t));
        return NULL;
    }
    set_ctx(t, MP_Store);
    mp_expr *e = mp_ast_expr_new(p->arena, MP_EXPR_NamedExpr, mp_pos_span(target.pos, value.pos));
    if (e) {
        e->v.NamedExpr.target = t;
        e->v.NamedExpr.value = value.e;
    }
    return e;
}

mp_stmt *mp_ast_delete(mp_parser *p, mp_token kw, mp_elist targets)
{
    for (int i = 0; i < MP_SEQ_LEN(targets.items); i++)
        if (mp_target_set(p, MP_SEQ_GET(targets.items, i), MP_TARGET_DEL) < 0)
            return NULL;
    mp_stmt *s = mp_ast_stmt_new(p->arena, MP_STMT_Delete,
                                 mp_pos_span(mp_pos_tok(kw), targets.pos));
    if (s)
        s->v.Delete.targets = targets.items;
    return s;
}
