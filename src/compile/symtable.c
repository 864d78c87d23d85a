/* The symbol table, first pass: one walk over the tree that opens a scope
 * for the module, each class, function, lambda and comprehension, and
 * records how each name occurs in it (CPython 3.11's symtable.c rules;
 * symtable_analyze.c then decides the scopes).
 *
 * Every visit returns 1, or 0 with st->status set (and st->err filled for
 * a SyntaxError). */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "compile_internal.h"
#include "minipy/mem.h"
#include "minipy/symtable.h"

#define GLOBAL_PARAM "name '%s' is parameter and global"
#define NONLOCAL_PARAM "name '%s' is parameter and nonlocal"
#define GLOBAL_AFTER_ASSIGN "name '%s' is assigned to before global declaration"
#define NONLOCAL_AFTER_ASSIGN "name '%s' is assigned to before nonlocal declaration"
#define GLOBAL_AFTER_USE "name '%s' is used prior to global declaration"
#define NONLOCAL_AFTER_USE "name '%s' is used prior to nonlocal declaration"
#define GLOBAL_ANNOT "annotated name '%s' can't be global"
#define NONLOCAL_ANNOT "annotated name '%s' can't be nonlocal"
#define IMPORT_STAR_WARNING "import * only allowed at module level"
#define NAMED_EXPR_COMP_IN_CLASS \
    "assignment expression within a comprehension cannot be used in a class body"
#define NAMED_EXPR_COMP_CONFLICT \
    "assignment expression cannot rebind comprehension iteration variable '%s'"
#define NAMED_EXPR_COMP_INNER_LOOP_CONFLICT \
    "comprehension inner loop cannot rebind assignment expression target '%s'"
#define NAMED_EXPR_COMP_ITER_EXPR \
    "assignment expression cannot be used in a comprehension iterable expression"
#define ANNOTATION_NOT_ALLOWED "'%s' can not be used within an annotation"
#define DUPLICATE_ARGUMENT "duplicate argument '%s' in function definition"

/* ---- errors ------------------------------------------------------------- */

static int nomem(mp_symtable *st)
{
    st->status = MP_ST_MEMORY;
    return 0;
}

/* Records a SyntaxError at pos (CPython's PyErr_RangedSyntaxLocationObject);
 * returns 0. */
static int error_at(mp_symtable *st, mp_pos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    mp_compile_verror(st->err, st->filename, pos, fmt, ap);
    va_end(ap);
    st->status = MP_ST_SYNTAX;
    return 0;
}

/* ---- entries ------------------------------------------------------------ */

static int grow(void **items, int *cap, int n, size_t size)
{
    if (n < *cap)
        return 0;
    int ncap = *cap ? *cap * 2 : 8;
    void *p = mp_realloc(*items, (size_t)ncap * size);
    if (!p)
        return -1;
    *items = p;
    *cap = ncap;
    return 0;
}

static void ste_free(mp_ste *ste)
{
    mp_strmap_clear(&ste->symbols);
    mp_free(ste->varnames);
    mp_free(ste->children);
    mp_free(ste->directives);
}

static uint32_t ptr_hash(const void *p)
{
    uintptr_t v = (uintptr_t)p;
    v ^= v >> 17;
    v *= 0x9E3779B1u;
    return (uint32_t)(v ^ (v >> 15));
}

/* Indexes all[i] by its key (open addressing over st->keys, which holds
 * entry numbers + 1 cast to pointers). */
static int index_entry(mp_symtable *st)
{
    if (st->nall * 2 > st->nkeys) {
        int n = st->nkeys ? st->nkeys * 2 : 16;
        const void **keys = mp_calloc((size_t)n, sizeof *keys);
        if (!keys)
            return -1;
        mp_free(st->keys);
        st->keys = keys;
        st->nkeys = n;
        for (int i = 0; i < st->nall - 1; i++) {
            size_t j = ptr_hash(st->all[i]->key) & (size_t)(n - 1);
            while (keys[j])
                j = (j + 1) & (size_t)(n - 1);
            keys[j] = (const void *)(uintptr_t)(i + 1);
        }
    }
    size_t mask = (size_t)st->nkeys - 1;
    size_t j = ptr_hash(st->all[st->nall - 1]->key) & mask;
    while (st->keys[j])
        j = (j + 1) & mask;
    st->keys[j] = (const void *)(uintptr_t)st->nall;
    return 0;
}

mp_ste *mp_symtable_lookup(const mp_symtable *st, const void *key)
{
    if (!st->nkeys)
        return NULL;
    size_t mask = (size_t)st->nkeys - 1;
    for (size_t j = ptr_hash(key) & mask; st->keys[j]; j = (j + 1) & mask) {
        mp_ste *ste = st->all[(uintptr_t)st->keys[j] - 1];
        if (ste->key == key)
            return ste;
    }
    return NULL;
}

