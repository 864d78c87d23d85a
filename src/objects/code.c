/* Code objects: what the compiler makes and the VM runs (code.h), with
 * CPython 3.11's co_* attributes, repr, equality and hash.
 *
 * Locations are kept one per code unit (mp_location), already in the
 * form co_positions() reports; co_lines() merges runs of units on the
 * same line.  The exception table is kept as entries; co_exceptiontable
 * encodes them as CPython does. */
#include <stddef.h>
#include <string.h>

#include "minipy/float.h"
#include "minipy/set.h"

#include "minipy/abstract.h"
#include "minipy/buf.h"
#include "minipy/bytes.h"
#include "minipy/code.h"
#include "minipy/exc.h"
#include "minipy/int.h"
#include "minipy/mem.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"
#include "minipy/weakref.h"

#define CODE(o) ((mp_code *)(o))

int mp_code_line_at(const mp_code *co, intptr_t i)
{
    if (i < 0 || i >= co->ncode)
        return -1;
    return co->locations[i].lineno;
}

intptr_t mp_code_entry_end(const mp_code *co, intptr_t i, intptr_t *ins_end)
{
    if (i >= *ins_end) {
        intptr_t j = i;
        while (j < co->ncode && co->code[j].op == MP_OP_EXTENDED_ARG)
            j++;
        if (j < co->ncode)
            j += 1 + mp_opcode_caches[co->code[j].op];
        *ins_end = j > co->ncode ? co->ncode : j;
    }
    return *ins_end - i > 8 ? i + 8 : *ins_end;
}

static void code_dealloc(mp_obj self)
{
    mp_code *co = CODE(self);
    if (co->weakreflist)
        mp_weakref_clear_refs(self);
    mp_free(co->code);
    mp_free(co->locations);
    mp_free(co->exctable);
    mp_free(co->localspluskinds);
    mp_xdecref(co->consts);
    mp_xdecref(co->names);
    mp_xdecref(co->localsplusnames);
    mp_xdecref(co->filename);
    mp_xdecref(co->name);
    mp_xdecref(co->qualname);
    mp_xdecref(co->source);
    mp_obj_free(self);
}

static mp_obj code_repr(mp_obj self)
{
    mp_code *co = CODE(self);
    if (co->filename && mp_str_check(co->filename))
        return mp_str_from_format("<code object %U at %p, file \"%U\", line %d>", co->name,
                                  (void *)self, co->filename, co->firstlineno);
    return mp_str_from_format("<code object %U at %p, file ???, line %d>", co->name,
                              (void *)self, co->firstlineno);
}

/* ---- the names of the frame's slots ------------------------------------------------- */

/* The names of the slots of the given kind (co_varnames, co_cellvars,
 * co_freevars). */
static mp_obj names_of_kind(mp_code *co, int kind)
{
    intptr_t n = 0;
    for (int i = 0; i < co->nlocalsplus; i++)
        if (co->localspluskinds[i] & kind)
            n++;
    mp_obj t = mp_tuple_new(n);
    if (!t)
        return NULL;
    for (int i = 0, j = 0; i < co->nlocalsplus; i++)
        if (co->localspluskinds[i] & kind)
            MP_TUPLE_ITEMS(t)[j++] = mp_newref(MP_TUPLE_GET(co->localsplusnames, i));
    return t;
}

static mp_obj get_varnames(mp_obj self, void *c) { return names_of_kind(CODE(self), MP_CO_FAST_LOCAL); }
static mp_obj get_cellvars(mp_obj self, void *c) { return names_of_kind(CODE(self), MP_CO_FAST_CELL); }
static mp_obj get_freevars(mp_obj self, void *c) { return names_of_kind(CODE(self), MP_CO_FAST_FREE); }

/* co_code: the code units as bytes, inline caches zeroed (the VM may keep
 * its caches there). */
