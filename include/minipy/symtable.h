/* The symbol table: which names each scope binds, uses, declares global
 * or nonlocal, and what each name finally is (local, global, free, cell).
 * The rules, flags and error messages are CPython 3.11's symtable.c, so
 * that the compiler emits the same LOAD_FAST / LOAD_GLOBAL / LOAD_DEREF
 * choices and the same SyntaxErrors.  (compile/symtable.c builds the
 * table in one pass over the tree; compile/symtable_analyze.c resolves
 * the scopes.)
 *
 * The table needs only the syntax tree: it uses no runtime objects, so it
 * can be built and tested before the object system is up.
 */
#ifndef MINIPY_SYMTABLE_H
#define MINIPY_SYMTABLE_H

#include "minipy/ast.h"
#include "minipy/parser.h"
#include "minipy/strmap.h"

/* MP_BLOCK_ANNOTATION is the scope of the annotations of one statement
 * under `from __future__ import annotations` (they are not evaluated). */
typedef enum {
    MP_BLOCK_FUNCTION, MP_BLOCK_CLASS, MP_BLOCK_MODULE, MP_BLOCK_ANNOTATION
} mp_block_type;

typedef enum {
    MP_COMP_NONE, MP_COMP_LIST, MP_COMP_DICT, MP_COMP_SET, MP_COMP_GENEXP
} mp_comprehension_kind;

/* A symbol's flags: how the name occurs in its scope (CPython's DEF_*),
 * and, once analysed, its scope in the bits above MP_SCOPE_OFFSET. */
enum {
    MP_DEF_GLOBAL = 1,         /* global statement */
    MP_DEF_LOCAL = 2,          /* assigned in this scope */
    MP_DEF_PARAM = 4,          /* a parameter */
    MP_DEF_NONLOCAL = 8,       /* nonlocal statement */
    MP_USE = 16,               /* read */
    MP_DEF_FREE = 32,          /* a free variable from an inner scope */
    MP_DEF_FREE_CLASS = 64,    /* free in a method and bound in the class */
    MP_DEF_IMPORT = 128,       /* bound by import */
    MP_DEF_ANNOT = 256,        /* annotated */
    MP_DEF_COMP_ITER = 512,    /* a comprehension's iteration variable */
    MP_DEF_BOUND = MP_DEF_LOCAL | MP_DEF_PARAM | MP_DEF_IMPORT,
};

#define MP_SCOPE_OFFSET 11
#define MP_SCOPE_MASK 15

/* Scopes, numbered as CPython's. */
enum {
    MP_SCOPE_LOCAL = 1,
    MP_SCOPE_GLOBAL_EXPLICIT = 2,
    MP_SCOPE_GLOBAL_IMPLICIT = 3,
    MP_SCOPE_FREE = 4,
    MP_SCOPE_CELL = 5,
};

/* Where a global or nonlocal statement named a name (for the errors the
 * analysis reports later). */
typedef struct mp_st_directive {
    const char *name;
    mp_pos pos;
} mp_st_directive;

typedef struct mp_ste mp_ste;

/* One scope: the module, a class body, a function, a lambda or a
 * comprehension. */
struct mp_ste {
    const char *name;         /* "top", the def/class name, "lambda",
                                 "listcomp", "genexpr", ... */
    mp_block_type type;
    const void *key;          /* the node that opened it */
    mp_pos pos;
    mp_strmap symbols;        /* mangled name -> flags, in first-seen order */
    const char **varnames;    /* parameters, in order */
    int nvarnames, capvarnames;
    mp_ste **children;
    int nchildren, capchildren;
    mp_st_directive *directives;
    int ndirectives, capdirectives;
    mp_comprehension_kind comprehension;
    int comp_iter_expr;       /* > 0 inside a comprehension's iterable */
    unsigned nested : 1;      /* inside a function */
    unsigned free : 1;        /* has free variables */
    unsigned child_free : 1;  /* an inner scope has free variables */
    unsigned generator : 1;
    unsigned coroutine : 1;
    unsigned varargs : 1;
    unsigned varkeywords : 1;
    unsigned returns_value : 1;
    unsigned needs_class_closure : 1; /* a class whose methods use __class__ */
    unsigned comp_iter_target : 1;    /* visiting a comprehension target */
};

/* Why building the table failed. */
typedef enum {
    MP_ST_OK,
    MP_ST_SYNTAX,     /* the mp_syntax_error is filled in */
    MP_ST_RECURSION,  /* "maximum recursion depth exceeded during compilation" */
    MP_ST_MEMORY
} mp_st_status;

typedef struct mp_symtable {
    mp_arena *arena;          /* mangled names, entries */
    const char *filename;
    mp_ste *top;
    mp_ste *cur;
    mp_ste **stack;
    int nstack, capstack;
    const char *private_;     /* the class whose body is being visited */
    mp_ste **all;             /* every entry, for lookup by key */
    int nall, capall;
    const void **keys;        /* hash index over all by key */
    int nkeys;
    int recursion_depth, recursion_limit;
    int future_annotations;   /* from __future__ import annotations */
    mp_st_status status;
    mp_syntax_error *err;
} mp_symtable;

/* Builds the table for mod.  recursion_limit bounds the nesting depth the
 * visit accepts (CPython allows 3 * sys.getrecursionlimit()).  Returns the
 * table, or NULL with *status saying why (and *err filled for
 * MP_ST_SYNTAX; its text is the line read from filename, as CPython reads
 * it). */
mp_symtable *mp_symtable_build(const mp_mod *mod, const char *filename,
                               int recursion_limit, int future_annotations,
                               mp_syntax_error *err, mp_st_status *status);
void mp_symtable_free(mp_symtable *st);

/* The second pass (symtable_analyze.c): resolves every name's scope.
 * Returns 1, or 0 with st->status set. */
int mp_symtable_analyze(mp_symtable *st);

/* The entry opened by node key (a statement, lambda, comprehension, or
 * the mp_mod itself), or NULL. */
mp_ste *mp_symtable_lookup(const mp_symtable *st, const void *key);

/* A name's flags in ste (0 when absent) and its scope (0 when absent). */
int mp_ste_flags(const mp_ste *ste, const char *name);
int mp_ste_scope(const mp_ste *ste, const char *name);

/* CPython's _Py_Mangle: "__x" in class "Foo" becomes "_Foo__x"; dunder
 * names, dotted names and classes named only underscores are left alone.
 * Returns name itself or a copy in arena (NULL when it cannot allocate). */
const char *mp_mangle(mp_arena *arena, const char *private_, const char *name);

#endif