static int enter_block(mp_symtable *st, const char *name, mp_block_type type,
                       const void *key, mp_pos pos)
{
    mp_ste *ste = mp_arena_alloc(st->arena, sizeof *ste);
    if (!ste)
        return nomem(st);
    ste->name = name;
    ste->type = type;
    ste->key = key;
    ste->pos = pos;
    if (st->cur && (st->cur->nested || st->cur->type == MP_BLOCK_FUNCTION))
        ste->nested = 1;
    if (grow((void **)&st->all, &st->capall, st->nall, sizeof(mp_ste *)) < 0)
        return nomem(st);
    st->all[st->nall++] = ste;
    if (index_entry(st) < 0)
        return nomem(st);
    if (grow((void **)&st->stack, &st->capstack, st->nstack, sizeof(mp_ste *)) < 0)
        return nomem(st);
    st->stack[st->nstack++] = ste;
    mp_ste *prev = st->cur;
    st->cur = ste;
    if (prev) {
        if (grow((void **)&prev->children, &prev->capchildren, prev->nchildren,
                 sizeof(mp_ste *)) < 0)
            return nomem(st);
        prev->children[prev->nchildren++] = ste;
    }
    return 1;
}

static int exit_block(mp_symtable *st)
{
    st->nstack--;
    st->cur = st->nstack ? st->stack[st->nstack - 1] : NULL;
    return 1;
}

/* ---- names -------------------------------------------------------------- */

const char *mp_mangle(mp_arena *arena, const char *private_, const char *name)
{
    if (!private_ || name[0] != '_' || name[1] != '_')
        return name;
    size_t nlen = strlen(name);
    if ((name[nlen - 1] == '_' && name[nlen - 2] == '_') || strchr(name, '.'))
        return name;
    while (*private_ == '_')
        private_++;
    if (!*private_)
        return name;
    size_t plen = strlen(private_);
    char *m = mp_arena_alloc(arena, 1 + plen + nlen + 1);
    if (!m)
        return NULL;
    m[0] = '_';
    memcpy(m + 1, private_, plen);
    memcpy(m + 1 + plen, name, nlen + 1);
    return m;
}

int mp_ste_flags(const mp_ste *ste, const char *name)
{
    return mp_strmap_get(&ste->symbols, name, 0);
}

int mp_ste_scope(const mp_ste *ste, const char *name)
{
    return (mp_ste_flags(ste, name) >> MP_SCOPE_OFFSET) & MP_SCOPE_MASK;
}

/* The flags of name (mangled as in the current class) in the current
 * scope; -1 when memory runs out. */
static int lookup(mp_symtable *st, const char *name)
{
    const char *mangled = mp_mangle(st->arena, st->private_, name);
    if (!mangled)
        return nomem(st), -1;
    return mp_ste_flags(st->cur, mangled);
}

static int add_def_in(mp_symtable *st, const char *name, int flag, mp_ste *ste, mp_pos pos)
{
    const char *mangled = mp_mangle(st->arena, st->private_, name);
    if (!mangled)
        return nomem(st);
    int added;
    mp_strmap_entry *e = mp_strmap_add(&ste->symbols, mangled, 0, &added);
    if (!e)
        return nomem(st);
    int val = e->value;
    if ((flag & MP_DEF_PARAM) && (val & MP_DEF_PARAM))
        return error_at(st, pos, DUPLICATE_ARGUMENT, name);
    val |= flag;
    if (ste->comp_iter_target) {
        /* An iteration variable of a comprehension: it may not also be the
         * target of a named expression, which made it global/nonlocal. */
        if (val & (MP_DEF_GLOBAL | MP_DEF_NONLOCAL))
            return error_at(st, pos, NAMED_EXPR_COMP_INNER_LOOP_CONFLICT, name);
        val |= MP_DEF_COMP_ITER;
    }
    e->value = val;
    if (flag & MP_DEF_PARAM) {
        if (grow((void **)&ste->varnames, &ste->capvarnames, ste->nvarnames,
                 sizeof(char *)) < 0)
            return nomem(st);
        ste->varnames[ste->nvarnames++] = mangled;
    } else if (flag & MP_DEF_GLOBAL) {
        /* The module learns of the global too. */
        mp_strmap_entry *g = mp_strmap_add(&st->top->symbols, mangled, 0, &added);
        if (!g)
            return nomem(st);
        g->value |= flag;
    }
    return 1;
}

static int add_def(mp_symtable *st, const char *name, int flag, mp_pos pos)
{
    return add_def_in(st, name, flag, st->cur, pos);
}

