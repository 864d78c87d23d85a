/* The disassembler: CPython 3.11's dis.py output for minipy's code
 * objects (see dis.h).  The columns are dis's: the line number (when the
 * instruction starts a line), the current-instruction marker, ">>" on jump
 * targets, the byte offset, the opcode name padded to 20, the argument
 * right-aligned in 5, and what the argument means in parentheses. */
#include <stdio.h>
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/dis.h"
#include "minipy/mem.h"
#include "minipy/opcodes.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

#define OPNAME_WIDTH 20
#define OPARG_WIDTH 5

static int is_backward_jump(int op)
{
    return op == MP_OP_JUMP_BACKWARD || op == MP_OP_JUMP_BACKWARD_NO_INTERRUPT ||
           op == MP_OP_POP_JUMP_BACKWARD_IF_NONE || op == MP_OP_POP_JUMP_BACKWARD_IF_NOT_NONE ||
           op == MP_OP_POP_JUMP_BACKWARD_IF_FALSE || op == MP_OP_POP_JUMP_BACKWARD_IF_TRUE;
}

static int is_relative_jump(int op)
{
    int k = mp_opcode_argkinds[op];
    return k == MP_ARG_JFWD || k == MP_ARG_JBACK;
}

/* The argument of each instruction, EXTENDED_ARG prefixes folded in as
 * dis's _unpack_opargs does; calls f for each instruction. */
typedef void (*visit_fn)(mp_dis_ctx *d, intptr_t i, int op, int arg);

static void unpack_opargs(mp_dis_ctx *d, visit_fn f)
{
    mp_code *co = d->co;
    int extended = 0;
    for (intptr_t i = 0; i < co->ncode;) {
        int op = co->code[i].op;
        int arg = -1;
        if (op >= MP_HAVE_ARGUMENT) {
            arg = co->code[i].arg | extended;
            extended = op == MP_OP_EXTENDED_ARG ? arg << 8 : 0;
        } else {
            extended = 0;
        }
        f(d, i, op, arg);
        i += 1 + mp_opcode_caches[op];
    }
}

static void mark_label(mp_dis_ctx *d, intptr_t i, int op, int arg)
{
    if (arg < 0 || !is_relative_jump(op))
        return;
    intptr_t target = i + 1 + (is_backward_jump(op) ? -arg : arg);
    if (target >= 0 && target < d->co->ncode)
        d->is_target[target] = 1;
}

int mp_dis_ctx_init(mp_dis_ctx *d, mp_code *co)
{
    memset(d, 0, sizeof *d);
    d->co = co;
    d->is_target = mp_calloc((size_t)co->ncode + 1, 1);
    d->starts_line = mp_malloc(((size_t)co->ncode + 1) * sizeof(int));
    if (!d->is_target || !d->starts_line) {
        mp_dis_ctx_fini(d);
        mp_err_no_memory();
        return -1;
    }
    unpack_opargs(d, mark_label);
    for (int k = 0; k < co->nexc; k++)
        if (co->exctable[k].target < co->ncode)
            d->is_target[co->exctable[k].target] = 1;
    /* findlinestarts: where the line (known) differs from the last known. */
    int lastline = -1, maxline = -1;
    for (intptr_t i = 0; i < co->ncode; i++) {
        int line = co->locations[i].lineno;
        d->starts_line[i] = -1;
        if (line >= 0 && line != lastline) {
            d->starts_line[i] = line;
            lastline = line;
            if (line > maxline)
                maxline = line;
        }
    }
    if (maxline < 0) {
        d->lineno_width = 0;
    } else {
        char buf[24];
        d->lineno_width = maxline >= 1000 ? snprintf(buf, sizeof buf, "%d", maxline) : 3;
    }
    intptr_t maxoffset = 2 * co->ncode - 2;
    if (maxoffset >= 10000) {
        char buf[24];
        d->offset_width = snprintf(buf, sizeof buf, "%ld", (long)maxoffset);
    } else {
        d->offset_width = 4;
    }
    return 0;
}

