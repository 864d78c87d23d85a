/* What the compiler's files share: the control-flow graph the code
 * generator builds (basic blocks of instructions, with pseudo-
 * instructions for jumps and exception handling), the compilation units
 * (one per code object being built), the constant folder's table, and the
 * error recording.  The scheme is CPython 3.11's Python/compile.c:
 *
 *   ast_opt.c        constant folding on the tree (CPython's ast_opt.c)
 *   symtable*.c      scopes
 *   compile.c        the driver, units, name and constant tables
 *   compile_stmt.c   statements, compile_expr.c expressions,
 *   compile_comp.c   comprehensions, calls, functions and classes
 *   compile_match.c  the match statement's patterns
 *   flowgraph.c      the optimisations on the graph
 *   assemble.c       blocks to wordcode, line and exception tables, the
 *                    code object
 *
 * Functions return 1 on success and 0 on failure, as CPython's compiler
 * does, with either an exception set or c->err filled (c->syntax_error).
 */
#ifndef MINIPY_COMPILE_INTERNAL_H
#define MINIPY_COMPILE_INTERNAL_H

#include <stdarg.h>

#include "minipy/ast.h"
#include "minipy/code.h"
#include "minipy/object.h"
#include "minipy/opcodes.h"
#include "minipy/parser.h"
#include "minipy/strmap.h"
#include "minipy/symtable.h"
#include "minipy/exc.h"
#include "minipy/singletons.h"

/* ---- errors (errors.c) ------------------------------------------------------
 * Fill err with a SyntaxError at pos; the text is read from the file. */
void mp_compile_error(mp_syntax_error *err, const char *filename, mp_pos pos,
                      const char *fmt, ...);
void mp_compile_verror(mp_syntax_error *err, const char *filename, mp_pos pos,
                       const char *fmt, va_list ap);

/* ---- instructions -------------------------------------------------------------
 * Pseudo-instructions, numbered past the real opcodes: the assembler turns
 * them into NOPs, exception table entries, or the forward/backward form
 * of a jump. */
enum {
    MP_OP_SETUP_FINALLY = 256, /* push a handler (depth: + the exception) */
    MP_OP_SETUP_CLEANUP,       /* same, and the handler gets lasti */
    MP_OP_SETUP_WITH,          /* same, for with blocks */
    MP_OP_POP_BLOCK,           /* pop the handler */
    MP_OP_JUMP,
    MP_OP_JUMP_NO_INTERRUPT,
    MP_OP_POP_JUMP_IF_FALSE,
    MP_OP_POP_JUMP_IF_TRUE,
    MP_OP_POP_JUMP_IF_NONE,
    MP_OP_POP_JUMP_IF_NOT_NONE,
};

#define MP_MAXBLOCKS 20 /* statically nested blocks (CO_MAXBLOCKS) */

typedef struct mp_bblock mp_bblock;

typedef struct mp_instr {
    int opcode;
    int oparg;
    mp_bblock *target;   /* jumps and SETUP_* */
    mp_bblock *except;   /* the handler in force (set by the assembler) */
    mp_location loc;     /* lineno -1: none */
} mp_instr;

typedef struct mp_except_stack {
    mp_bblock *handlers[MP_MAXBLOCKS + 1];
    int depth;
} mp_except_stack;

struct mp_bblock {
    mp_bblock *list;     /* every block of the unit, newest first */
    mp_bblock *next;     /* the block control falls into */
    mp_except_stack *exceptstack;
    mp_instr *instr;
    int iused, ialloc;
    int predecessors;
    int startdepth;      /* stack depth on entry */
    int offset;          /* in code units */
    unsigned nofallthrough : 1; /* ends with a return, raise or jump */
    unsigned preserve_lasti : 1; /* a handler that receives lasti */
    unsigned visited : 1;
    unsigned exit : 1;   /* ends with a return or raise */
    unsigned ret : 1;    /* contains RETURN_VALUE */
};