static int record_directive(mp_symtable *st, const char *name, mp_pos pos)
{
    mp_ste *ste = st->cur;
    const char *mangled = mp_mangle(st->arena, st->private_, name);
    if (!mangled ||
        grow((void **)&ste->directives, &ste->capdirectives, ste->ndirectives,
             sizeof(mp_st_directive)) < 0)
        return nomem(st);
    ste->directives[ste->ndirectives].name = mangled;
    ste->directives[ste->ndirectives].pos = pos;
    ste->ndirectives++;
    return 1;
}

/* ---- the walk ----------------------------------------------------------- */

static int visit_stmt(mp_symtable *st, const mp_stmt *s);
static int visit_expr(mp_symtable *st, const mp_expr *e);

static int visit_stmts(mp_symtable *st, const mp_seq *seq)
{
    for (int i = 0; i < MP_SEQ_LEN(seq); i++)
        if (!visit_stmt(st, MP_SEQ_GET(seq, i)))
            return 0;
    return 1;
}

/* Expressions of a sequence; NULL items (a dict's ** keys, keyword-only
 * parameters without defaults) are skipped. */
static int visit_exprs(mp_symtable *st, const mp_seq *seq)
{
    for (int i = 0; i < MP_SEQ_LEN(seq); i++) {
        const mp_expr *e = MP_SEQ_GET(seq, i);
        if (e && !visit_expr(st, e))
            return 0;
    }
    return 1;
}

static int enter_recursion(mp_symtable *st)
{
    if (++st->recursion_depth > st->recursion_limit) {
        st->status = MP_ST_RECURSION;
        return 0;
    }
    return 1;
}

static int visit_params(mp_symtable *st, const mp_seq *args)
{
    for (int i = 0; i < MP_SEQ_LEN(args); i++) {
        const mp_arg *a = MP_SEQ_GET(args, i);
        if (!add_def(st, a->arg, MP_DEF_PARAM, a->pos))
            return 0;
    }
    return 1;
}

static int visit_arguments(mp_symtable *st, const mp_arguments *a)
{
    if (!visit_params(st, a->posonlyargs) || !visit_params(st, a->args) ||
        !visit_params(st, a->kwonlyargs))
        return 0;
    if (a->vararg) {
        if (!add_def(st, a->vararg->arg, MP_DEF_PARAM, a->vararg->pos))
            return 0;
        st->cur->varargs = 1;
    }
    if (a->kwarg) {
        if (!add_def(st, a->kwarg->arg, MP_DEF_PARAM, a->kwarg->pos))
            return 0;
        st->cur->varkeywords = 1;
    }
    return 1;
}

/* With `from __future__ import annotations` an annotation is kept as a
 * string; its names are then looked up in a scope of its own. */
static int visit_annotation(mp_symtable *st, const mp_expr *ann, const void *key)
{
    if (st->future_annotations &&
        !enter_block(st, "_annotation", MP_BLOCK_ANNOTATION, key, ann->pos))
        return 0;
    if (!visit_expr(st, ann))
        return 0;
    return !st->future_annotations || exit_block(st);
}

static int visit_argannotations(mp_symtable *st, const mp_seq *args)
{
    for (int i = 0; i < MP_SEQ_LEN(args); i++) {
        const mp_arg *a = MP_SEQ_GET(args, i);
        if (a->annotation && !visit_expr(st, a->annotation))
            return 0;
    }
    return 1;
}

static int visit_annotations(mp_symtable *st, const mp_stmt *s, const mp_arguments *a,
                             const mp_expr *returns)
{
    if (st->future_annotations &&
        !enter_block(st, "_annotation", MP_BLOCK_ANNOTATION, a, s->pos))
        return 0;
    if (!visit_argannotations(st, a->posonlyargs) || !visit_argannotations(st, a->args))
        return 0;
    if (a->vararg && a->vararg->annotation && !visit_expr(st, a->vararg->annotation))
        return 0;
    if (a->kwarg && a->kwarg->annotation && !visit_expr(st, a->kwarg->annotation))
        return 0;
    if (!visit_argannotations(st, a->kwonlyargs))
        return 0;
    if (st->future_annotations)
        exit_block(st);
    return !returns || visit_annotation(st, returns, returns);
}

static int visit_function(mp_symtable *st, const mp_stmt *s, int is_async)
{
    const mp_arguments *a = s->v.FunctionDef.args;
    if (!add_def(st, s->v.FunctionDef.name, MP_DEF_LOCAL, s->pos) ||
        !visit_exprs(st, a->defaults) || !visit_exprs(st, a->kw_defaults) ||
        !visit_annotations(st, s, a, s->v.FunctionDef.returns) ||
        !visit_exprs(st, s->v.FunctionDef.decorator_list) ||
        !enter_block(st, s->v.FunctionDef.name, MP_BLOCK_FUNCTION, s, s->pos))
        return 0;
    if (is_async)
        st->cur->coroutine = 1;
    if (!visit_arguments(st, a) || !visit_stmts(st, s->v.FunctionDef.body))
        return 0;
    return exit_block(st);
}