void mp_dis_ctx_fini(mp_dis_ctx *d)
{
    mp_free(d->is_target);
    mp_free(d->starts_line);
    d->is_target = NULL;
    d->starts_line = NULL;
}

/* ---- arguments --------------------------------------------------------------------- */

static int append_repr(mp_buf *out, mp_obj o)
{
    mp_obj r = mp_obj_repr(o);
    if (!r)
        return -1;
    mp_buf_append(out, mp_str_utf8(r), mp_str_nbytes(r));
    mp_decref(r);
    return 0;
}

static void append_str(mp_buf *out, mp_obj s)
{
    mp_buf_append(out, mp_str_utf8(s), mp_str_nbytes(s));
}

static void append_tuple_item(mp_buf *out, mp_obj t, intptr_t i)
{
    if (t && i >= 0 && i < MP_TUPLE_LEN(t))
        append_str(out, MP_TUPLE_GET(t, i));
}

/* What the argument means (dis's argrepr); nothing for most numbers. */
static int argrepr(mp_buf *out, mp_code *co, intptr_t i, int op, int arg)
{
    static const char *const fv_conv[] = {"", "str", "repr", "ascii"};
    static const char *const mf_flags[] = {"defaults", "kwdefaults", "annotations", "closure"};
    switch (mp_opcode_argkinds[op]) {
    case MP_ARG_CONST:
        /* dis resolves only LOAD_CONST's constant, not KW_NAMES's. */
        if (op == MP_OP_LOAD_CONST && arg < MP_TUPLE_LEN(co->consts))
            return append_repr(out, MP_TUPLE_GET(co->consts, arg));
        return 0;
    case MP_ARG_NAME:
        append_tuple_item(out, co->names, arg);
        return 0;
    case MP_ARG_GLOBAL:
        if (arg & 1)
            mp_buf_puts(out, "NULL + ");
        append_tuple_item(out, co->names, arg >> 1);
        return 0;
    case MP_ARG_LOCAL:
    case MP_ARG_FREE:
        append_tuple_item(out, co->localsplusnames, arg);
        return 0;
    case MP_ARG_JFWD:
    case MP_ARG_JBACK:
        mp_buf_printf(out, "to %ld",
                      (long)(2 * i + 2 + (is_backward_jump(op) ? -arg : arg) * 2));
        return 0;
    case MP_ARG_CMP:
        if (arg < 6)
            mp_buf_puts(out, mp_compare_op_symbols[arg]);
        return 0;
    case MP_ARG_BINOP:
        if (arg < 26)
            mp_buf_puts(out, mp_binary_op_symbols[arg]);
        return 0;
    default:
        break;
    }
    if (op == MP_OP_FORMAT_VALUE) {
        mp_buf_puts(out, fv_conv[arg & 3]);
        if (arg & 4)
            mp_buf_puts(out, (arg & 3) ? ", with format" : "with format");
    } else if (op == MP_OP_MAKE_FUNCTION) {
        const char *sep = "";
        for (int k = 0; k < 4; k++) {
            if (arg & (1 << k)) {
                mp_buf_printf(out, "%s%s", sep, mf_flags[k]);
                sep = ", ";
            }
        }
    }
    return 0;
}

/* ---- lines -------------------------------------------------------------------------- */

static void pad_right(mp_buf *out, const char *s, int width)
{
    int n = (int)strlen(s);
    mp_buf_puts(out, s);
    for (; n < width; n++)
        mp_buf_putc(out, ' ');
}

/* The argument of the instruction at unit i, EXTENDED_ARG prefixes before
 * it included; -1 without one. */
