/* The _dis module: what lib/dis.py needs from the disassembler in C
 * (vm/dis.c), so that dis.dis() prints exactly what `minipy --dis` prints
 * and the instructions dis.get_instructions() gives come from the same
 * tables.
 *
 *   _dis.disassemble(code, lasti=-1)  dis.disassemble's text for one code object
 *   _dis.dis(code)                    that text for code and the code objects in it
 *   _dis.instructions(code)           a list of tuples: opname, opcode, arg,
 *                                     argval, argrepr, offset, starts_line,
 *                                     is_jump_target, positions
 *   _dis.opname, _dis.opmap           the opcode names, as the opcode module's */
#include <stdio.h>
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/buf.h"
#include "minipy/code.h"
#include "minipy/dict.h"
#include "minipy/dis.h"
#include "minipy/exc.h"
#include "minipy/int.h"
#include "minipy/list.h"
#include "minipy/module.h"
#include "minipy/opcodes.h"
#include "minipy/state.h"
#include "minipy/singletons.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

#define FN(f) ((void (*)(void))(f))

static mp_code *code_arg(mp_obj o)
{
    if (mp_type_of(o) != &mp_type_code) {
        mp_err_format(&mp_type_TypeError, "expected a code object, not %T", o);
        return NULL;
    }
    return (mp_code *)o;
}

static mp_obj buf_result(mp_buf *out, int r)
{
    mp_obj s = r < 0 ? NULL : mp_str_new(out->data ? out->data : "", out->len);
    mp_buf_free(out);
    return s;
}

static mp_obj dis_disassemble(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("disassemble", nargs, 1, 2) < 0)
        return NULL;
    mp_code *co = code_arg(args[0]);
    if (!co)
        return NULL;
    intptr_t lasti = -1;
    if (nargs > 1 && mp_int_as_ssize(args[1], &lasti) < 0)
        return NULL;
    mp_buf out = MP_BUF_INIT;
    return buf_result(&out, mp_dis_disassemble(&out, co, (int)lasti));
}

static mp_obj dis_dis(mp_obj self, mp_obj arg)
{
    mp_code *co = code_arg(arg);
    if (!co)
        return NULL;
    mp_buf out = MP_BUF_INIT;
    return buf_result(&out, mp_dis_recursive(&out, co));
}

static mp_obj tuple_item_or_none(mp_obj t, intptr_t i)
{
    if (t && i >= 0 && i < MP_TUPLE_LEN(t))
        return mp_newref(MP_TUPLE_GET(t, i));
    return mp_newref(mp_none);
}

/* What dis's _get_instructions_bytes calls argval. */
static mp_obj argval_of(mp_code *co, intptr_t i, int op, int arg)
{
    switch (mp_opcode_argkinds[op]) {
    case MP_ARG_CONST:
        if (op == MP_OP_LOAD_CONST)
            return tuple_item_or_none(co->consts, arg);
        break;
    case MP_ARG_NAME:
        return tuple_item_or_none(co->names, arg);
    case MP_ARG_GLOBAL:
        return tuple_item_or_none(co->names, arg >> 1);
    case MP_ARG_LOCAL:
    case MP_ARG_FREE:
        return tuple_item_or_none(co->localsplusnames, arg);
    case MP_ARG_JFWD:
        return mp_small(2 * (i + 1 + arg));
    case MP_ARG_JBACK:
        return mp_small(2 * (i + 1 - arg));
    case MP_ARG_CMP:
        if (arg < 6)
            return mp_str_from_cstr(mp_compare_op_symbols[arg]);
        break;
    default:
        break;
    }
    return mp_small(arg);
}

/* The argument's meaning, cut out of the formatted line. */
static mp_obj argrepr_of(mp_dis_ctx *d, intptr_t i, int op)
{
    mp_buf line = MP_BUF_INIT;
    int width = d->lineno_width;
    d->lineno_width = 0;
    int r = mp_dis_format(d, &line, i, 0);
    d->lineno_width = width;
    if (r < 0) {
        mp_buf_free(&line);
        return NULL;
    }
    size_t name_len = strlen(mp_opcode_names[op] ? mp_opcode_names[op] : "");
    size_t at = 3 + 3 + 1 + (size_t)d->offset_width + 1 + (name_len > 20 ? name_len : 20) + 1;
    /* Past the argument (right-aligned in 5, or wider). */
    while (at < line.len && line.data[at] == ' ')
        at++;
    while (at < line.len && line.data[at] != ' ')
        at++;
    mp_obj s;
    if (at + 2 < line.len && line.data[at + 1] == '(')
        s = mp_str_new(line.data + at + 2, line.len - at - 3);
    else
        s = mp_str_from_cstr("");
    mp_buf_free(&line);
    return s;
}