static int visit_class(mp_symtable *st, const mp_stmt *s)
{
    if (!add_def(st, s->v.ClassDef.name, MP_DEF_LOCAL, s->pos) ||
        !visit_exprs(st, s->v.ClassDef.bases))
        return 0;
    for (int i = 0; i < MP_SEQ_LEN(s->v.ClassDef.keywords); i++) {
        const mp_keyword *k = MP_SEQ_GET(s->v.ClassDef.keywords, i);
        if (!visit_expr(st, k->value))
            return 0;
    }
    if (!visit_exprs(st, s->v.ClassDef.decorator_list) ||
        !enter_block(st, s->v.ClassDef.name, MP_BLOCK_CLASS, s, s->pos))
        return 0;
    const char *saved = st->private_;
    st->private_ = s->v.ClassDef.name;
    int ok = visit_stmts(st, s->v.ClassDef.body);
    st->private_ = saved;
    return ok && exit_block(st);
}

static int visit_annassign(mp_symtable *st, const mp_stmt *s)
{
    const mp_expr *target = s->v.AnnAssign.target;
    if (target->kind == MP_EXPR_Name) {
        int cur = lookup(st, target->v.Name.id);
        if (cur < 0)
            return 0;
        if ((cur & (MP_DEF_GLOBAL | MP_DEF_NONLOCAL)) && st->cur != st->top &&
            s->v.AnnAssign.simple)
            return error_at(st, s->pos, cur & MP_DEF_GLOBAL ? GLOBAL_ANNOT : NONLOCAL_ANNOT,
                            target->v.Name.id);
        if (s->v.AnnAssign.simple) {
            if (!add_def(st, target->v.Name.id, MP_DEF_ANNOT | MP_DEF_LOCAL, target->pos))
                return 0;
        } else if (s->v.AnnAssign.value &&
                   !add_def(st, target->v.Name.id, MP_DEF_LOCAL, target->pos)) {
            return 0;
        }
    } else if (!visit_expr(st, target)) {
        return 0;
    }
    if (!visit_annotation(st, s->v.AnnAssign.annotation, s->v.AnnAssign.annotation))
        return 0;
    return !s->v.AnnAssign.value || visit_expr(st, s->v.AnnAssign.value);
}

/* global and nonlocal statements. */
static int visit_declaration(mp_symtable *st, const mp_stmt *s, int is_global)
{
    const mp_seq *names = is_global ? s->v.Global.names : s->v.Nonlocal.names;
    for (int i = 0; i < MP_SEQ_LEN(names); i++) {
        const char *name = MP_SEQ_GET(names, i);
        int cur = lookup(st, name);
        if (cur < 0)
            return 0;
        if (cur & (MP_DEF_PARAM | MP_DEF_LOCAL | MP_USE | MP_DEF_ANNOT)) {
            const char *msg;
            if (cur & MP_DEF_PARAM)
                msg = is_global ? GLOBAL_PARAM : NONLOCAL_PARAM;
            else if (cur & MP_USE)
                msg = is_global ? GLOBAL_AFTER_USE : NONLOCAL_AFTER_USE;
            else if (cur & MP_DEF_ANNOT)
                msg = is_global ? GLOBAL_ANNOT : NONLOCAL_ANNOT;
            else
                msg = is_global ? GLOBAL_AFTER_ASSIGN : NONLOCAL_AFTER_ASSIGN;
            return error_at(st, s->pos, msg, name);
        }
        if (!add_def(st, name, is_global ? MP_DEF_GLOBAL : MP_DEF_NONLOCAL, s->pos) ||
            !record_directive(st, name, s->pos))
            return 0;
    }
    return 1;
}

static int visit_alias(mp_symtable *st, const mp_alias *a)
{
    const char *name = a->asname ? a->asname : a->name;
    if (strcmp(name, "*") == 0) {
        if (st->cur->type != MP_BLOCK_MODULE)
            return error_at(st, a->pos, IMPORT_STAR_WARNING);
        return 1;
    }
    /* `import a.b.c` binds a. */
    const char *dot = strchr(name, '.');
    if (dot) {
        name = mp_arena_strndup(st->arena, name, (size_t)(dot - name));
        if (!name)
            return nomem(st);
    }
    return add_def(st, name, MP_DEF_IMPORT, a->pos);
}

static int visit_handlers(mp_symtable *st, const mp_seq *handlers)
{
    for (int i = 0; i < MP_SEQ_LEN(handlers); i++) {
        const mp_excepthandler *h = MP_SEQ_GET(handlers, i);
        if (h->type && !visit_expr(st, h->type))
            return 0;
        if (h->name && !add_def(st, h->name, MP_DEF_LOCAL, h->pos))
            return 0;
        if (!visit_stmts(st, h->body))
            return 0;
    }
    return 1;
}

