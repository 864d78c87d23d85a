/* The compiler's driver and its bookkeeping: compilation units and their
 * name and constant tables, basic blocks and the instructions added to
 * them, frame blocks, errors, and the public entry points (compile.h).
 * The code generator proper is in compile_stmt.c, compile_expr.c and
 * compile_comp.c; the assembler in flowgraph.c and assemble.c. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile_internal.h"
#include "minipy/abstract.h"
#include "minipy/bytes.h"
#include "minipy/compile.h"
#include "minipy/exc.h"
#include "minipy/float.h"
#include "minipy/int.h"
#include "minipy/mem.h"
#include "minipy/set.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

/* ---- blocks and instructions --------------------------------------------- */

mp_bblock *mp_new_block(mp_compiler *c)
{
    mp_bblock *b = mp_calloc(1, sizeof *b);
    if (!b) {
        mp_err_no_memory();
        return NULL;
    }
    b->list = c->u->blocks;
    c->u->blocks = b;
    return b;
}

void mp_use_next_block(mp_compiler *c, mp_bblock *b)
{
    c->u->curblock->next = b;
    c->u->curblock = b;
    c->u->need_new_implicit_block = 0;
}

int mp_next_instr(mp_bblock *b)
{
    if (b->iused == b->ialloc) {
        int n = b->ialloc ? b->ialloc * 2 : 16;
        mp_instr *p = mp_realloc(b->instr, (size_t)n * sizeof *p);
        if (!p) {
            mp_err_no_memory();
            return -1;
        }
        memset(p + b->ialloc, 0, (size_t)(n - b->ialloc) * sizeof *p);
        b->instr = p;
        b->ialloc = n;
    }
    return b->iused++;
}

mp_bblock *mp_copy_block(mp_compiler *c, mp_bblock *block)
{
    mp_bblock *result = mp_new_block(c);
    if (!result)
        return NULL;
    for (int i = 0; i < block->iused; i++) {
        int n = mp_next_instr(result);
        if (n < 0)
            return NULL;
        result->instr[n] = block->instr[i];
    }
    result->exit = block->exit;
    result->nofallthrough = 1;
    return result;
}

static int is_end_of_basic_block(int op)
{
    return mp_is_jump_op(op) || op == MP_OP_RETURN_VALUE || op == MP_OP_RAISE_VARARGS ||
           op == MP_OP_RERAISE;
}

/* Adds an instruction at loc to the current block (a new block first when
 * the last instruction ended one). */
static mp_instr *add_instr(mp_compiler *c, int op, int oparg, mp_bblock *target,
                           mp_location loc)
{
    mp_unit *u = c->u;
    if (u->need_new_implicit_block) {
        mp_bblock *b = mp_new_block(c);
        if (!b)
            return NULL;
        mp_use_next_block(c, b);
    }
    mp_bblock *b = u->curblock;
    int off = mp_next_instr(b);
    if (off < 0)
        return NULL;
    mp_instr *i = &b->instr[off];
    i->opcode = op;
    i->oparg = oparg;
    i->target = target;
    i->except = NULL;
    i->loc = loc;
    if (op == MP_OP_RETURN_VALUE)
        b->ret = 1;
    if (is_end_of_basic_block(op))
        u->need_new_implicit_block = 1;
    return i;
}

static const mp_location noloc = {-1, 0, 0, 0};

int mp_addop(mp_compiler *c, int op)
{
    return add_instr(c, op, 0, NULL, c->u->loc) != NULL;
}

int mp_addop_i(mp_compiler *c, int op, int oparg)
{
    return add_instr(c, op, oparg, NULL, c->u->loc) != NULL;
}

int mp_addop_noline(mp_compiler *c, int op)
{
    return add_instr(c, op, 0, NULL, noloc) != NULL;
}

int mp_addop_i_noline(mp_compiler *c, int op, int oparg)
{
    return add_instr(c, op, oparg, NULL, noloc) != NULL;
}

int mp_addop_j(mp_compiler *c, int op, mp_bblock *target)
{
    return add_instr(c, op, 0, target, c->u->loc) != NULL;
}

int mp_addop_j_noline(mp_compiler *c, int op, mp_bblock *target)
{
    return add_instr(c, op, 0, target, noloc) != NULL;
}

/* ---- constants ------------------------------------------------------------------ */

/* Makes o the canonical object for its value across the whole compilation
 * (CPython's merge_consts_recursive), so that equal constants are one
 * object: returns a new reference to that object. */
