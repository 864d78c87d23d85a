/* The bytecode interpreter: one loop that runs frames until the entry
 * frame returns.  Calls from Python to Python push a frame and continue
 * in the same loop (no C recursion); returns pop back to the caller.
 *
 * Dispatch is by computed goto over a table built from the opcode list
 * (opcodes.h).  A second table sends every instruction through the
 * tracer first; which table is used is decided at frame entry and at
 * the eval-breaker checks, so tracing costs nothing while it is off.
 *
 * Each case does the common thing inline and calls out (vm/ops.c,
 * abstract.c) for the rest.  The semantics are CPython 3.11's. */
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/call.h"
#include "minipy/descr.h"
#include "minipy/dict.h"
#include "minipy/eval.h"
#include "minipy/exc.h"
#include "minipy/float.h"
#include "minipy/gen.h"
#include "minipy/int.h"
#include "minipy/list.h"
#include "minipy/names.h"
#include "minipy/opcodes.h"
#include "minipy/set.h"
#include "minipy/singletons.h"
#include "minipy/slice.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/trace.h"
#include "minipy/traceback.h"
#include "minipy/tuple.h"

int mp_tracing_active;

/* ---- small-int fast paths ---------------------------------------------------------- */

/* Always inlined: the eval loop (twice over, untraced and traced) is large
 * enough that GCC stops inlining it otherwise, a call per small-int
 * operation (+20% on bench int_loop). */
static inline __attribute__((always_inline)) mp_obj small_binop(mp_obj a, mp_obj b, int op)
{
    intptr_t x = mp_small_value(a), y = mp_small_value(b), r;
    switch (op) {
    case MP_NB_ADD:
    case MP_NB_ADD + MP_NB_INPLACE:
        r = x + y;
        return mp_fits_small(r) ? mp_small(r) : NULL;
    case MP_NB_SUBTRACT:
    case MP_NB_SUBTRACT + MP_NB_INPLACE:
        r = x - y;
        return mp_fits_small(r) ? mp_small(r) : NULL;
    case MP_NB_MULTIPLY:
    case MP_NB_MULTIPLY + MP_NB_INPLACE:
        if (__builtin_mul_overflow(x, y, &r) || !mp_fits_small(r))
            return NULL;
        return mp_small(r);
    case MP_NB_FLOOR_DIVIDE:
    case MP_NB_FLOOR_DIVIDE + MP_NB_INPLACE:
        if (y == 0)
            return NULL;
        r = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0)))
            r--;
        return mp_small(r);
    case MP_NB_REMAINDER:
    case MP_NB_REMAINDER + MP_NB_INPLACE:
        if (y == 0)
            return NULL;
        r = x % y;
        if (r != 0 && ((r < 0) != (y < 0)))
            r += y;
        return mp_small(r);
    case MP_NB_AND:
    case MP_NB_AND + MP_NB_INPLACE:
        return mp_small(x & y);
    case MP_NB_OR:
    case MP_NB_OR + MP_NB_INPLACE:
        return mp_small(x | y);
    case MP_NB_XOR:
    case MP_NB_XOR + MP_NB_INPLACE:
        return mp_small(x ^ y);
    default:
        return NULL;
    }
}

static inline int small_compare(intptr_t x, intptr_t y, int op)
{
    switch (op) {
    case MP_LT: return x < y;
    case MP_LE: return x <= y;
    case MP_EQ: return x == y;
    case MP_NE: return x != y;
    case MP_GT: return x > y;
    default: return x >= y;
    }
}

/* ---- float fast paths ------------------------------------------------------------------- */

/* Both operands as doubles, when each is an exact float or a small int
 * that converts exactly (|v| <= 2**53), and at least one is a float (or
 * both ints are divided: int / int is that quotient too).  The results
 * are then those of float's own methods. */
static inline int float_operand(mp_obj o, double *d)
{
    if (mp_is_small(o)) {
        intptr_t v = mp_small_value(o);
        if (v < -((intptr_t)1 << 53) || v > ((intptr_t)1 << 53))
            return 0;
        *d = (double)v;
        return 1;
    }
    if (o->type == &mp_type_float) {
        *d = ((mp_float *)o)->value;
        return 1;
    }
    return 0;
}

static inline int float_operands(mp_obj a, mp_obj b, double *x, double *y)
{
    return float_operand(a, x) && float_operand(b, y);
}

/* x op y for BINARY_OP's +, -, *, / on doubles; 0 when the slow path must
 * decide (division by zero raises there). */