static inline int mp_is_jump_op(int op)
{
    switch (op) {
    case MP_OP_JUMP: case MP_OP_JUMP_NO_INTERRUPT: case MP_OP_POP_JUMP_IF_FALSE:
    case MP_OP_POP_JUMP_IF_TRUE: case MP_OP_POP_JUMP_IF_NONE: case MP_OP_POP_JUMP_IF_NOT_NONE:
    case MP_OP_JUMP_FORWARD: case MP_OP_JUMP_BACKWARD: case MP_OP_JUMP_BACKWARD_NO_INTERRUPT:
    case MP_OP_JUMP_IF_FALSE_OR_POP: case MP_OP_JUMP_IF_TRUE_OR_POP: case MP_OP_FOR_ITER:
    case MP_OP_SEND: case MP_OP_POP_JUMP_FORWARD_IF_FALSE: case MP_OP_POP_JUMP_FORWARD_IF_TRUE:
    case MP_OP_POP_JUMP_FORWARD_IF_NONE: case MP_OP_POP_JUMP_FORWARD_IF_NOT_NONE:
    case MP_OP_POP_JUMP_BACKWARD_IF_FALSE: case MP_OP_POP_JUMP_BACKWARD_IF_TRUE:
    case MP_OP_POP_JUMP_BACKWARD_IF_NONE: case MP_OP_POP_JUMP_BACKWARD_IF_NOT_NONE:
        return 1;
    }
    return 0;
}

static inline int mp_is_block_push(int op)
{
    return op == MP_OP_SETUP_FINALLY || op == MP_OP_SETUP_CLEANUP || op == MP_OP_SETUP_WITH;
}

/* BINARY_OP's argument for an AST operator (opcodes.h numbers them). */
static inline int mp_binop_arg(mp_operator op, int inplace)
{
    static const unsigned char nb[] = {
        [MP_Add] = MP_NB_ADD, [MP_Sub] = MP_NB_SUBTRACT, [MP_Mult] = MP_NB_MULTIPLY,
        [MP_MatMult] = MP_NB_MATRIX_MULTIPLY, [MP_Div] = MP_NB_TRUE_DIVIDE,
        [MP_Mod] = MP_NB_REMAINDER, [MP_Pow] = MP_NB_POWER, [MP_LShift] = MP_NB_LSHIFT,
        [MP_RShift] = MP_NB_RSHIFT, [MP_BitOr] = MP_NB_OR, [MP_BitXor] = MP_NB_XOR,
        [MP_BitAnd] = MP_NB_AND, [MP_FloorDiv] = MP_NB_FLOOR_DIVIDE,
    };
    return nb[op] + (inplace ? MP_NB_INPLACE : 0);
}

/* Stack effect of op with oparg; jump: 0 fall-through, 1 jump taken,
 * -1 the larger.  Returns INT_MAX for an unknown opcode. */
int mp_stack_effect(int op, int oparg, int jump);

/* ---- constants -----------------------------------------------------------------
 * A table of constants unique by CPython's constant key: equal values of
 * the same type (so 1, 1.0 and True differ, as do 0.0 and -0.0), tuples
 * and frozensets item by item. */
typedef struct mp_consts {
    mp_obj *items;       /* owned references, in index order */
    int n, cap;
    int *index;          /* open addressing: item + 1, or 0 */
    int nindex;
} mp_consts;

/* The index of o in t, adding it (a new reference is taken) when absent;
 * -1 with an exception. */
int mp_consts_add(mp_consts *t, mp_obj o);
/* The equal constant already in t (borrowed), or NULL. */
mp_obj mp_consts_find(const mp_consts *t, mp_obj o);
void mp_consts_clear(mp_consts *t);

/* ---- units ---------------------------------------------------------------------- */

enum {
    MP_SCOPE_TYPE_MODULE,
    MP_SCOPE_TYPE_CLASS,
    MP_SCOPE_TYPE_FUNCTION,
    MP_SCOPE_TYPE_ASYNC_FUNCTION,
    MP_SCOPE_TYPE_LAMBDA,
    MP_SCOPE_TYPE_COMPREHENSION,
};

/* Frame blocks: the statements being compiled that break, continue and
 * return must unwind through. */