static mp_obj merge_const(mp_compiler *c, mp_obj o)
{
    if (o == mp_none || o == mp_ellipsis)
        return mp_newref(o);
    mp_obj found = mp_consts_find(&c->const_cache, o);
    if (found)
        return mp_newref(found);
    if (!mp_is_small(o) && o->type == &mp_type_frozenset && MP_SET_LEN(o) > 0) {
        /* CPython rebuilds a frozenset from its merged items, taken in
         * iteration order, which can change the order of the new one. */
        mp_obj items = mp_tuple_new(MP_SET_LEN(o));
        if (!items)
            return NULL;
        intptr_t pos = 0, i = 0;
        mp_obj key;
        mp_hash_t h;
        while (mp_set_next(o, &pos, &key, &h))
            MP_TUPLE_ITEMS(items)[i++] = mp_newref(key);
        for (i = 0; i < MP_TUPLE_LEN(items); i++) {
            mp_obj m = merge_const(c, MP_TUPLE_GET(items, i));
            if (!m) {
                mp_decref(items);
                return NULL;
            }
            MP_SETREF(MP_TUPLE_ITEMS(items)[i], m);
        }
        mp_obj rebuilt = mp_frozenset_new(items);
        mp_decref(items);
        if (!rebuilt)
            return NULL;
        int ok = mp_consts_add(&c->const_cache, rebuilt) >= 0;
        if (!ok) {
            mp_decref(rebuilt);
            return NULL;
        }
        return rebuilt;
    }
    if (mp_consts_add(&c->const_cache, o) < 0)
        return NULL;
    if (!mp_is_small(o) && o->type == &mp_type_tuple) {
        /* A tuple we just registered: merge its items too (it is ours
         * alone, or already shared only through the cache). */
        for (intptr_t i = 0; i < MP_TUPLE_LEN(o); i++) {
            mp_obj item = MP_TUPLE_GET(o, i);
            mp_obj m = merge_const(c, item);
            if (!m)
                return NULL;
            if (m != item) {
                MP_TUPLE_ITEMS(o)[i] = m;
                mp_decref(item);
            } else {
                mp_decref(m);
            }
        }
    }
    return mp_newref(o);
}

int mp_add_const(mp_compiler *c, mp_obj o)
{
    mp_obj m = merge_const(c, o);
    if (!m)
        return -1;
    int arg = mp_consts_add(&c->u->consts, m);
    mp_decref(m);
    return arg;
}

int mp_addop_load_const(mp_compiler *c, mp_obj o)
{
    int arg = mp_add_const(c, o);
    return arg >= 0 && mp_addop_i(c, MP_OP_LOAD_CONST, arg);
}

int mp_addop_load_const_new(mp_compiler *c, mp_obj o)
{
    if (!o)
        return 0;
    int ok = mp_addop_load_const(c, o);
    mp_decref(o);
    return ok;
}

/* ---- names ---------------------------------------------------------------------- */

const char *mp_compiler_mangle(mp_compiler *c, const char *name)
{
    const char *m = mp_mangle(c->arena, c->u->private_, name);
    if (!m)
        mp_err_no_memory();
    return m;
}

/* The index of name in map, adding it at the end when absent; -1 with
 * MemoryError. */
static int name_index(mp_strmap *map, const char *name)
{
    int added;
    mp_strmap_entry *e = mp_strmap_add(map, name, map->count, &added);
    if (!e) {
        mp_err_no_memory();
        return -1;
    }
    return e->value;
}

int mp_addop_name_raw(mp_compiler *c, int op, const char *name)
{
    int arg = name_index(&c->u->names, name);
    return arg >= 0 && mp_addop_i(c, op, arg);
}

int mp_addop_name(mp_compiler *c, int op, const char *name)
{
    const char *mangled = mp_compiler_mangle(c, name);
    return mangled && mp_addop_name_raw(c, op, mangled);
}

static int forbidden_name(mp_compiler *c, const char *name, mp_expr_context ctx)
{
    if (strcmp(name, "__debug__") != 0)
        return 0;
    if (ctx == MP_Store)
        mp_compiler_error(c, "cannot assign to __debug__");
    else if (ctx == MP_Del)
        mp_compiler_error(c, "cannot delete __debug__");
    else
        return 0;
    return 1;
}