static int visit_withitems(mp_symtable *st, const mp_seq *items)
{
    for (int i = 0; i < MP_SEQ_LEN(items); i++) {
        const mp_withitem *w = MP_SEQ_GET(items, i);
        if (!visit_expr(st, w->context_expr))
            return 0;
        if (w->optional_vars && !visit_expr(st, w->optional_vars))
            return 0;
    }
    return 1;
}

/* A pattern of the match statement: the values it compares with are
 * loads, the names it captures (`x`, `*rest`, `**rest`, `... as x`)
 * assignments. */
static int visit_pattern(mp_symtable *st, const mp_pattern *p);

static int visit_patterns(mp_symtable *st, const mp_seq *seq)
{
    for (int i = 0; i < MP_SEQ_LEN(seq); i++)
        if (!visit_pattern(st, MP_SEQ_GET(seq, i)))
            return 0;
    return 1;
}

static int visit_pattern_kind(mp_symtable *st, const mp_pattern *p)
{
    switch (p->kind) {
    case MP_PAT_MatchValue:
        return visit_expr(st, p->v.MatchValue.value);
    case MP_PAT_MatchSingleton:
        return 1;
    case MP_PAT_MatchSequence:
        return visit_patterns(st, p->v.MatchSequence.patterns);
    case MP_PAT_MatchStar:
        return !p->v.MatchStar.name || add_def(st, p->v.MatchStar.name, MP_DEF_LOCAL, p->pos);
    case MP_PAT_MatchMapping:
        return visit_exprs(st, p->v.MatchMapping.keys) &&
               visit_patterns(st, p->v.MatchMapping.patterns) &&
               (!p->v.MatchMapping.rest ||
                add_def(st, p->v.MatchMapping.rest, MP_DEF_LOCAL, p->pos));
    case MP_PAT_MatchClass:
        return visit_expr(st, p->v.MatchClass.cls) &&
               visit_patterns(st, p->v.MatchClass.patterns) &&
               visit_patterns(st, p->v.MatchClass.kwd_patterns);
    case MP_PAT_MatchAs:
        return (!p->v.MatchAs.pattern || visit_pattern(st, p->v.MatchAs.pattern)) &&
               (!p->v.MatchAs.name || add_def(st, p->v.MatchAs.name, MP_DEF_LOCAL, p->pos));
    case MP_PAT_MatchOr:
        return visit_patterns(st, p->v.MatchOr.patterns);
    }
    return 1;
}

static int visit_pattern(mp_symtable *st, const mp_pattern *p)
{
    if (!enter_recursion(st))
        return 0;
    int ok = visit_pattern_kind(st, p);
    st->recursion_depth--;
    return ok;
}

static int visit_match_case(mp_symtable *st, const mp_match_case *m)
{
    return visit_pattern(st, m->pattern) && (!m->guard || visit_expr(st, m->guard)) &&
           visit_stmts(st, m->body);
}

static int visit_stmt_kind(mp_symtable *st, const mp_stmt *s)
{
    switch (s->kind) {
    case MP_STMT_FunctionDef:
        return visit_function(st, s, 0);
    case MP_STMT_AsyncFunctionDef:
        return visit_function(st, s, 1);
    case MP_STMT_ClassDef:
        return visit_class(st, s);
    case MP_STMT_Return:
        if (s->v.Return.value) {
            if (!visit_expr(st, s->v.Return.value))
                return 0;
            st->cur->returns_value = 1;
        }
        return 1;
    case MP_STMT_Delete:
        return visit_exprs(st, s->v.Delete.targets);
    case MP_STMT_Assign:
        return visit_exprs(st, s->v.Assign.targets) && visit_expr(st, s->v.Assign.value);
    case MP_STMT_AnnAssign:
        return visit_annassign(st, s);
    case MP_STMT_AugAssign:
        return visit_expr(st, s->v.AugAssign.target) && visit_expr(st, s->v.AugAssign.value);
    case MP_STMT_For:
    case MP_STMT_AsyncFor:
        return visit_expr(st, s->v.For.target) && visit_expr(st, s->v.For.iter) &&
               visit_stmts(st, s->v.For.body) && visit_stmts(st, s->v.For.orelse);
    case MP_STMT_While:
        return visit_expr(st, s->v.While.test) && visit_stmts(st, s->v.While.body) &&
               visit_stmts(st, s->v.While.orelse);
    case MP_STMT_If:
        return visit_expr(st, s->v.If.test) && visit_stmts(st, s->v.If.body) &&
               visit_stmts(st, s->v.If.orelse);
    case MP_STMT_Raise:
        if (s->v.Raise.exc) {
            if (!visit_expr(st, s->v.Raise.exc))
                return 0;
            if (s->v.Raise.cause && !visit_expr(st, s->v.Raise.cause))
                return 0;
        }
        return 1;
    case MP_STMT_Try:
    case MP_STMT_TryStar:
        return visit_stmts(st, s->v.Try.body) && visit_stmts(st, s->v.Try.orelse) &&
               visit_handlers(st, s->v.Try.handlers) && visit_stmts(st, s->v.Try.finalbody);
    case MP_STMT_Assert:
        return visit_expr(st, s->v.Assert.test) &&
               (!s->v.Assert.msg || visit_expr(st, s->v.Assert.msg));
    case MP_STMT_Import:
    case MP_STMT_ImportFrom: {
        const mp_seq *names = s->kind == MP_STMT_Import ? s->v.Import.names
                                                        : s->v.ImportFrom.names;
        for (int i = 0; i < MP_SEQ_LEN(names); i++)
            if (!visit_alias(st, MP_SEQ_GET(names, i)))
                return 0;
        return 1;
    }
    case MP_STMT_Global:
        return visit_declaration(st, s, 1);
    case MP_STMT_Nonlocal:
        return visit_declaration(st, s, 0);
    case MP_STMT_Expr:
        return visit_expr(st, s->v.Expr.value);
    case MP_STMT_Pass:
    case MP_STMT_Break:
    case MP_STMT_Continue:
        return 1;
    case MP_STMT_With:
    case MP_STMT_AsyncWith:
        return visit_withitems(st, s->v.With.items) && visit_stmts(st, s->v.With.body);
    case MP_STMT_Match:
        if (!visit_expr(st, s->v.Match.subject))
            return 0;
        for (int i = 0; i < MP_SEQ_LEN(s->v.Match.cases); i++)
            if (!visit_match_case(st, MP_SEQ_GET(s->v.Match.cases, i)))
                return 0;
        return 1;
    }
    return 1;
}