static mp_obj get_code(mp_obj self, void *c)
{
    mp_code *co = CODE(self);
    mp_obj b = mp_bytes_new(NULL, (intptr_t)co->ncode * 2);
    if (!b)
        return NULL;
    char *p = MP_BYTES_DATA(b);
    for (intptr_t i = 0; i < co->ncode; i++) {
        int op = co->code[i].op;
        p[2 * i] = (char)op;
        p[2 * i + 1] = (char)co->code[i].arg;
        for (int k = 0; k < mp_opcode_caches[op] && i + 1 < co->ncode; k++) {
            i++;
            p[2 * i] = p[2 * i + 1] = 0;
        }
    }
    return b;
}

/* CPython's exception table encoding: 6-bit varint groups, the first of an
 * entry marked with bit 7, continuation with bit 6. */
static void put_varint(mp_buf *b, int value, int msb)
{
    int shift = 24;
    while (shift > 0 && value < (1 << shift))
        shift -= 6;
    for (; shift > 0; shift -= 6) {
        mp_buf_putc(b, (char)(((value >> shift) & 0x3f) | 0x40 | msb));
        msb = 0;
    }
    mp_buf_putc(b, (char)((value & 0x3f) | msb));
}

static mp_obj get_exceptiontable(mp_obj self, void *c)
{
    mp_code *co = CODE(self);
    mp_buf b = MP_BUF_INIT;
    for (int i = 0; i < co->nexc; i++) {
        const mp_exc_entry *e = &co->exctable[i];
        put_varint(&b, e->start, 0x80);
        put_varint(&b, e->end - e->start, 0);
        put_varint(&b, e->target, 0);
        put_varint(&b, (e->depth << 1) | e->lasti, 0);
    }
    if (b.failed) {
        mp_buf_free(&b);
        return mp_err_no_memory();
    }
    mp_obj r = mp_bytes_new(b.data ? b.data : "", (intptr_t)b.len);
    mp_buf_free(&b);
    return r;
}

static mp_obj int_or_none(int v)
{
    return v < 0 ? mp_newref(mp_none) : mp_int_from_ssize(v);
}

/* co_positions(): (lineno, end_lineno, col_offset, end_col_offset) per
 * code unit, None where unknown. */
static mp_obj code_positions(mp_obj self)
{
    mp_code *co = CODE(self);
    mp_obj list = mp_tuple_new(co->ncode);
    if (!list)
        return NULL;
    for (intptr_t i = 0; i < co->ncode; i++)
        MP_TUPLE_ITEMS(list)[i] = NULL;
    for (intptr_t i = 0; i < co->ncode; i++) {
        const mp_location *l = &co->locations[i];
        mp_obj a = int_or_none(l->lineno), b = int_or_none(l->end_lineno);
        mp_obj cc = int_or_none(l->col), d = int_or_none(l->end_col);
        mp_obj t = (a && b && cc && d) ? mp_tuple_pack(4, a, b, cc, d) : NULL;
        mp_xdecref(a);
        mp_xdecref(b);
        mp_xdecref(cc);
        mp_xdecref(d);
        if (!t) {
            for (intptr_t j = i; j < co->ncode; j++)
                MP_TUPLE_ITEMS(list)[j] = mp_newref(mp_none);
            mp_decref(list);
            return NULL;
        }
        MP_TUPLE_ITEMS(list)[i] = t;
    }
    mp_obj it = mp_obj_getiter(list);
    mp_decref(list);
    return it;
}

/* co_lines(): (start, end, line) byte ranges, one per location-table
 * entry (see mp_code_entry_end), line None where unknown. */