int mp_compiler_nameop(mp_compiler *c, const char *name, mp_expr_context ctx)
{
    enum { OP_FAST, OP_GLOBAL, OP_DEREF, OP_NAME } optype = OP_NAME;
    if (forbidden_name(c, name, ctx))
        return 0;
    const char *mangled = mp_compiler_mangle(c, name);
    if (!mangled)
        return 0;
    mp_unit *u = c->u;
    mp_strmap *dict = &u->names;
    int is_function = u->ste->type == MP_BLOCK_FUNCTION;
    switch (mp_ste_scope(u->ste, mangled)) {
    case MP_SCOPE_FREE:
        dict = &u->freevars;
        optype = OP_DEREF;
        break;
    case MP_SCOPE_CELL:
        dict = &u->cellvars;
        optype = OP_DEREF;
        break;
    case MP_SCOPE_LOCAL:
        if (is_function)
            optype = OP_FAST;
        break;
    case MP_SCOPE_GLOBAL_IMPLICIT:
        if (is_function)
            optype = OP_GLOBAL;
        break;
    case MP_SCOPE_GLOBAL_EXPLICIT:
        optype = OP_GLOBAL;
        break;
    }
    static const int ops[4][3] = {
        [OP_FAST] = {MP_OP_LOAD_FAST, MP_OP_STORE_FAST, MP_OP_DELETE_FAST},
        [OP_GLOBAL] = {MP_OP_LOAD_GLOBAL, MP_OP_STORE_GLOBAL, MP_OP_DELETE_GLOBAL},
        [OP_DEREF] = {MP_OP_LOAD_DEREF, MP_OP_STORE_DEREF, MP_OP_DELETE_DEREF},
        [OP_NAME] = {MP_OP_LOAD_NAME, MP_OP_STORE_NAME, MP_OP_DELETE_NAME},
    };
    int op = ops[optype][ctx];
    if (op == MP_OP_LOAD_DEREF && u->ste->type == MP_BLOCK_CLASS)
        op = MP_OP_LOAD_CLASSDEREF;
    if (optype == OP_FAST)
        dict = &u->varnames;
    int arg;
    if (optype == OP_DEREF) {
        /* Cells and free variables were numbered when the unit began. */
        arg = mp_strmap_get(dict, mangled, -1);
        if (arg < 0) {
            mp_err_format(&mp_type_SystemError, "compiler: no slot for %s", mangled);
            return 0;
        }
    } else {
        arg = name_index(dict, mangled);
        if (arg < 0)
            return 0;
    }
    if (op == MP_OP_LOAD_GLOBAL)
        arg <<= 1;
    return mp_addop_i(c, op, arg);
}

/* ---- the constant values of nodes --------------------------------------------------- */

static uint32_t ptr_hash(const void *p)
{
    uintptr_t v = (uintptr_t)p;
    v ^= v >> 17;
    v *= 0x9E3779B1u;
    return (uint32_t)(v ^ (v >> 15));
}

static int cnode_find(const mp_compiler *c, const mp_expr *e)
{
    if (!c->ncindex)
        return -1;
    size_t mask = (size_t)c->ncindex - 1;
    for (size_t j = ptr_hash(e) & mask; c->cindex[j]; j = (j + 1) & mask)
        if (c->cnodes[c->cindex[j] - 1] == e)
            return c->cindex[j] - 1;
    return -1;
}

static int cnode_reindex(mp_compiler *c)
{
    int n = c->ncindex ? c->ncindex * 2 : 64;
    int *index = mp_calloc((size_t)n, sizeof(int));
    if (!index)
        return -1;
    for (int i = 0; i < c->ncnodes; i++) {
        size_t j = ptr_hash(c->cnodes[i]) & (size_t)(n - 1);
        while (index[j])
            j = (j + 1) & (size_t)(n - 1);
        index[j] = i + 1;
    }
    mp_free(c->cindex);
    c->cindex = index;
    c->ncindex = n;
    return 0;
}