static int visit_stmt(mp_symtable *st, const mp_stmt *s)
{
    if (!enter_recursion(st))
        return 0;
    int ok = visit_stmt_kind(st, s);
    st->recursion_depth--;
    return ok;
}

/* ---- named expressions and comprehensions --------------------------------- */

/* The target of a named expression inside a comprehension binds in the
 * nearest enclosing function or module (PEP 572). */
static int extend_namedexpr_scope(mp_symtable *st, const mp_expr *e)
{
    const char *target = e->v.Name.id;
    for (int i = st->nstack - 1; i >= 0; i--) {
        mp_ste *ste = st->stack[i];
        if (ste->comprehension) {
            if (mp_ste_flags(ste, target) & MP_DEF_COMP_ITER)
                return error_at(st, e->pos, NAMED_EXPR_COMP_CONFLICT, target);
            continue;
        }
        if (ste->type == MP_BLOCK_FUNCTION) {
            int flag = (mp_ste_flags(ste, target) & MP_DEF_GLOBAL) ? MP_DEF_GLOBAL
                                                                   : MP_DEF_NONLOCAL;
            if (!add_def(st, target, flag, e->pos) || !record_directive(st, target, e->pos))
                return 0;
            return add_def_in(st, target, MP_DEF_LOCAL, ste, e->pos);
        }
        if (ste->type == MP_BLOCK_MODULE) {
            if (!add_def(st, target, MP_DEF_GLOBAL, e->pos) ||
                !record_directive(st, target, e->pos))
                return 0;
            return add_def_in(st, target, MP_DEF_GLOBAL, ste, e->pos);
        }
        return error_at(st, e->pos, NAMED_EXPR_COMP_IN_CLASS);
    }
    return 1;
}

static int handle_namedexpr(mp_symtable *st, const mp_expr *e)
{
    if (st->cur->comp_iter_expr > 0)
        return error_at(st, e->pos, NAMED_EXPR_COMP_ITER_EXPR);
    if (st->cur->comprehension && !extend_namedexpr_scope(st, e->v.NamedExpr.target))
        return 0;
    return visit_expr(st, e->v.NamedExpr.value) && visit_expr(st, e->v.NamedExpr.target);
}

static int visit_comprehension(mp_symtable *st, const mp_comprehension *c)
{
    st->cur->comp_iter_target = 1;
    if (!visit_expr(st, c->target))
        return 0;
    st->cur->comp_iter_target = 0;
    st->cur->comp_iter_expr++;
    if (!visit_expr(st, c->iter))
        return 0;
    st->cur->comp_iter_expr--;
    if (!visit_exprs(st, c->ifs))
        return 0;
    if (c->is_async)
        st->cur->coroutine = 1;
    return 1;
}