static mp_obj code_lines(mp_obj self)
{
    mp_code *co = CODE(self);
    intptr_t n = 0, ins_end = 0;
    for (intptr_t i = 0; i < co->ncode; i = mp_code_entry_end(co, i, &ins_end))
        n++;
    mp_obj list = mp_tuple_new(n);
    if (!list)
        return NULL;
    for (intptr_t k = 0; k < n; k++)
        MP_TUPLE_ITEMS(list)[k] = NULL;
    intptr_t k = 0;
    ins_end = 0;
    for (intptr_t i = 0; i < co->ncode;) {
        intptr_t j = mp_code_entry_end(co, i, &ins_end);
        mp_obj a = mp_int_from_ssize(2 * i), b = mp_int_from_ssize(2 * j);
        mp_obj l = int_or_none(co->locations[i].lineno);
        mp_obj t = (a && b && l) ? mp_tuple_pack(3, a, b, l) : NULL;
        mp_xdecref(a);
        mp_xdecref(b);
        mp_xdecref(l);
        if (!t) {
            for (; k < n; k++)
                MP_TUPLE_ITEMS(list)[k] = mp_newref(mp_none);
            mp_decref(list);
            return NULL;
        }
        MP_TUPLE_ITEMS(list)[k++] = t;
        i = j;
    }
    mp_obj it = mp_obj_getiter(list);
    mp_decref(list);
    return it;
}

/* _varname_from_oparg(i): the name of slot i (dis uses it). */
static mp_obj code_varname_from_oparg(mp_obj self, mp_obj arg)
{
    mp_code *co = CODE(self);
    intptr_t i;
    if (mp_int_as_ssize(arg, &i) < 0)
        return NULL;
    if (i < 0 || i >= co->nlocalsplus)
        return mp_err_set_str(&mp_type_IndexError, "tuple index out of range");
    return mp_newref(MP_TUPLE_GET(co->localsplusnames, i));
}

/* ---- equality and hash --------------------------------------------------------------- */

static int code_equal(mp_code *a, mp_code *b);

/* Constants are the same (CPython's _PyCode_ConstantKey) when they have
 * the same type and equal values, where 0.0 and -0.0 differ, a NaN equals
 * only itself, and tuples, frozensets and code objects compare item by
 * item with the same rule. */
