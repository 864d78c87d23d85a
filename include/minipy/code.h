/* Code objects: the compiler's output, the VM's input (objects/code.c).
 * The fields follow CPython 3.11's code object; co_* attributes expose them. */
#ifndef MINIPY_CODE_H
#define MINIPY_CODE_H

#include "minipy/object.h"
#include "minipy/opcodes.h"

/* co_flags, with CPython's values. */
enum {
    MP_CO_OPTIMIZED = 0x1,
    MP_CO_NEWLOCALS = 0x2,
    MP_CO_VARARGS = 0x4,
    MP_CO_VARKEYWORDS = 0x8,
    MP_CO_NESTED = 0x10,
    MP_CO_GENERATOR = 0x20,
    MP_CO_NOFREE = 0x40,
    MP_CO_COROUTINE = 0x80,
    MP_CO_ITERABLE_COROUTINE = 0x100,
    MP_CO_ASYNC_GENERATOR = 0x200,
};

/* What each slot of a frame's localsplus array holds (co_localspluskinds). */
enum {
    MP_CO_FAST_LOCAL = 0x20,
    MP_CO_FAST_CELL = 0x40,
    MP_CO_FAST_FREE = 0x80,
};

/* Where an instruction came from, for tracebacks, the tracer and
 * co_positions(): lines 1-based, columns 0-based UTF-8 byte offsets;
 * -1 where unknown. */
typedef struct mp_location {
    int lineno, end_lineno, col, end_col;
} mp_location;

/* One row of the exception table: an exception raised by an instruction
 * in [start, end) (code-unit indexes) jumps to target with the value stack
 * cut to depth items (then the exception pushed; with lasti, the offset of
 * the raising instruction first). */
typedef struct mp_exc_entry {
    int start, end, target, depth, lasti;
} mp_exc_entry;

typedef struct mp_code {
    mp_object ob;
    int argcount, posonlyargcount, kwonlyargcount;
    int stacksize;
    int flags;
    int firstlineno;
    int nlocalsplus;          /* locals + cells + free variables */
    int nlocals, ncellvars, nfreevars;
    intptr_t ncode;           /* code units, caches included */
    mp_codeunit *code;        /* owned */
    mp_location *locations;   /* owned; one per code unit */
    mp_exc_entry *exctable;   /* owned */
    int nexc;
    mp_obj consts;            /* tuple */
    mp_obj names;             /* tuple of str */
    mp_obj localsplusnames;   /* tuple of str */
    unsigned char *localspluskinds; /* owned; nlocalsplus entries */
    mp_obj filename, name, qualname; /* str */
    mp_obj weakreflist;
    /* The source text, when the compiler kept it (for tracebacks of code
     * that has no file: -c, the REPL, exec of a string). */
    mp_obj source;
} mp_code;

extern mp_type mp_type_code;

/* CPython's constant keys (_PyCode_ConstantKey): whether a and b are the
 * same constant (same type, equal values; 0.0 and -0.0 differ, a NaN is
 * only itself; tuples, frozensets and code objects item by item), and a
 * hash that agrees with it.  The compiler merges constants with these. */
int mp_code_const_equal(mp_obj a, mp_obj b);
uint64_t mp_code_const_hash(mp_obj o);

/* The line of the instruction at code unit i, or -1. */
int mp_code_line_at(const mp_code *co, intptr_t i);

/* Where the location-table entry that starts at code unit i ends: an
 * instruction with its EXTENDED_ARG prefixes and caches, cut into pieces
 * of at most 8 units, as CPython's line table has them.  co_lines()
 * yields one range per entry.  Walk from i = 0 with *ins_end = 0: it
 * keeps the end of the instruction being cut. */
intptr_t mp_code_entry_end(const mp_code *co, intptr_t i, intptr_t *ins_end);

#endif