static int handle_comprehension(mp_symtable *st, const mp_expr *e, const char *scope_name,
                                const mp_seq *generators, const mp_expr *elt,
                                const mp_expr *value)
{
    int is_generator = e->kind == MP_EXPR_GeneratorExp;
    const mp_comprehension *outermost = MP_SEQ_GET(generators, 0);
    /* The outermost iterable is evaluated in the enclosing scope. */
    st->cur->comp_iter_expr++;
    if (!visit_expr(st, outermost->iter))
        return 0;
    st->cur->comp_iter_expr--;
    if (!enter_block(st, scope_name, MP_BLOCK_FUNCTION, e, e->pos))
        return 0;
    switch (e->kind) {
    case MP_EXPR_ListComp: st->cur->comprehension = MP_COMP_LIST; break;
    case MP_EXPR_SetComp: st->cur->comprehension = MP_COMP_SET; break;
    case MP_EXPR_DictComp: st->cur->comprehension = MP_COMP_DICT; break;
    default: st->cur->comprehension = MP_COMP_GENEXP; break;
    }
    if (outermost->is_async)
        st->cur->coroutine = 1;
    /* The outermost iterator arrives as the implicit parameter ".0". */
    if (!add_def(st, ".0", MP_DEF_PARAM, st->cur->pos))
        return 0;
    st->cur->comp_iter_target = 1;
    if (!visit_expr(st, outermost->target))
        return 0;
    st->cur->comp_iter_target = 0;
    if (!visit_exprs(st, outermost->ifs))
        return 0;
    for (int i = 1; i < MP_SEQ_LEN(generators); i++)
        if (!visit_comprehension(st, MP_SEQ_GET(generators, i)))
            return 0;
    if (value && !visit_expr(st, value))
        return 0;
    if (!visit_expr(st, elt))
        return 0;
    st->cur->generator = is_generator;
    /* An async comprehension makes the comprehension around it async. */
    int is_async = st->cur->coroutine && !is_generator;
    exit_block(st);
    if (is_async)
        st->cur->coroutine = 1;
    return 1;
}

static int raise_if_comprehension(mp_symtable *st, const mp_expr *e)
{
    static const char *const msgs[] = {
        [MP_COMP_LIST] = "'yield' inside list comprehension",
        [MP_COMP_SET] = "'yield' inside set comprehension",
        [MP_COMP_DICT] = "'yield' inside dict comprehension",
        [MP_COMP_GENEXP] = "'yield' inside generator expression",
    };
    return error_at(st, e->pos, "%s", msgs[st->cur->comprehension]);
}

/* In the scope of a stringified annotation, these are errors. */
static int raise_if_annotation(mp_symtable *st, const char *what, const mp_expr *e)
{
    if (st->cur->type != MP_BLOCK_ANNOTATION)
        return 1;
    return error_at(st, e->pos, ANNOTATION_NOT_ALLOWED, what);
}

static int visit_lambda(mp_symtable *st, const mp_expr *e)
{
    const mp_arguments *a = e->v.Lambda.args;
    if (!visit_exprs(st, a->defaults) || !visit_exprs(st, a->kw_defaults) ||
        !enter_block(st, "lambda", MP_BLOCK_FUNCTION, e, e->pos) ||
        !visit_arguments(st, a) || !visit_expr(st, e->v.Lambda.body))
        return 0;
    return exit_block(st);
}

static int visit_name(mp_symtable *st, const mp_expr *e)
{
    if (!add_def(st, e->v.Name.id, e->v.Name.ctx == MP_Load ? MP_USE : MP_DEF_LOCAL, e->pos))
        return 0;
    /* super() needs the __class__ cell. */
    if (e->v.Name.ctx == MP_Load && st->cur->type == MP_BLOCK_FUNCTION &&
        strcmp(e->v.Name.id, "super") == 0)
        return add_def(st, "__class__", MP_USE, e->pos);
    return 1;
}