static uint64_t mix(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

static uint64_t bits_of(double d)
{
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return u;
}

uint64_t mp_code_const_hash(mp_obj o)
{
    if (mp_is_small(o))
        return mix((uint64_t)mp_small_value(o));
    mp_type *t = o->type;
    if (t == &mp_type_int || t == &mp_type_bool)
        return mix((uint64_t)mp_int_hash(o));
    if (t == &mp_type_float)
        return mix(bits_of(((mp_float *)o)->value));
    if (t == &mp_type_complex)
        return mix(bits_of(((mp_complex *)o)->real) * 31 + bits_of(((mp_complex *)o)->imag));
    if (t == &mp_type_str)
        return mix((uint64_t)mp_str_hash(o));
    if (t == &mp_type_bytes) {
        uint64_t h = 1469598103934665603ULL;
        for (intptr_t i = 0; i < MP_BYTES_LEN(o); i++)
            h = (h ^ (unsigned char)MP_BYTES_DATA(o)[i]) * 1099511628211ULL;
        return h;
    }
    if (t == &mp_type_tuple) {
        uint64_t h = 0x345678 + (uint64_t)MP_TUPLE_LEN(o);
        for (intptr_t i = 0; i < MP_TUPLE_LEN(o); i++)
            h = mix(h * 1000003 ^ mp_code_const_hash(MP_TUPLE_GET(o, i)));
        return h;
    }
    if (t == &mp_type_frozenset) {
        /* Order-independent: the same set may iterate differently. */
        uint64_t h = 0x9e3779b97f4a7c15ULL + (uint64_t)MP_SET_LEN(o);
        intptr_t pos = 0;
        mp_obj key;
        mp_hash_t kh;
        while (mp_set_next(o, &pos, &key, &kh))
            h ^= mp_code_const_hash(key);
        return mix(h);
    }
    if (t == &mp_type_code) {
        mp_code *co = (mp_code *)o;
        return mix((uint64_t)mp_str_hash(co->name) ^ ((uint64_t)co->ncode << 20) ^
                   ((uint64_t)co->firstlineno << 40) ^ (uint64_t)co->flags);
    }
    return mix((uint64_t)(uintptr_t)o);
}

static int frozenset_has(mp_obj set, mp_obj item)
{
    intptr_t pos = 0;
    mp_obj key;
    mp_hash_t kh;
    while (mp_set_next(set, &pos, &key, &kh))
        if (mp_code_const_equal(key, item))
            return 1;
    return 0;
}

int mp_code_const_equal(mp_obj a, mp_obj b)
{
    if (a == b)
        return 1;
    if (mp_type_of(a) != mp_type_of(b))
        return 0;
    if (mp_is_small(a) || mp_is_small(b))
        return 0; /* equal small ints are the same word */
    mp_type *t = a->type;
    if (t == &mp_type_int || t == &mp_type_bool)
        return mp_int_compare(a, b) == 0;
    /* A NaN equals only itself (the same object), as in CPython's keys. */
    if (t == &mp_type_float) {
        double x = ((mp_float *)a)->value;
        return x == x && bits_of(x) == bits_of(((mp_float *)b)->value);
    }
    if (t == &mp_type_complex) {
        double re = ((mp_complex *)a)->real, im = ((mp_complex *)a)->imag;
        return re == re && im == im && bits_of(re) == bits_of(((mp_complex *)b)->real) &&
               bits_of(im) == bits_of(((mp_complex *)b)->imag);
    }
    if (t == &mp_type_str)
        return mp_str_eq(a, b);
    if (t == &mp_type_bytes)
        return MP_BYTES_LEN(a) == MP_BYTES_LEN(b) &&
               memcmp(MP_BYTES_DATA(a), MP_BYTES_DATA(b), (size_t)MP_BYTES_LEN(a)) == 0;
    if (t == &mp_type_tuple) {
        if (MP_TUPLE_LEN(a) != MP_TUPLE_LEN(b))
            return 0;
        for (intptr_t i = 0; i < MP_TUPLE_LEN(a); i++)
            if (!mp_code_const_equal(MP_TUPLE_GET(a, i), MP_TUPLE_GET(b, i)))
                return 0;
        return 1;
    }
    if (t == &mp_type_frozenset) {
        if (MP_SET_LEN(a) != MP_SET_LEN(b))
            return 0;
        intptr_t pos = 0;
        mp_obj key;
        mp_hash_t kh;
        while (mp_set_next(a, &pos, &key, &kh))
            if (!frozenset_has(b, key))
                return 0;
        return 1;
    }
    if (t == &mp_type_code)
        return code_equal((mp_code *)a, (mp_code *)b) > 0;
    return 0; /* the singletons: identity */
}


static int code_equal(mp_code *a, mp_code *b)
{
    if (!mp_str_eq(a->name, b->name) || a->argcount != b->argcount ||
        a->posonlyargcount != b->posonlyargcount || a->kwonlyargcount != b->kwonlyargcount ||
        a->flags != b->flags || a->firstlineno != b->firstlineno || a->ncode != b->ncode)
        return 0;
    for (intptr_t i = 0; i < a->ncode; i++) {
        if (a->code[i].op != b->code[i].op || a->code[i].arg != b->code[i].arg)
            return 0;
        i += mp_opcode_caches[a->code[i].op]; /* caches may differ */
    }
    if (!mp_code_const_equal(a->consts, b->consts))
        return 0;
    int eq = mp_obj_richcompare_bool(a->names, b->names, MP_EQ);
    if (eq <= 0)
        return eq;
    eq = mp_obj_richcompare_bool(a->localsplusnames, b->localsplusnames, MP_EQ);
    if (eq <= 0)
        return eq;
    if (memcmp(a->locations, b->locations, (size_t)a->ncode * sizeof(mp_location)) != 0 ||
        a->nexc != b->nexc ||
        (a->nexc && memcmp(a->exctable, b->exctable, (size_t)a->nexc * sizeof(mp_exc_entry)) != 0))
        return 0;
    return 1;
}

static mp_obj code_richcompare(mp_obj a, mp_obj b, int op)
{
    if ((op != MP_EQ && op != MP_NE) || mp_type_of(a) != &mp_type_code ||
        mp_type_of(b) != &mp_type_code)
        MP_RETURN_NOTIMPLEMENTED;
    int eq = a == b ? 1 : code_equal(CODE(a), CODE(b));
    if (eq < 0)
        return NULL;
    return mp_bool(op == MP_EQ ? eq : !eq);
}

static mp_hash_t code_hash(mp_obj self)
{
    mp_code *co = CODE(self);
    mp_hash_t h0 = mp_obj_hash(co->name), h1 = mp_obj_hash(co->consts);
    mp_hash_t h2 = mp_obj_hash(co->names), h3 = mp_obj_hash(co->localsplusnames);
    if (h0 == -1 || h1 == -1 || h2 == -1 || h3 == -1)
        return -1;
    mp_hash_t h = h0 ^ h1 ^ h2 ^ h3 ^ co->argcount ^ co->posonlyargcount ^
                  co->kwonlyargcount ^ co->flags;
    return h == -1 ? -2 : h;
}

/* ---- the type -------------------------------------------------------------------------- */

#define MEMBER(name, field, kind) {name, kind, offsetof(mp_code, field), 1, NULL}

static const mp_member_def code_members[] = {
    MEMBER("co_argcount", argcount, MP_MEMBER_INT),
    MEMBER("co_posonlyargcount", posonlyargcount, MP_MEMBER_INT),
    MEMBER("co_kwonlyargcount", kwonlyargcount, MP_MEMBER_INT),
    MEMBER("co_stacksize", stacksize, MP_MEMBER_INT),
    MEMBER("co_flags", flags, MP_MEMBER_INT),
    MEMBER("co_nlocals", nlocals, MP_MEMBER_INT),
    MEMBER("co_firstlineno", firstlineno, MP_MEMBER_INT),
    MEMBER("co_consts", consts, MP_MEMBER_OBJ),
    MEMBER("co_names", names, MP_MEMBER_OBJ),
    MEMBER("co_filename", filename, MP_MEMBER_OBJ),
    MEMBER("co_name", name, MP_MEMBER_OBJ),
    MEMBER("co_qualname", qualname, MP_MEMBER_OBJ),
    {NULL, 0, 0, 0, NULL}};

static const mp_getset_def code_getsets[] = {
    {"co_varnames", get_varnames, NULL, NULL, NULL},
    {"co_cellvars", get_cellvars, NULL, NULL, NULL},
    {"co_freevars", get_freevars, NULL, NULL, NULL},
    {"co_code", get_code, NULL, NULL, NULL},
    {"co_exceptiontable", get_exceptiontable, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}};

static const mp_method_def code_methods[] = {
    {"co_lines", (void (*)(void))code_lines, MP_METH_NOARGS, NULL},
    {"co_positions", (void (*)(void))code_positions, MP_METH_NOARGS, NULL},
    {"_varname_from_oparg", (void (*)(void))code_varname_from_oparg, MP_METH_O, NULL},
    {NULL, NULL, 0, NULL}};

mp_type mp_type_code = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "code",
    .basicsize = sizeof(mp_code),
    .doc = "Create a code object.  Not for the faint of heart.",
    .dealloc = code_dealloc,
    .repr = code_repr,
    .hash = code_hash,
    .richcompare = code_richcompare,
    .getattro = mp_obj_generic_getattr,
    .members = code_members,
    .getsets = code_getsets,
    .methods = code_methods,
    .weaklistoffset = offsetof(mp_code, weakreflist),
};