static int full_arg(mp_code *co, intptr_t i)
{
    int op = co->code[i].op;
    if (op < MP_HAVE_ARGUMENT)
        return -1;
    int arg = co->code[i].arg, shift = 8;
    for (intptr_t k = i - 1; k >= 0 && k >= i - 3 && co->code[k].op == MP_OP_EXTENDED_ARG;
         k--, shift += 8)
        arg |= co->code[k].arg << shift;
    return arg;
}

int mp_dis_format(mp_dis_ctx *d, mp_buf *out, intptr_t i, int mark_current)
{
    mp_code *co = d->co;
    int op = co->code[i].op;
    int arg = full_arg(co, i);
    size_t start = out->len;
    if (d->lineno_width) {
        if (d->starts_line[i] >= 0)
            mp_buf_printf(out, "%*d", d->lineno_width, d->starts_line[i]);
        else
            mp_buf_printf(out, "%*s", d->lineno_width, "");
        mp_buf_putc(out, ' ');
    }
    mp_buf_puts(out, mark_current ? "-->" : "   ");
    mp_buf_puts(out, d->is_target[i] ? " >>" : "   ");
    mp_buf_printf(out, " %*ld ", d->offset_width, (long)(2 * i));
    const char *name = mp_opcode_names[op];
    char unknown[16];
    if (!name) {
        snprintf(unknown, sizeof unknown, "<%d>", op);
        name = unknown;
    }
    pad_right(out, name, OPNAME_WIDTH);
    if (arg >= 0) {
        mp_buf_printf(out, " %*d", OPARG_WIDTH, arg);
        size_t before = out->len;
        mp_buf_puts(out, " (");
        size_t inner = out->len;
        if (argrepr(out, co, i, op, arg) < 0)
            return -1;
        if (out->len == inner) {
            out->len = before; /* no argrepr: no parentheses */
            if (out->data)
                out->data[out->len] = '\0';
        } else {
            mp_buf_putc(out, ')');
        }
    }
    /* ' '.join(fields).rstrip() */
    while (out->len > start && out->data[out->len - 1] == ' ')
        out->data[--out->len] = '\0';
    if (out->failed) {
        mp_err_no_memory();
        return -1;
    }
    return 1 + mp_opcode_caches[op];
}

int mp_dis_disassemble(mp_buf *out, mp_code *co, int lasti)
{
    mp_dis_ctx d;
    if (mp_dis_ctx_init(&d, co) < 0)
        return -1;
    for (intptr_t i = 0; i < co->ncode;) {
        if (d.lineno_width && d.starts_line[i] >= 0 && i > 0)
            mp_buf_putc(out, '\n');
        int n = mp_dis_format(&d, out, i, 2 * i == lasti);
        if (n < 0) {
            mp_dis_ctx_fini(&d);
            return -1;
        }
        mp_buf_putc(out, '\n');
        i += n;
    }
    if (co->nexc) {
        mp_buf_puts(out, "ExceptionTable:\n");
        for (int k = 0; k < co->nexc; k++) {
            const mp_exc_entry *e = &co->exctable[k];
            mp_buf_printf(out, "  %d to %d -> %d [%d]%s\n", 2 * e->start, 2 * e->end - 2,
                          2 * e->target, e->depth, e->lasti ? " lasti" : "");
        }
    }
    mp_dis_ctx_fini(&d);
    if (out->failed) {
        mp_err_no_memory();
        return -1;
    }
    return 0;
}

int mp_dis_recursive(mp_buf *out, mp_code *co)
{
    if (mp_dis_disassemble(out, co, -1) < 0)
        return -1;
    for (intptr_t k = 0; k < MP_TUPLE_LEN(co->consts); k++) {
        mp_obj x = MP_TUPLE_GET(co->consts, k);
        if (mp_type_of(x) != &mp_type_code)
            continue;
        mp_buf_puts(out, "\nDisassembly of ");
        if (append_repr(out, x) < 0)
            return -1;
        mp_buf_puts(out, ":\n");
        if (mp_dis_recursive(out, (mp_code *)x) < 0)
            return -1;
    }
    return 0;
}