static inline int float_binop(double x, double y, int op, double *r)
{
    switch (op) {
    case MP_NB_ADD:
    case MP_NB_ADD + MP_NB_INPLACE: *r = x + y; return 1;
    case MP_NB_SUBTRACT:
    case MP_NB_SUBTRACT + MP_NB_INPLACE: *r = x - y; return 1;
    case MP_NB_MULTIPLY:
    case MP_NB_MULTIPLY + MP_NB_INPLACE: *r = x * y; return 1;
    case MP_NB_TRUE_DIVIDE:
    case MP_NB_TRUE_DIVIDE + MP_NB_INPLACE:
        if (y == 0.0)
            return 0;
        *r = x / y;
        return 1;
    default: return 0;
    }
}

static inline int float_compare(double x, double y, int op)
{
    switch (op) {
    case MP_LT: return x < y;
    case MP_LE: return x <= y;
    case MP_EQ: return x == y;
    case MP_NE: return x != y;
    case MP_GT: return x > y;
    default: return x >= y;
    }
}

/* Finds the handler for an exception raised at code unit `offset`. */
static const mp_exc_entry *find_handler(mp_code *co, int offset)
{
    for (int i = 0; i < co->nexc; i++) {
        const mp_exc_entry *e = &co->exctable[i];
        if (offset >= e->start && offset < e->end)
            return e;
    }
    return NULL;
}

/* ---- inline caches -------------------------------------------------------------------
 * LOAD_ATTR, STORE_ATTR, LOAD_METHOD and LOAD_GLOBAL remember in their
 * CACHE units (as many as CPython 3.11 gives them; co_code shows them
 * zeroed) what their last run found: the owner's type by its version tag
 * (abstract.h: valid while every lookup on the type finds what it found
 * then), and where the value was: an entry of a dict (a hint, checked on
 * use: dict.h), a slot at an offset, or the method itself.  The slow path
 * fills them.  A traced instruction always takes the slow path: the tracer
 * shows every reference count change, and the learner sees the faithful
 * ones. */

enum { ATTR_NONE, ATTR_DICT, ATTR_SLOT, ATTR_CLASS, ATTR_METHOD };

typedef struct {
    uint32_t tag;
    uint16_t kind;
    uint16_t index;   /* ATTR_DICT, ATTR_CLASS: the entry; ATTR_SLOT: the offset */
} attr_cache;         /* LOAD_ATTR, STORE_ATTR: 4 units */

typedef struct {
    uint32_t tag;
    uint16_t kind;
    uint16_t unused;
    mp_obj descr;     /* borrowed from the type's dict, valid with the tag */
} method_cache;       /* LOAD_METHOD: 10 units */

typedef struct {
    uint16_t index;      /* the entry in globals (version 0) or builtins */
    uint16_t version[4]; /* globals' version when the name was not in it */
} global_cache;          /* LOAD_GLOBAL: 5 units */

/* The fields read straight from the code units (a copy of the whole
 * struct read back at another offset would stall the load). */
static inline uint64_t global_cache_version(const mp_codeunit *caches)
{
    uint64_t v;
    memcpy(&v, (const char *)caches + offsetof(global_cache, version), sizeof v);
    return v;
}

_Static_assert(sizeof(attr_cache) <= 4 * sizeof(mp_codeunit), "LOAD_ATTR's caches");
_Static_assert(sizeof(method_cache) <= 10 * sizeof(mp_codeunit), "LOAD_METHOD's caches");
_Static_assert(sizeof(global_cache) <= 5 * sizeof(mp_codeunit), "LOAD_GLOBAL's caches");

static inline int fits_hint(intptr_t i) { return i >= 0 && i <= UINT16_MAX; }

/* After a plain o.name (load) or o.name = v (store) ran: remember where
 * the name was, when the type's own generic lookup found it in a way the
 * fast path can repeat. */
