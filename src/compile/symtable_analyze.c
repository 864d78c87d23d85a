/* The symbol table, second pass: decides the scope of every name (CPython
 * 3.11's analyze_block and friends).
 *
 * A scope is analysed with three sets from its parent: the names bound in
 * enclosing functions (bound: NULL at module level), the names declared
 * global around it (global), and it reports the names its inner scopes
 * need from outside (free).  A class body binds names its methods cannot
 * see, so it passes its parent's bindings down instead of its own.
 * A local that an inner scope needs becomes a cell; __class__ used by a
 * method makes the class provide the implicit __class__ cell.
 */
#include <string.h>

#include "compile_internal.h"
#include "minipy/mem.h"
#include "minipy/symtable.h"

static int nomem(mp_symtable *st)
{
    st->status = MP_ST_MEMORY;
    return 0;
}

static int set_add(mp_symtable *st, mp_strmap *set, const char *name)
{
    return mp_strmap_add(set, name, 0, NULL) ? 1 : nomem(st);
}

static int set_has(const mp_strmap *set, const char *name)
{
    return mp_strmap_find(set, name) != NULL;
}

/* Reports the error at the global/nonlocal statement that named name. */
static int error_at_directive(mp_symtable *st, mp_ste *ste, const char *name,
                              const char *fmt)
{
    mp_pos pos = ste->pos;
    for (int i = 0; i < ste->ndirectives; i++) {
        if (strcmp(ste->directives[i].name, name) == 0) {
            pos = ste->directives[i].pos;
            break;
        }
    }
    mp_compile_error(st->err, st->filename, pos, fmt, name);
    st->status = MP_ST_SYNTAX;
    return 0;
}

static int set_scope(mp_symtable *st, mp_strmap *scopes, const char *name, int scope)
{
    return mp_strmap_put(scopes, name, scope) ? 1 : nomem(st);
}

static int analyze_name(mp_symtable *st, mp_ste *ste, mp_strmap *scopes, const char *name,
                        int flags, mp_strmap *bound, mp_strmap *local, mp_strmap *free,
                        mp_strmap *global)
{
    if (flags & MP_DEF_GLOBAL) {
        if (flags & MP_DEF_NONLOCAL)
            return error_at_directive(st, ste, name, "name '%s' is nonlocal and global");
        if (!set_scope(st, scopes, name, MP_SCOPE_GLOBAL_EXPLICIT) ||
            !set_add(st, global, name))
            return 0;
        if (bound)
            mp_strmap_remove(bound, name);
        return 1;
    }
    if (flags & MP_DEF_NONLOCAL) {
        if (!bound)
            return error_at_directive(st, ste, name,
                                      "nonlocal declaration not allowed at module level");
        if (!set_has(bound, name))
            return error_at_directive(st, ste, name, "no binding for nonlocal '%s' found");
        ste->free = 1;
        return set_scope(st, scopes, name, MP_SCOPE_FREE) && set_add(st, free, name);
    }
    if (flags & MP_DEF_BOUND) {
        if (!set_scope(st, scopes, name, MP_SCOPE_LOCAL) || !set_add(st, local, name))
            return 0;
        mp_strmap_remove(global, name);
        return 1;
    }
    /* Bound in an enclosing function: free here.  (A non-NULL bound means
     * the block is nested.) */
    if (bound && set_has(bound, name)) {
        ste->free = 1;
        return set_scope(st, scopes, name, MP_SCOPE_FREE) && set_add(st, free, name);
    }
    if (global && set_has(global, name))
        return set_scope(st, scopes, name, MP_SCOPE_GLOBAL_IMPLICIT);
    if (ste->nested)
        ste->free = 1;
    return set_scope(st, scopes, name, MP_SCOPE_GLOBAL_IMPLICIT);
}

/* Locals that inner scopes use become cells (and stop being free). */
static void analyze_cells(mp_strmap *scopes, mp_strmap *free)
{
    for (int i = 0; i < scopes->nentries; i++) {
        mp_strmap_entry *e = &scopes->entries[i];
        if (e->key && e->value == MP_SCOPE_LOCAL && mp_strmap_remove(free, e->key))
            e->value = MP_SCOPE_CELL;
    }
}

/* Writes the scopes into the flags, and adds the free variables of inner
 * scopes that pass through this one. */
static int update_symbols(mp_symtable *st, mp_strmap *symbols, mp_strmap *scopes,
                          mp_strmap *bound, mp_strmap *free, int classflag)
{
    for (int i = 0; i < symbols->nentries; i++) {
        mp_strmap_entry *e = &symbols->entries[i];
        if (e->key)
            e->value |= mp_strmap_get(scopes, e->key, 0) << MP_SCOPE_OFFSET;
    }
    for (int i = 0; i < free->nentries; i++) {
        const char *name = free->entries[i].key;
        if (!name)
            continue;
        mp_strmap_entry *e = mp_strmap_find(symbols, name);
        if (e) {
            /* A method's free variable that the class also binds. */
            if (classflag && (e->value & (MP_DEF_BOUND | MP_DEF_GLOBAL)))
                e->value |= MP_DEF_FREE_CLASS;
            continue;
        }
        if (bound && !set_has(bound, name))
            continue; /* a global */
        if (!mp_strmap_put(symbols, name, MP_SCOPE_FREE << MP_SCOPE_OFFSET))
            return nomem(st);
    }
    return 1;
}