/* Records v (stolen) for node e. */
static int cnode_put(mp_compiler *c, const mp_expr *e, mp_obj v)
{
    int i = cnode_find(c, e);
    if (i >= 0) {
        MP_SETREF(c->cvalues[i], v);
        return 1;
    }
    if (c->ncnodes == c->capcnodes) {
        int n = c->capcnodes ? c->capcnodes * 2 : 64;
        const mp_expr **nodes = mp_realloc(c->cnodes, (size_t)n * sizeof *nodes);
        if (nodes)
            c->cnodes = nodes;
        mp_obj *values = nodes ? mp_realloc(c->cvalues, (size_t)n * sizeof *values) : NULL;
        if (!values) {
            mp_decref(v);
            mp_err_no_memory();
            return 0;
        }
        c->cvalues = values;
        c->capcnodes = n;
    }
    c->cnodes[c->ncnodes] = e;
    c->cvalues[c->ncnodes] = v;
    c->ncnodes++;
    if (c->ncnodes * 2 > c->ncindex) {
        if (cnode_reindex(c) < 0) {
            mp_err_no_memory();
            return 0;
        }
    } else {
        size_t mask = (size_t)c->ncindex - 1;
        size_t j = ptr_hash(e) & mask;
        while (c->cindex[j])
            j = (j + 1) & mask;
        c->cindex[j] = c->ncnodes;
    }
    return 1;
}

/* A str constant that looks like an identifier is interned, as CPython
 * interns such constants of code objects (so that `"abc" is "abc"`). */
static int all_name_chars(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (!(ch == '_' || (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') ||
              (ch >= 'A' && ch <= 'Z')))
            return 0;
    }
    return 1;
}

static mp_obj const_from_ast(const mp_const *k)
{
    switch (k->kind) {
    case MP_CONST_NONE: return mp_newref(mp_none);
    case MP_CONST_TRUE: return mp_newref(mp_true);
    case MP_CONST_FALSE: return mp_newref(mp_false);
    case MP_CONST_ELLIPSIS: return mp_newref(mp_ellipsis);
    case MP_CONST_INT: return mp_int_from_text(k->text, k->len, k->base);
    case MP_CONST_FLOAT: return mp_float_new(k->f);
    case MP_CONST_COMPLEX: return mp_complex_new(0.0, k->f);
    case MP_CONST_STR: {
        mp_obj s = mp_str_new(k->text, k->len);
        if (s && all_name_chars(k->text, k->len))
            s = mp_str_intern_obj(s);
        return s;
    }
    case MP_CONST_BYTES: return mp_bytes_new(k->text, (intptr_t)k->len);
    }
    return mp_err_set_str(&mp_type_SystemError, "compiler: bad constant");
}

mp_obj mp_const_value(mp_compiler *c, const mp_expr *e)
{
    int i = cnode_find(c, e);
    if (i >= 0)
        return c->cvalues[i];
    mp_obj v = const_from_ast(&e->v.Constant.value);
    if (!v) {
        /* An int literal past the digit limit (sys.set_int_max_str_digits)
         * is a SyntaxError on its line, without columns, as CPython's
         * parser reports it. */
        if (e->v.Constant.value.kind == MP_CONST_INT && mp_err_matches(&mp_type_ValueError)) {
            mp_obj exc = mp_err_fetch();
            mp_obj msg = mp_obj_str(exc);
            mp_decref(exc);
            if (!msg)
                return NULL;
            mp_pos at = {e->pos.lineno, -1, e->pos.end_lineno, -1};
            mp_compiler_error_at(c, at, "%s - Consider hexadecimal for huge integer literals "
                                        "to avoid decimal conversion limits.",
                                 mp_str_utf8(msg));
            mp_decref(msg);
        }
        return NULL;
    }
    if (!cnode_put(c, e, v))
        return NULL;
    return v;
}

int mp_const_set(mp_compiler *c, mp_expr *e, mp_obj v)
{
    if (!cnode_put(c, e, v))
        return 0;
    e->kind = MP_EXPR_Constant;
    e->v.Constant.kind = NULL;
    return 1;
}

static void cnodes_clear(mp_compiler *c)
{
    for (int i = 0; i < c->ncnodes; i++)
        mp_decref(c->cvalues[i]);
    mp_free(c->cnodes);
    mp_free(c->cvalues);
    mp_free(c->cindex);
}

/* ---- errors --------------------------------------------------------------------------- */

int mp_compiler_error_at(mp_compiler *c, mp_pos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    mp_compile_verror(c->err, c->filename, pos, fmt, ap);
    va_end(ap);
    c->syntax_error = 1;
    return 0;
}

static mp_pos current_pos(mp_compiler *c)
{
    mp_pos p = {c->u->loc.lineno, c->u->loc.col, c->u->loc.end_lineno, c->u->loc.end_col};
    return p;
}

int mp_compiler_error(mp_compiler *c, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    mp_compile_verror(c->err, c->filename, current_pos(c), fmt, ap);
    va_end(ap);
    c->syntax_error = 1;
    return 0;
}