static int visit_expr_kind(mp_symtable *st, const mp_expr *e)
{
    switch (e->kind) {
    case MP_EXPR_NamedExpr:
        return raise_if_annotation(st, "named expression", e) && handle_namedexpr(st, e);
    case MP_EXPR_BoolOp:
        return visit_exprs(st, e->v.BoolOp.values);
    case MP_EXPR_BinOp:
        return visit_expr(st, e->v.BinOp.left) && visit_expr(st, e->v.BinOp.right);
    case MP_EXPR_UnaryOp:
        return visit_expr(st, e->v.UnaryOp.operand);
    case MP_EXPR_Lambda:
        return visit_lambda(st, e);
    case MP_EXPR_IfExp:
        return visit_expr(st, e->v.IfExp.test) && visit_expr(st, e->v.IfExp.body) &&
               visit_expr(st, e->v.IfExp.orelse);
    case MP_EXPR_Dict:
        return visit_exprs(st, e->v.Dict.keys) && visit_exprs(st, e->v.Dict.values);
    case MP_EXPR_Set:
        return visit_exprs(st, e->v.Set.elts);
    case MP_EXPR_GeneratorExp:
        return handle_comprehension(st, e, "genexpr", e->v.GeneratorExp.generators,
                                    e->v.GeneratorExp.elt, NULL);
    case MP_EXPR_ListComp:
        return handle_comprehension(st, e, "listcomp", e->v.ListComp.generators,
                                    e->v.ListComp.elt, NULL);
    case MP_EXPR_SetComp:
        return handle_comprehension(st, e, "setcomp", e->v.SetComp.generators,
                                    e->v.SetComp.elt, NULL);
    case MP_EXPR_DictComp:
        return handle_comprehension(st, e, "dictcomp", e->v.DictComp.generators,
                                    e->v.DictComp.key, e->v.DictComp.value);
    case MP_EXPR_Yield:
    case MP_EXPR_YieldFrom: {
        if (!raise_if_annotation(st, "yield expression", e))
            return 0;
        const mp_expr *v = e->kind == MP_EXPR_Yield ? e->v.Yield.value : e->v.YieldFrom.value;
        if (v && !visit_expr(st, v))
            return 0;
        st->cur->generator = 1;
        return st->cur->comprehension ? raise_if_comprehension(st, e) : 1;
    }
    case MP_EXPR_Await:
        if (!raise_if_annotation(st, "await expression", e) || !visit_expr(st, e->v.Await.value))
            return 0;
        st->cur->coroutine = 1;
        return 1;
    case MP_EXPR_Compare:
        return visit_expr(st, e->v.Compare.left) && visit_exprs(st, e->v.Compare.comparators);
    case MP_EXPR_Call:
        if (!visit_expr(st, e->v.Call.func) || !visit_exprs(st, e->v.Call.args))
            return 0;
        for (int i = 0; i < MP_SEQ_LEN(e->v.Call.keywords); i++) {
            const mp_keyword *k = MP_SEQ_GET(e->v.Call.keywords, i);
            if (!visit_expr(st, k->value))
                return 0;
        }
        return 1;
    case MP_EXPR_FormattedValue:
        return visit_expr(st, e->v.FormattedValue.value) &&
               (!e->v.FormattedValue.format_spec ||
                visit_expr(st, e->v.FormattedValue.format_spec));
    case MP_EXPR_JoinedStr:
        return visit_exprs(st, e->v.JoinedStr.values);
    case MP_EXPR_Constant:
        return 1;
    case MP_EXPR_Attribute:
        return visit_expr(st, e->v.Attribute.value);
    case MP_EXPR_Subscript:
        return visit_expr(st, e->v.Subscript.value) && visit_expr(st, e->v.Subscript.slice);
    case MP_EXPR_Starred:
        return visit_expr(st, e->v.Starred.value);
    case MP_EXPR_Slice:
        return (!e->v.Slice.lower || visit_expr(st, e->v.Slice.lower)) &&
               (!e->v.Slice.upper || visit_expr(st, e->v.Slice.upper)) &&
               (!e->v.Slice.step || visit_expr(st, e->v.Slice.step));
    case MP_EXPR_Name:
        return visit_name(st, e);
    case MP_EXPR_List:
        return visit_exprs(st, e->v.List.elts);
    case MP_EXPR_Tuple:
        return visit_exprs(st, e->v.Tuple.elts);
    }
    return 1;
}

static int visit_expr(mp_symtable *st, const mp_expr *e)
{
    if (!enter_recursion(st))
        return 0;
    int ok = visit_expr_kind(st, e);
    st->recursion_depth--;
    return ok;
}

/* ---- the table -------------------------------------------------------------- */

void mp_symtable_free(mp_symtable *st)
{
    if (!st)
        return;
    for (int i = 0; i < st->nall; i++)
        ste_free(st->all[i]);
    mp_free(st->all);
    mp_free(st->keys);
    mp_free(st->stack);
    mp_arena_free(st->arena);
    mp_free(st);
}

mp_symtable *mp_symtable_build(const mp_mod *mod, const char *filename,
                               int recursion_limit, int future_annotations,
                               mp_syntax_error *err, mp_st_status *status)
{
    mp_symtable *st = mp_calloc(1, sizeof *st);
    if (!st || !(st->arena = mp_arena_new())) {
        mp_free(st);
        *status = MP_ST_MEMORY;
        return NULL;
    }
    st->filename = filename;
    st->err = err;
    st->recursion_limit = recursion_limit;
    st->future_annotations = future_annotations;
    mp_pos nopos = {0, 0, 0, 0};
    int ok = enter_block(st, "top", MP_BLOCK_MODULE, mod, nopos);
    if (ok) {
        st->top = st->cur;
        if (mod->kind == MP_MOD_Expression)
            ok = visit_expr(st, mod->expr_body);
        else
            ok = visit_stmts(st, mod->body);
    }
    if (ok)
        ok = mp_symtable_analyze(st);
    if (!ok) {
        *status = st->status;
        mp_symtable_free(st);
        return NULL;
    }
    *status = MP_ST_OK;
    return st;
}