static void specialize_attr(mp_obj o, mp_obj name, mp_codeunit *caches, int store)
{
    attr_cache c = {0, ATTR_NONE, 0};
    mp_type *t = mp_type_of(o);
    if (mp_is_small(o))
        goto done;
    if (!store && t == &mp_type_type && (((mp_type *)o)->flags & MP_TPFLAGS_HEAPTYPE)) {
        /* A plain value in a class's own dict, read from the class: no
         * descriptor on the metatype, none in the value's type. */
        mp_type *cls = (mp_type *)o;
        if (mp_type_lookup(&mp_type_type, name) || !cls->dict)
            goto done;
        mp_obj v = mp_type_lookup(cls, name);
        intptr_t ix = mp_dict_hint_of(cls->dict, name);
        unsigned int tag = mp_type_tag(cls);
        if (v && !mp_type_of(v)->descr_get && fits_hint(ix) &&
            mp_dict_value_at_hint(cls->dict, name, ix) == v && tag)
            c = (attr_cache){tag, ATTR_CLASS, (uint16_t)ix};
        goto done;
    }
    if (store ? t->setattro != mp_obj_generic_setattr : t->getattro != mp_obj_generic_getattr)
        goto done;
    unsigned int tag = mp_type_tag(t);
    if (!tag)
        goto done;
    mp_obj descr = mp_type_lookup(t, name);
    if (!descr) {
        /* In the instance's dict. */
        if (t->dictoffset <= 0)
            goto done;
        mp_obj d = *(mp_obj *)((char *)o + t->dictoffset);
        intptr_t ix = d ? mp_dict_hint_of(d, name) : -1;
        if (fits_hint(ix))
            c = (attr_cache){tag, ATTR_DICT, (uint16_t)ix};
    } else if (mp_type_of(descr) == &mp_type_member_descr) {
        /* A slot (__slots__): an object member at a fixed offset. */
        const mp_member_def *m = ((mp_descr *)descr)->def;
        if (m->kind == MP_MEMBER_OBJ_EX && !m->readonly && m->offset > 0 &&
            m->offset <= UINT16_MAX)
            c = (attr_cache){tag, ATTR_SLOT, (uint16_t)m->offset};
    }
done:
    memcpy(caches, &c, sizeof c);
}

/* After a plain LOAD_METHOD: remember a method found on the type (one that
 * binds like a function) when the instance's dict did not hide it. */
static void specialize_method(mp_obj o, mp_obj name, mp_codeunit *caches)
{
    method_cache c = {0, ATTR_NONE, 0, NULL};
    mp_type *t = mp_type_of(o);
    if (t->getattro == mp_obj_generic_getattr && t->dictoffset >= 0) {
        unsigned int tag = mp_type_tag(t);
        mp_obj descr = tag ? mp_type_lookup(t, name) : NULL;
        if (descr && (mp_type_of(descr)->flags & MP_TPFLAGS_METHOD_DESCRIPTOR))
            c = (method_cache){tag, ATTR_METHOD, 0, descr};
    }
    memcpy(caches, &c, sizeof c);
}


/* ---- the loop ------------------------------------------------------------------------ */

/* The loop's registers, kept in locals of the loop function. */
#define LOAD_FRAME()                                                           \
    do {                                                                       \
        code = frame->code;                                                    \
        first_instr = code->code;                                              \
        next_instr = frame->prev_instr + 1;                                    \
        localsplus = frame->localsplus;                                        \
        stack_pointer = localsplus + code->nlocalsplus + frame->stacktop;     \
        frame->stacktop = 0;                                                   \
        consts = MP_TUPLE_ITEMS(code->consts);                                 \
    } while (0)
#define SAVE_STACK() (frame->stacktop = (int)(stack_pointer - localsplus - code->nlocalsplus))

/* DISPATCH_GOTO is the copy's own: the untraced copy's table, or the
 * traced copy's hook. */
#define DISPATCH()                                                             \
    do {                                                                       \
        if (EVAL_TRACED)                                                       \
            last_instr = frame->prev_instr;                                    \
        frame->prev_instr = next_instr;                                        \
        opcode = next_instr->op;                                               \
        oparg = next_instr->arg;                                               \
        next_instr++;                                                          \
        DISPATCH_GOTO();                                                       \
    } while (0)
#define TARGET(name) TARGET_##name:
#define JUMPBY(n) (next_instr += (n))
/* The cache counts as constants (mp_opcode_caches is a table in memory). */
#define OP_CACHES(name, num, caches, kind, effect) CACHES_##name = (caches),
enum { MP_OPCODES(OP_CACHES) };
#undef OP_CACHES
#define SKIP_CACHES(name) JUMPBY(CACHES_##name)