int mp_compiler_warn(mp_compiler *c, const char *fmt, ...)
{
    /* What warnings.showwarning prints for a SyntaxWarning: the file and
     * line, the category and message, then the source line stripped. */
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    mp_syntax_error tmp = {0};
    mp_compile_error(&tmp, c->filename, current_pos(c), "%s", msg);
    fflush(stdout);
    fprintf(stderr, "%s:%d: SyntaxWarning: %s\n", c->filename, c->u->loc.lineno, msg);
    if (tmp.text) {
        const char *t = tmp.text;
        while (*t == ' ' || *t == '\t' || *t == '\f')
            t++;
        size_t n = strlen(t);
        while (n > 0 && (t[n - 1] == ' ' || t[n - 1] == '\t'))
            n--;
        if (n)
            fprintf(stderr, "  %.*s\n", (int)n, t);
    }
    mp_syntax_error_clear(&tmp);
    return 1;
}

/* ---- frame blocks ----------------------------------------------------------------------- */

int mp_push_fblock(mp_compiler *c, mp_fblock_type t, mp_bblock *b, mp_bblock *exit,
                   const void *datum)
{
    mp_unit *u = c->u;
    if (u->nfblocks >= MP_MAXBLOCKS)
        return mp_compiler_error(c, "too many statically nested blocks");
    mp_fblock *f = &u->fblock[u->nfblocks++];
    f->type = t;
    f->block = b;
    f->exit = exit;
    f->datum = datum;
    return 1;
}

void mp_pop_fblock(mp_compiler *c, mp_fblock_type t, mp_bblock *b)
{
    (void)t;
    (void)b;
    c->u->nfblocks--;
}

/* ---- units ----------------------------------------------------------------------------- */