typedef enum {
    FB_WHILE_LOOP, FB_FOR_LOOP, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END,
    FB_WITH, FB_ASYNC_WITH, FB_HANDLER_CLEANUP, FB_POP_VALUE, FB_EXCEPTION_HANDLER,
    FB_EXCEPTION_GROUP_HANDLER, FB_ASYNC_COMPREHENSION_GENERATOR
} mp_fblock_type;

typedef struct mp_fblock {
    mp_fblock_type type;
    mp_bblock *block;
    mp_bblock *exit;
    const void *datum;   /* the finally body, the with statement, the
                            handler's name */
} mp_fblock;

typedef struct mp_unit {
    struct mp_unit *parent;
    mp_ste *ste;
    const char *name;
    const char *qualname;
    int scope_type;
    mp_consts consts;
    mp_strmap names;     /* co_names */
    mp_strmap varnames;  /* locals, parameters first */
    mp_strmap cellvars;
    mp_strmap freevars;  /* numbered after the cells */
    const char *private_; /* the class for name mangling */
    int argcount, posonlyargcount, kwonlyargcount;
    mp_bblock *blocks;   /* every block, newest first */
    mp_bblock *curblock;
    int nfblocks;
    mp_fblock fblock[MP_MAXBLOCKS];
    int firstlineno;
    mp_location loc;     /* of the instructions being emitted */
    int need_new_implicit_block;
} mp_unit;

typedef struct mp_compiler {
    const char *filename;
    mp_obj filename_obj;     /* str */
    mp_symtable *st;
    mp_arena *arena;         /* names made while compiling */
    mp_unit *u;
    int nestlevel;
    int interactive;         /* 'single' mode: print expression statements */
    int optimize;            /* -O level */
    int future_annotations;
    int future_flags;        /* CO_FUTURE_* bits every code object gets */
    int future_lineno;       /* the last line of the __future__ imports */
    mp_consts const_cache;   /* every constant of the compilation, merged */
    /* The values of Constant nodes (including those the folder made): a
     * map from node to object, owned. */
    const mp_expr **cnodes;
    mp_obj *cvalues;
    int ncnodes, capcnodes;
    int *cindex;
    int ncindex;
    int recursion_depth, recursion_limit;
    mp_syntax_error *err;
    int syntax_error;        /* err is filled in */
    int error_attrs;         /* ... in the symbol table's form: the
                                location in the attributes, not in args */
} mp_compiler;

/* ---- emitting (compile.c) -------------------------------------------------------- */

mp_bblock *mp_new_block(mp_compiler *c);
void mp_use_next_block(mp_compiler *c, mp_bblock *b);
int mp_addop(mp_compiler *c, int op);
int mp_addop_i(mp_compiler *c, int op, int oparg);
int mp_addop_noline(mp_compiler *c, int op);
int mp_addop_i_noline(mp_compiler *c, int op, int oparg);
int mp_addop_j(mp_compiler *c, int op, mp_bblock *target);
int mp_addop_j_noline(mp_compiler *c, int op, mp_bblock *target);
/* LOAD_CONST o (borrowed). */
int mp_addop_load_const(mp_compiler *c, mp_obj o);
/* LOAD_CONST o, stealing o (NULL: fails, the exception being set). */
int mp_addop_load_const_new(mp_compiler *c, mp_obj o);
/* op with the index of name (mangled) in co_names. */
int mp_addop_name(mp_compiler *c, int op, const char *name);
/* op with the index of name (not mangled) in co_names. */
int mp_addop_name_raw(mp_compiler *c, int op, const char *name);
int mp_add_const(mp_compiler *c, mp_obj o);
int mp_compiler_nameop(mp_compiler *c, const char *name, mp_expr_context ctx);
const char *mp_compiler_mangle(mp_compiler *c, const char *name);

static inline void mp_set_loc(mp_compiler *c, mp_pos p)
{
    c->u->loc.lineno = p.lineno;
    c->u->loc.col = p.col_offset;
    c->u->loc.end_lineno = p.end_lineno;
    c->u->loc.end_col = p.end_col_offset;
}
static inline void mp_unset_loc(mp_compiler *c)
{
    c->u->loc.lineno = c->u->loc.col = c->u->loc.end_lineno = c->u->loc.end_col = -1;
}