#define PUSH(v) (*stack_pointer++ = (v))
#define POP() (*--stack_pointer)
#define TOP() (stack_pointer[-1])
#define SECOND() (stack_pointer[-2])
#define PEEK(n) (stack_pointer[-(n)])
#define SET_TOP(v) (stack_pointer[-1] = (v))
#define SET_SECOND(v) (stack_pointer[-2] = (v))
#define STACK_SHRINK(n) (stack_pointer -= (n))
#define STACK_GROW(n) (stack_pointer += (n))
#define GETLOCAL(i) (localsplus[(i)])
#define SETLOCAL(i, v)                                                         \
    do {                                                                       \
        mp_obj old_ = localsplus[(i)];                                         \
        localsplus[(i)] = (v);                                                 \
        mp_xdecref(old_);                                                      \
    } while (0)
#define NAME(i) (MP_TUPLE_GET(code->names, (i)))
#define CHECK(cond) do { if (MP_UNLIKELY(!(cond))) goto error; } while (0)

/* Leaves this copy of the loop for the other one (mp_eval_frame calls it),
 * which goes on after `last` with the frame's stack as saved. */
static mp_object eval_switch_marker;
#define EVAL_SWITCH (&eval_switch_marker)
#define SWITCH_LOOP(last)                                                      \
    do {                                                                       \
        frame->prev_instr = (last);                                            \
        SAVE_STACK();                                                          \
        return EVAL_SWITCH;                                                    \
    } while (0)

/* A tracing hook: called in the traced copy only. */
#define TRACED(flag) (EVAL_TRACED && MP_TRACING(flag))
#define TRACED_REFCOUNTS() (EVAL_TRACED && MP_TRACING_REFCOUNTS())

/* Signals and the GIL, at RESUME and JUMP_BACKWARD. */
#define HANDLE_EVAL_BREAKER()                                                  \
    do {                                                                       \
        SAVE_STACK();                                                          \
        int r_ = mp_handle_eval_breaker();                                     \
        frame->stacktop = 0;                                                   \
        CHECK(r_ == 0);                                                        \
    } while (0)

#define EVAL_TRACED 0
#define EVAL_LOOP_NAME eval_untraced
#define DISPATCH_GOTO() goto *untraced_targets[opcode]
#include "eval_loop.c.h"
#undef EVAL_TRACED
#undef EVAL_LOOP_NAME
#undef DISPATCH_GOTO

#ifndef MP_NO_TRACE
/* Cold: kept out of the hot text, so that the untraced copy and what
 * follows it are laid out as in a build without the tracer. */
static mp_obj eval_traced(mp_tstate *ts, mp_frame *frame, int throwflag) __attribute__((cold));
#define EVAL_TRACED 1
#define EVAL_LOOP_NAME eval_traced
#define DISPATCH_GOTO() goto TRACE_INSTRUCTION
#include "eval_loop.c.h"
#undef EVAL_TRACED
#undef EVAL_LOOP_NAME
#undef DISPATCH_GOTO
#endif

void mp_eval_init(void)
{
    eval_untraced(NULL, NULL, 0);
}

void mp_eval_tracing_changed(void)
{
    eval_untraced(NULL, NULL, mp_tracing_active);
}

/* Runs frame (pushed by the caller) to its return, yield or uncaught
 * exception, in the copy of the loop that fits the tracing state, moving
 * between the copies when it changes. */
mp_obj mp_eval_frame(mp_tstate *ts, mp_frame *frame, int throwflag)
{
    if (mp_enter_recursive_call_ts(ts, "") < 0) {
        if (frame->owner == MP_FRAME_OWNED_BY_THREAD)
            mp_frame_pop(ts, frame);
        return NULL;
    }
    frame->is_entry = 1;
    frame->previous = ts->frame;
    ts->frame = frame;
#ifdef MP_NO_TRACE
    return eval_untraced(ts, frame, throwflag);
#else
    for (;;) {
        mp_obj r = mp_tracing_active ? eval_traced(ts, frame, throwflag)
                                     : eval_untraced(ts, frame, throwflag);
        if (r != EVAL_SWITCH)
            return r;
        /* The frame running when the loop left: the entry frame or one
         * it called (their Python calls run in the same loop). */
        frame = ts->frame;
        throwflag = 0;
    }
#endif
}

/* ---- running code from C ------------------------------------------------------------- */

mp_obj mp_eval_code(mp_code *code, mp_obj globals, mp_obj locals)
{
    mp_tstate *ts = mp_ts();
    mp_obj fn = mp_func_new(code, globals, NULL);
    if (!fn)
        return NULL;
    mp_frame *f = mp_frame_push(ts, (mp_func *)fn, locals ? locals : globals);
    mp_decref(fn);
    if (!f)
        return NULL;
    return mp_eval_frame(ts, f, 0);
}