static void unit_free(mp_unit *u)
{
    mp_bblock *b = u->blocks;
    while (b) {
        mp_bblock *next = b->list;
        mp_free(b->instr);
        mp_free(b->exceptstack);
        mp_free(b);
        b = next;
    }
    mp_consts_clear(&u->consts);
    mp_strmap_clear(&u->names);
    mp_strmap_clear(&u->varnames);
    mp_strmap_clear(&u->cellvars);
    mp_strmap_clear(&u->freevars);
    mp_free(u);
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Numbers the names of ste with scope `scope` (or flag `flag`) from
 * offset, in sorted order (CPython's dictbytype). */
static int number_names(mp_strmap *dest, mp_ste *ste, int scope, int flag, int offset)
{
    int n = 0;
    const char **names = mp_malloc((size_t)(ste->symbols.count + 1) * sizeof(char *));
    if (!names) {
        mp_err_no_memory();
        return -1;
    }
    for (int i = 0; i < ste->symbols.nentries; i++) {
        mp_strmap_entry *e = &ste->symbols.entries[i];
        if (!e->key)
            continue;
        int s = (e->value >> MP_SCOPE_OFFSET) & MP_SCOPE_MASK;
        if (s == scope || (e->value & flag))
            names[n++] = e->key;
    }
    qsort(names, (size_t)n, sizeof(char *), cmp_names);
    for (int i = 0; i < n; i++) {
        if (!mp_strmap_put(dest, names[i], offset + i)) {
            mp_free(names);
            mp_err_no_memory();
            return -1;
        }
    }
    mp_free(names);
    return 0;
}

static const char *concat3(mp_compiler *c, const char *a, const char *b, const char *d)
{
    size_t la = strlen(a), lb = strlen(b), ld = strlen(d);
    char *s = mp_arena_alloc(c->arena, la + lb + ld + 1);
    if (!s) {
        mp_err_no_memory();
        return NULL;
    }
    memcpy(s, a, la);
    memcpy(s + la, b, lb);
    memcpy(s + la + lb, d, ld + 1);
    return s;
}

/* The qualified name: "f", "C.m", "f.<locals>.g"; a function declared
 * global in its parent gets no prefix. */
static int set_qualname(mp_compiler *c)
{
    mp_unit *u = c->u, *parent = u->parent;
    const char *base = NULL;
    if (parent && parent->parent) {
        int force_global = 0;
        if (u->scope_type == MP_SCOPE_TYPE_FUNCTION ||
            u->scope_type == MP_SCOPE_TYPE_ASYNC_FUNCTION ||
            u->scope_type == MP_SCOPE_TYPE_CLASS) {
            const char *mangled = mp_mangle(c->arena, parent->private_, u->name);
            if (!mangled) {
                mp_err_no_memory();
                return 0;
            }
            if (mp_ste_scope(parent->ste, mangled) == MP_SCOPE_GLOBAL_EXPLICIT)
                force_global = 1;
        }
        if (!force_global) {
            if (parent->scope_type == MP_SCOPE_TYPE_FUNCTION ||
                parent->scope_type == MP_SCOPE_TYPE_ASYNC_FUNCTION ||
                parent->scope_type == MP_SCOPE_TYPE_LAMBDA) {
                base = concat3(c, parent->qualname, ".<locals>", "");
                if (!base)
                    return 0;
            } else {
                base = parent->qualname;
            }
        }
    }
    u->qualname = base ? concat3(c, base, ".", u->name) : u->name;
    return u->qualname != NULL;
}

int mp_enter_scope(mp_compiler *c, const char *name, int scope_type, const void *key,
                   int lineno)
{
    mp_unit *u = mp_calloc(1, sizeof *u);
    if (!u) {
        mp_err_no_memory();
        return 0;
    }
    u->scope_type = scope_type;
    u->ste = mp_symtable_lookup(c->st, key);
    u->name = name;
    if (!u->ste) {
        mp_free(u);
        mp_err_set_str(&mp_type_SystemError, "compiler: unknown symbol table entry");
        return 0;
    }
    int ok = 1;
    for (int i = 0; ok && i < u->ste->nvarnames; i++)
        ok = name_index(&u->varnames, u->ste->varnames[i]) >= 0;
    if (ok)
        ok = number_names(&u->cellvars, u->ste, MP_SCOPE_CELL, 0, 0) == 0;
    if (ok && u->ste->needs_class_closure)
        ok = mp_strmap_put(&u->cellvars, "__class__", 0) != NULL;
    if (ok)
        ok = number_names(&u->freevars, u->ste, MP_SCOPE_FREE, MP_DEF_FREE_CLASS,
                          u->cellvars.count) == 0;
    u->firstlineno = lineno;
    u->loc.lineno = lineno;
    u->loc.end_lineno = lineno;
    u->loc.col = u->loc.end_col = 0;
    u->parent = c->u;
    if (c->u)
        u->private_ = c->u->private_;
    c->u = u;
    c->nestlevel++;
    if (!ok) {
        mp_err_no_memory();
        return 0;
    }
    mp_bblock *block = mp_new_block(c);
    if (!block)
        return 0;
    u->curblock = block;
    if (scope_type == MP_SCOPE_TYPE_MODULE)
        u->loc.lineno = 0;
    else if (!set_qualname(c))
        return 0;
    if (!mp_addop_i(c, MP_OP_RESUME, 0))
        return 0;
    if (scope_type == MP_SCOPE_TYPE_MODULE)
        u->loc.lineno = -1;
    return 1;
}

void mp_exit_scope(mp_compiler *c)
{
    mp_unit *u = c->u;
    c->nestlevel--;
    c->u = u->parent;
    unit_free(u);
}

/* ---- futures ------------------------------------------------------------------------------ */

static const mp_expr *docstring_of(const mp_seq *body)
{
    if (!MP_SEQ_LEN(body))
        return NULL;
    const mp_stmt *s = MP_SEQ_GET(body, 0);
    if (s->kind != MP_STMT_Expr)
        return NULL;
    const mp_expr *e = s->v.Expr.value;
    if (e->kind != MP_EXPR_Constant)
        return NULL;
    return e;
}

const mp_expr *mp_get_docstring(mp_compiler *c, const mp_seq *body)
{
    const mp_expr *e = docstring_of(body);
    if (!e)
        return NULL;
    mp_obj v = mp_const_value(c, e);
    return v && mp_str_check_exact(v) ? e : NULL;
}

__attribute__((format(printf, 3, 4)))
static int future_error(mp_compiler *c, mp_pos at, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    mp_compile_verror(c->err, c->filename, at, fmt, ap);
    va_end(ap);
    c->syntax_error = 1;
    c->error_attrs = 1;
    return 0;
}

/* The __future__ imports at the top of a module (CPython's future.c). */
static int future_parse(mp_compiler *c, const mp_mod *mod)
{
    if (mod->kind == MP_MOD_Expression || !MP_SEQ_LEN(mod->body))
        return 1;
    int i = 0, done = 0, prev_line = 0;
    const mp_expr *doc = docstring_of(mod->body);
    if (doc && doc->v.Constant.value.kind == MP_CONST_STR)
        i++;
    for (; i < MP_SEQ_LEN(mod->body); i++) {
        const mp_stmt *s = MP_SEQ_GET(mod->body, i);
        if (done && s->pos.lineno > prev_line)
            return 1;
        prev_line = s->pos.lineno;
        if (s->kind != MP_STMT_ImportFrom || !s->v.ImportFrom.module ||
            strcmp(s->v.ImportFrom.module, "__future__") != 0) {
            done = 1;
            continue;
        }
        /* future.c's errors carry no end column. */
        mp_pos at = {s->pos.lineno, s->pos.col_offset, s->pos.lineno, INT_MIN};
        if (done)
            return future_error(c, at, "from __future__ imports must occur "
                                       "at the beginning of the file");
        for (int j = 0; j < MP_SEQ_LEN(s->v.ImportFrom.names); j++) {
            const mp_alias *a = MP_SEQ_GET(s->v.ImportFrom.names, j);
            /* The features and the co_flags bits they set. */
            static const struct { const char *name; int flag; } known[] = {
                {"nested_scopes", 0}, {"generators", 0}, {"division", 0x20000},
                {"absolute_import", 0x40000}, {"with_statement", 0x80000},
                {"print_function", 0x100000}, {"unicode_literals", 0x200000},
                {"barry_as_FLUFL", 0x400000}, {"generator_stop", 0x800000},
                {"annotations", 0x1000000}, {NULL, 0}};
            int k = 0;
            while (known[k].name && strcmp(a->name, known[k].name) != 0)
                k++;
            if (known[k].name) {
                c->future_flags |= known[k].flag;
                if (known[k].flag == 0x1000000)
                    c->future_annotations = 1;
                continue;
            }
            if (strcmp(a->name, "braces") == 0)
                return future_error(c, at, "not a chance");
            return future_error(c, at, "future feature %.100s is not defined", a->name);
        }
        c->future_lineno = s->pos.lineno;
    }
    return 1;
}

/* ---- the driver ----------------------------------------------------------------------------- */

static mp_code *compile_mod(mp_compiler *c, const mp_mod *mod)
{
    if (!mp_enter_scope(c, "<module>", MP_SCOPE_TYPE_MODULE, mod, 1))
        return NULL;
    c->u->loc.lineno = 1;
    int ok = 1, add_none = 1;
    switch (mod->kind) {
    case MP_MOD_Module:
        ok = mp_compile_body(c, mod->body);
        break;
    case MP_MOD_Interactive:
        c->interactive = 1;
        if (mp_find_ann(mod->body))
            ok = mp_addop(c, MP_OP_SETUP_ANNOTATIONS);
        ok = ok && mp_compile_stmts(c, mod->body);
        break;
    case MP_MOD_Expression:
        ok = mp_compile_expr(c, mod->expr_body);
        add_none = 0;
        break;
    }
    mp_code *co = ok ? mp_assemble(c, add_none) : NULL;
    mp_exit_scope(c);
    return co;
}

/* The exception for a SyntaxError the symbol table or the code generator
 * found.  The code generator's carry the location in their args, as
 * compiler_error makes them; the symbol table's only in their attributes
 * (PyErr_RangedSyntaxLocationObject).  Offsets stay byte offsets + 1. */
static mp_obj compile_error_exc(const mp_syntax_error *err, int location_in_args)
{
    mp_obj msg = mp_str_from_cstr(err->msg);
    mp_obj filename = mp_str_from_cstr(err->filename ? err->filename : "<unknown>");
    mp_obj text = NULL;
    if (err->text) {
        size_t n = strlen(err->text);
        text = mp_str_decode_utf8(err->text, n, "replace");
        if (text) {
            mp_obj nl = mp_str_from_cstr("\n");
            mp_obj t = nl ? mp_str_concat(text, nl) : NULL;
            mp_xdecref(nl);
            mp_decref(text);
            text = t;
        }
    } else {
        text = mp_newref(mp_none);
    }
    mp_obj lineno = mp_int_from_ssize(err->lineno);
    mp_obj offset = mp_int_from_ssize(err->col_offset + 1);
    mp_obj end_lineno = mp_int_from_ssize(err->end_lineno);
    mp_obj end_offset = err->end_col_offset == INT_MIN ? mp_newref(mp_none)
                                                       : mp_int_from_ssize(err->end_col_offset + 1);
    mp_obj exc = NULL;
    if (msg && filename && text && lineno && offset && end_lineno && end_offset) {
        if (location_in_args) {
            mp_obj loc = mp_tuple_pack(6, filename, lineno, offset, text, end_lineno,
                                       end_offset);
            mp_obj args = loc ? mp_tuple_pack(2, msg, loc) : NULL;
            if (args)
                exc = mp_exc_new(&mp_type_SyntaxError, args);
            mp_xdecref(loc);
            mp_xdecref(args);
        } else {
            mp_obj args = mp_tuple_pack(1, msg);
            if (args)
                exc = mp_exc_new(&mp_type_SyntaxError, args);
            mp_xdecref(args);
            if (exc) {
                mp_exc_syntax *e = (mp_exc_syntax *)exc;
                MP_SETREF(e->filename, mp_newref(filename));
                MP_SETREF(e->lineno, mp_newref(lineno));
                MP_SETREF(e->offset, mp_newref(offset));
                MP_SETREF(e->text, mp_newref(text));
                MP_SETREF(e->end_lineno, mp_newref(end_lineno));
                MP_SETREF(e->end_offset, mp_newref(end_offset));
            }
        }
    }
    mp_xdecref(msg);
    mp_xdecref(filename);
    mp_xdecref(text);
    mp_xdecref(lineno);
    mp_xdecref(offset);
    mp_xdecref(end_lineno);
    mp_xdecref(end_offset);
    return exc;
}

static void raise_compile_error(const mp_syntax_error *err, int location_in_args)
{
    mp_obj exc = compile_error_exc(err, location_in_args);
    if (exc) {
        mp_err_set_exc(exc);
        mp_decref(exc);
    }
}

/* Python's recursion limit times 3, less what the running frames use, as
 * CPython's compiler allows. */
static int recursion_budget(void)
{
    int limit = mp_the_interp.recursion_limit > 0 ? mp_the_interp.recursion_limit : 1000;
    mp_tstate *ts = mp_ts();
    int depth = ts ? ts->recursion_depth : 0;
    return (limit - depth) * 3;
}

mp_code *mp_compile_mod(mp_mod *mod, const char *filename, int optimize)
{
    mp_compiler c;
    memset(&c, 0, sizeof c);
    mp_syntax_error err = {0};
    c.filename = filename;
    c.err = &err;
    c.optimize = optimize;
    c.recursion_limit = recursion_budget();
    c.arena = mp_arena_new();
    c.filename_obj = mp_str_from_cstr(filename);
    mp_code *co = NULL;
    if (!c.arena || !c.filename_obj) {
        if (!c.arena)
            mp_err_no_memory();
        goto done;
    }
    if (!future_parse(&c, mod) || !mp_ast_optimize(&c, mod))
        goto done;
    mp_st_status status;
    c.st = mp_symtable_build(mod, filename, recursion_budget(), c.future_annotations, &err,
                             &status);
    if (!c.st) {
        if (status == MP_ST_SYNTAX)
            raise_compile_error(&err, 0);
        else if (status == MP_ST_RECURSION)
            mp_err_set_str(&mp_type_RecursionError,
                           "maximum recursion depth exceeded during compilation");
        else
            mp_err_no_memory();
        goto done;
    }
    co = compile_mod(&c, mod);
done:
    if (!co && c.syntax_error)
        raise_compile_error(&err, !c.error_attrs);
    while (c.u)
        mp_exit_scope(&c);
    mp_symtable_free(c.st);
    mp_consts_clear(&c.const_cache);
    cnodes_clear(&c);
    mp_xdecref(c.filename_obj);
    mp_arena_free(c.arena);
    mp_syntax_error_clear(&err);
    return co;
}

mp_code *mp_compile_source(const char *src, size_t len, const char *filename,
                           mp_parse_mode mode, int optimize)
{
    mp_arena *arena = mp_arena_new();
    if (!arena) {
        mp_err_no_memory();
        return NULL;
    }
    mp_syntax_error err = {0};
    mp_mod *mod = mp_parse(arena, src, len, filename, mode, &err);
    mp_code *co = NULL;
    if (!mod)
        mp_syntax_error_raise(&err);
    else
        co = mp_compile_mod(mod, filename, optimize);
    mp_syntax_error_clear(&err);
    mp_arena_free(arena);
    return co;
}