/* Records a SyntaxError at the current location (or at pos); returns 0. */
int mp_compiler_error(mp_compiler *c, const char *fmt, ...);
int mp_compiler_error_at(mp_compiler *c, mp_pos pos, const char *fmt, ...);
/* Prints a SyntaxWarning as CPython's warnings module does; 1, or 0 on
 * error. */
int mp_compiler_warn(mp_compiler *c, const char *fmt, ...);

/* Scopes. */
int mp_enter_scope(mp_compiler *c, const char *name, int scope_type, const void *key,
                   int lineno);
void mp_exit_scope(mp_compiler *c);
/* Turns the current unit into a code object (a new reference), or NULL. */
mp_code *mp_assemble(mp_compiler *c, int add_none);

/* Frame blocks. */
int mp_push_fblock(mp_compiler *c, mp_fblock_type t, mp_bblock *b, mp_bblock *exit,
                   const void *datum);
void mp_pop_fblock(mp_compiler *c, mp_fblock_type t, mp_bblock *b);

/* The constant value of a Constant node (borrowed), made on first use. */
mp_obj mp_const_value(mp_compiler *c, const mp_expr *e);
/* Records v (stolen) as the value of node e, which becomes a Constant. */
int mp_const_set(mp_compiler *c, mp_expr *e, mp_obj v);

/* ---- the passes ------------------------------------------------------------------- */

/* Constant folding (ast_opt.c). */
int mp_ast_optimize(mp_compiler *c, mp_mod *mod);

/* compile_stmt.c, compile_expr.c */
int mp_compile_stmt(mp_compiler *c, const mp_stmt *s);
int mp_compile_stmts(mp_compiler *c, const mp_seq *stmts);
int mp_compile_body(mp_compiler *c, const mp_seq *stmts);
/* Whether a block of statements annotates a variable anywhere (then the
 * module or class needs SETUP_ANNOTATIONS). */
int mp_find_ann(const mp_seq *stmts);
int mp_compile_expr(mp_compiler *c, const mp_expr *e);
/* compile_match.c: the match statement */
int mp_compile_match(mp_compiler *c, const mp_stmt *s);
int mp_compile_exprs(mp_compiler *c, const mp_seq *exprs);
int mp_compile_jump_if(mp_compiler *c, const mp_expr *e, mp_bblock *next, int cond);
int mp_compile_call_helper(mp_compiler *c, int n, const mp_seq *args,
                           const mp_seq *keywords);
int mp_compile_add_yield_from(mp_compiler *c, int await);
int mp_compile_function(mp_compiler *c, const mp_stmt *s, int is_async);
int mp_compile_class(mp_compiler *c, const mp_stmt *s);
int mp_compile_lambda(mp_compiler *c, const mp_expr *e);
int mp_compile_comprehension(mp_compiler *c, const mp_expr *e);
int mp_compile_call(mp_compiler *c, const mp_expr *e);
int mp_compile_make_closure(mp_compiler *c, mp_code *co, int flags, const char *qualname);
/* The docstring of a body (its first statement, a str constant), or NULL. */
const mp_expr *mp_get_docstring(mp_compiler *c, const mp_seq *body);

/* flowgraph.c */
int mp_optimize_cfg(mp_compiler *c, mp_bblock *entry, mp_consts *consts);
int mp_normalize_basic_block(mp_bblock *b);
int mp_extend_block(mp_bblock *b);
void mp_clean_basic_block(mp_bblock *b);
int mp_duplicate_exits_without_lineno(mp_compiler *c);
void mp_propagate_line_numbers(mp_bblock *entry);
void mp_guarantee_lineno_for_exits(mp_bblock *entry, int firstlineno);
int mp_trim_unused_consts(mp_bblock *entry, mp_consts *consts);
/* Room for one more instruction in b; its index, or -1 (MemoryError set). */
int mp_next_instr(mp_bblock *b);
mp_bblock *mp_copy_block(mp_compiler *c, mp_bblock *b);

#endif
