/* The disassembler (vm/dis.c): what CPython 3.11's dis module prints for
 * a code object, character for character, so that `minipy --dis FILE`
 * and `python3 -m dis FILE` agree.  The dis module and the tracer use the
 * same formatting, one instruction at a time if they like. */
#ifndef MINIPY_DIS_H
#define MINIPY_DIS_H

#include <stdint.h>

#include "minipy/buf.h"
#include "minipy/code.h"

/* What dis needs to know about a code object to print any of its
 * instructions: which offsets are jump targets, where lines start, and the
 * column widths. */
typedef struct mp_dis_ctx {
    mp_code *co;              /* borrowed */
    unsigned char *is_target; /* per code unit */
    int *starts_line;         /* per code unit: the line starting there, or -1 */
    int lineno_width;         /* 0 when the code has no line numbers */
    int offset_width;
} mp_dis_ctx;

/* 0, or -1 with MemoryError. */
int mp_dis_ctx_init(mp_dis_ctx *d, mp_code *co);
void mp_dis_ctx_fini(mp_dis_ctx *d);

/* One line of dis output (without its newline) for the instruction at
 * code unit i (an EXTENDED_ARG prefix is an instruction of its own, as dis
 * shows it); mark_current adds the "-->" marker.  Returns the number of
 * code units up to the next instruction (caches are skipped), or -1 on
 * error. */
int mp_dis_format(mp_dis_ctx *d, mp_buf *out, intptr_t i, int mark_current);

/* dis.disassemble(co, lasti): every instruction (a blank line before each
 * that starts a new source line), then the exception table.  lasti is a
 * byte offset to mark, or -1.  0 or -1. */
int mp_dis_disassemble(mp_buf *out, mp_code *co, int lasti);

/* dis.dis(co): co, then each code object among its constants, recursively,
 * each introduced by "Disassembly of <code object ...>:".  0 or -1. */
int mp_dis_recursive(mp_buf *out, mp_code *co);

#endif