static int analyze_block(mp_symtable *st, mp_ste *ste, mp_strmap *bound, mp_strmap *free,
                         mp_strmap *global);

static int analyze_child(mp_symtable *st, mp_ste *child, mp_strmap *bound,
                         mp_strmap *free, mp_strmap *global, mp_strmap *child_free)
{
    mp_strmap tbound = MP_STRMAP_INIT, tfree = MP_STRMAP_INIT, tglobal = MP_STRMAP_INIT;
    int ok = mp_strmap_update(&tbound, bound) == 0 && mp_strmap_update(&tfree, free) == 0 &&
             mp_strmap_update(&tglobal, global) == 0;
    if (!ok)
        nomem(st);
    else
        ok = analyze_block(st, child, &tbound, &tfree, &tglobal);
    if (ok && mp_strmap_update(child_free, &tfree) < 0)
        ok = nomem(st);
    mp_strmap_clear(&tbound);
    mp_strmap_clear(&tfree);
    mp_strmap_clear(&tglobal);
    return ok;
}

/* The sets visible to children: a class passes down what it received, a
 * function adds its own locals. */
static int child_sets(mp_symtable *st, mp_ste *ste, mp_strmap *local, mp_strmap *bound,
                      mp_strmap *global, mp_strmap *newbound, mp_strmap *newglobal)
{
    if (ste->type == MP_BLOCK_CLASS)
        return set_add(st, newbound, "__class__");
    if ((ste->type == MP_BLOCK_FUNCTION && mp_strmap_update(newbound, local) < 0) ||
        (bound && mp_strmap_update(newbound, bound) < 0) ||
        mp_strmap_update(newglobal, global) < 0)
        return nomem(st);
    return 1;
}

static int analyze_block_sets(mp_symtable *st, mp_ste *ste, mp_strmap *bound,
                              mp_strmap *free, mp_strmap *global, mp_strmap *local,
                              mp_strmap *scopes, mp_strmap *newbound, mp_strmap *newglobal,
                              mp_strmap *newfree, mp_strmap *allfree)
{
    /* A class body's bindings are invisible to its methods: the sets for
     * the children are fixed before its own names are analysed. */
    if (ste->type == MP_BLOCK_CLASS &&
        (mp_strmap_update(newglobal, global) < 0 ||
         (bound && mp_strmap_update(newbound, bound) < 0)))
        return nomem(st);
    for (int i = 0; i < ste->symbols.nentries; i++) {
        mp_strmap_entry *e = &ste->symbols.entries[i];
        if (e->key && !analyze_name(st, ste, scopes, e->key, e->value, bound, local, free,
                                    global))
            return 0;
    }
    if (!child_sets(st, ste, local, bound, global, newbound, newglobal))
        return 0;
    for (int i = 0; i < ste->nchildren; i++) {
        mp_ste *child = ste->children[i];
        if (!analyze_child(st, child, newbound, newfree, newglobal, allfree))
            return 0;
        if (child->free || child->child_free)
            ste->child_free = 1;
    }
    if (mp_strmap_update(newfree, allfree) < 0)
        return nomem(st);
    if (ste->type == MP_BLOCK_FUNCTION)
        analyze_cells(scopes, newfree);
    else if (ste->type == MP_BLOCK_CLASS && mp_strmap_remove(newfree, "__class__"))
        ste->needs_class_closure = 1;
    if (!update_symbols(st, &ste->symbols, scopes, bound, newfree,
                        ste->type == MP_BLOCK_CLASS))
        return 0;
    return mp_strmap_update(free, newfree) < 0 ? nomem(st) : 1;
}

static int analyze_block(mp_symtable *st, mp_ste *ste, mp_strmap *bound, mp_strmap *free,
                         mp_strmap *global)
{
    mp_strmap local = MP_STRMAP_INIT, scopes = MP_STRMAP_INIT, newbound = MP_STRMAP_INIT,
              newglobal = MP_STRMAP_INIT, newfree = MP_STRMAP_INIT, allfree = MP_STRMAP_INIT;
    int ok = analyze_block_sets(st, ste, bound, free, global, &local, &scopes, &newbound,
                                &newglobal, &newfree, &allfree);
    mp_strmap_clear(&local);
    mp_strmap_clear(&scopes);
    mp_strmap_clear(&newbound);
    mp_strmap_clear(&newglobal);
    mp_strmap_clear(&newfree);
    mp_strmap_clear(&allfree);
    return ok;
}

int mp_symtable_analyze(mp_symtable *st)
{
    mp_strmap free = MP_STRMAP_INIT, global = MP_STRMAP_INIT;
    int ok = analyze_block(st, st->top, NULL, &free, &global);
    mp_strmap_clear(&free);
    mp_strmap_clear(&global);
    return ok;
}