static mp_obj int_or_none(int v) { return v < 0 ? mp_newref(mp_none) : mp_small(v); }

static mp_obj dis_instructions(mp_obj self, mp_obj arg)
{
    mp_code *co = code_arg(arg);
    if (!co)
        return NULL;
    mp_dis_ctx d;
    if (mp_dis_ctx_init(&d, co) < 0)
        return NULL;
    mp_obj list = mp_list_new(0);
    int extended = 0;
    for (intptr_t i = 0; list && i < co->ncode;) {
        int op = co->code[i].op;
        int argv = -1;
        if (op >= MP_HAVE_ARGUMENT) {
            argv = co->code[i].arg | extended;
            extended = op == MP_OP_EXTENDED_ARG ? argv << 8 : 0;
        } else {
            extended = 0;
        }
        mp_location *loc = &co->locations[i];
        mp_obj pos = mp_tuple_new(4);
        mp_obj item = mp_tuple_new(9);
        if (!pos || !item) {
            mp_xdecref(pos);
            mp_xdecref(item);
            MP_CLEAR(list);
            break;
        }
        MP_TUPLE_ITEMS(pos)[0] = int_or_none(loc->lineno);
        MP_TUPLE_ITEMS(pos)[1] = int_or_none(loc->end_lineno);
        MP_TUPLE_ITEMS(pos)[2] = int_or_none(loc->col);
        MP_TUPLE_ITEMS(pos)[3] = int_or_none(loc->end_col);
        mp_obj *it = MP_TUPLE_ITEMS(item);
        it[0] = mp_str_from_cstr(mp_opcode_names[op] ? mp_opcode_names[op] : "<unknown>");
        it[1] = mp_small(op);
        it[2] = argv < 0 ? mp_newref(mp_none) : mp_small(argv);
        it[3] = argv < 0 ? mp_newref(mp_none) : argval_of(co, i, op, argv);
        it[4] = argv < 0 ? mp_str_from_cstr("") : argrepr_of(&d, i, op);
        it[5] = mp_small(2 * i);
        it[6] = int_or_none(d.starts_line[i]);
        it[7] = mp_newref(d.is_target[i] ? mp_true : mp_false);
        it[8] = pos;
        int ok = 1;
        for (int k = 0; k < 9; k++)
            ok &= it[k] != NULL;
        if (!ok || mp_list_append_steal(list, item) < 0) {
            if (!ok)
                mp_decref(item);
            MP_CLEAR(list);
            break;
        }
        i += 1 + mp_opcode_caches[op];
    }
    mp_dis_ctx_fini(&d);
    return list;
}

static int dis_exec(mp_obj m)
{
    mp_obj names = mp_list_new(0), map = mp_dict_new();
    int r = names && map ? 0 : -1;
    for (int op = 0; op < 256 && r == 0; op++) {
        char buf[16];
        const char *name = mp_opcode_names[op];
        if (!name) {
            snprintf(buf, sizeof buf, "<%d>", op);
            name = buf;
        }
        mp_obj s = mp_str_from_cstr(name);
        r = s ? mp_list_append(names, s) : -1;
        if (r == 0 && mp_opcode_names[op])
            r = mp_dict_setitem(map, s, mp_small(op));
        mp_xdecref(s);
    }
    if (r == 0)
        r = mp_module_add(m, "opname", names);
    if (r == 0)
        r = mp_module_add(m, "opmap", map);
    if (r == 0)
        r = mp_module_add_int(m, "HAVE_ARGUMENT", MP_HAVE_ARGUMENT);
    mp_xdecref(names);
    mp_xdecref(map);
    return r;
}

static const mp_method_def dis_methods[] = {
    {"disassemble", FN(dis_disassemble), MP_METH_FASTCALL,
     "disassemble(code, lasti=-1)\n--\n\nThe disassembly of one code object, as text."},
    {"dis", FN(dis_dis), MP_METH_O,
     "dis(code)\n--\n\nThe disassembly of code and of the code objects among its constants."},
    {"instructions", FN(dis_instructions), MP_METH_O,
     "instructions(code)\n--\n\nThe instructions of code as tuples (opname, opcode, arg, argval,\n"
     "argrepr, offset, starts_line, is_jump_target, positions)."},
    {NULL},
};

const mp_module_def mp_module_dis = {
    "_dis",
    "The disassembler's helpers for the dis module.",
    dis_methods,
    dis_exec,
};
