/* The assembler: a unit's graph of blocks becomes a code object.  The
 * steps are CPython 3.11's assemble(): close the unit with `return None`,
 * add the prefix instructions (MAKE_CELL, COPY_FREE_VARS,
 * RETURN_GENERATOR), number cells and free variables into the frame's
 * slots, optimise (flowgraph.c), compute the stack depth, turn the
 * SETUP_* / POP_BLOCK pseudo-instructions into exception table entries,
 * choose the forward or backward form of each jump, lay the code out with
 * EXTENDED_ARG prefixes and inline caches, and record each code unit's
 * source location. */
#include <limits.h>
#include <string.h>

#include "compile_internal.h"
#include "minipy/mem.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

int mp_stack_effect(int op, int oparg, int jump)
{
    switch (op) {
    case MP_OP_NOP: case MP_OP_EXTENDED_ARG: case MP_OP_RESUME: case MP_OP_CACHE:
    case MP_OP_SWAP: case MP_OP_UNARY_POSITIVE: case MP_OP_UNARY_NEGATIVE:
    case MP_OP_UNARY_NOT: case MP_OP_UNARY_INVERT: case MP_OP_GET_ITER:
    case MP_OP_SETUP_ANNOTATIONS: case MP_OP_ASYNC_GEN_WRAP: case MP_OP_YIELD_VALUE:
    case MP_OP_DELETE_NAME: case MP_OP_DELETE_GLOBAL: case MP_OP_LOAD_ATTR:
    case MP_OP_CHECK_EXC_MATCH: case MP_OP_CHECK_EG_MATCH: case MP_OP_DELETE_FAST:
    case MP_OP_RETURN_GENERATOR: case MP_OP_KW_NAMES: case MP_OP_MAKE_CELL:
    case MP_OP_COPY_FREE_VARS: case MP_OP_DELETE_DEREF: case MP_OP_GET_AWAITABLE:
    case MP_OP_GET_AITER: case MP_OP_GET_YIELD_FROM_ITER: case MP_OP_LIST_TO_TUPLE:
    case MP_OP_JUMP_FORWARD: case MP_OP_JUMP_BACKWARD: case MP_OP_JUMP:
    case MP_OP_JUMP_BACKWARD_NO_INTERRUPT: case MP_OP_JUMP_NO_INTERRUPT:
    case MP_OP_POP_BLOCK:
        return 0;
    case MP_OP_POP_TOP: case MP_OP_SET_ADD: case MP_OP_LIST_APPEND:
    case MP_OP_BINARY_SUBSCR: case MP_OP_PRINT_EXPR: case MP_OP_RETURN_VALUE:
    case MP_OP_IMPORT_STAR: case MP_OP_POP_EXCEPT: case MP_OP_STORE_NAME:
    case MP_OP_DELETE_ATTR: case MP_OP_STORE_GLOBAL: case MP_OP_COMPARE_OP:
    case MP_OP_IS_OP: case MP_OP_CONTAINS_OP: case MP_OP_IMPORT_NAME:
    case MP_OP_PREP_RERAISE_STAR: case MP_OP_RERAISE: case MP_OP_STORE_FAST:
    case MP_OP_CALL: case MP_OP_STORE_DEREF: case MP_OP_LIST_EXTEND:
    case MP_OP_SET_UPDATE: case MP_OP_DICT_MERGE: case MP_OP_DICT_UPDATE:
    case MP_OP_BINARY_OP: case MP_OP_POP_JUMP_FORWARD_IF_NONE:
    case MP_OP_POP_JUMP_BACKWARD_IF_NONE: case MP_OP_POP_JUMP_IF_NONE:
    case MP_OP_POP_JUMP_FORWARD_IF_NOT_NONE: case MP_OP_POP_JUMP_BACKWARD_IF_NOT_NONE:
    case MP_OP_POP_JUMP_IF_NOT_NONE: case MP_OP_POP_JUMP_FORWARD_IF_FALSE:
    case MP_OP_POP_JUMP_BACKWARD_IF_FALSE: case MP_OP_POP_JUMP_IF_FALSE:
    case MP_OP_POP_JUMP_FORWARD_IF_TRUE: case MP_OP_POP_JUMP_BACKWARD_IF_TRUE:
    case MP_OP_POP_JUMP_IF_TRUE:
        return -1;
    case MP_OP_MAP_ADD: case MP_OP_DELETE_SUBSCR: case MP_OP_STORE_ATTR:
    case MP_OP_MATCH_CLASS: case MP_OP_END_ASYNC_FOR:
        return -2;
    case MP_OP_STORE_SUBSCR:
        return -3;
    case MP_OP_LOAD_BUILD_CLASS: case MP_OP_LOAD_CONST: case MP_OP_LOAD_NAME:
    case MP_OP_IMPORT_FROM: case MP_OP_PUSH_EXC_INFO: case MP_OP_WITH_EXCEPT_START:
    case MP_OP_LOAD_FAST: case MP_OP_LOAD_CLOSURE: case MP_OP_LOAD_DEREF:
    case MP_OP_LOAD_CLASSDEREF: case MP_OP_BEFORE_ASYNC_WITH: case MP_OP_BEFORE_WITH:
    case MP_OP_GET_ANEXT: case MP_OP_LOAD_METHOD: case MP_OP_LOAD_ASSERTION_ERROR:
    case MP_OP_GET_LEN: case MP_OP_MATCH_MAPPING: case MP_OP_MATCH_SEQUENCE:
    case MP_OP_MATCH_KEYS: case MP_OP_COPY: case MP_OP_PUSH_NULL:
        return 1;
    case MP_OP_UNPACK_SEQUENCE:
        return oparg - 1;
    case MP_OP_UNPACK_EX:
        return (oparg & 0xFF) + (oparg >> 8);
    case MP_OP_FOR_ITER:
        /* -1 at the end of the iterator, 1 while it yields */
        return jump > 0 ? -1 : 1;
    case MP_OP_SEND:
        return jump > 0 ? -1 : 0;
    case MP_OP_BUILD_TUPLE: case MP_OP_BUILD_LIST: case MP_OP_BUILD_SET:
    case MP_OP_BUILD_STRING:
        return 1 - oparg;
    case MP_OP_BUILD_MAP:
        return 1 - 2 * oparg;
    case MP_OP_BUILD_CONST_KEY_MAP:
        return -oparg;
    case MP_OP_JUMP_IF_TRUE_OR_POP: case MP_OP_JUMP_IF_FALSE_OR_POP:
        return jump ? 0 : -1;
    case MP_OP_LOAD_GLOBAL:
        return (oparg & 1) + 1;
    case MP_OP_SETUP_FINALLY:
        /* 0 normally; the handler gets the exception pushed */
        return jump ? 1 : 0;
    case MP_OP_SETUP_CLEANUP:
        /* ... and lasti too */
        return jump ? 2 : 0;
    case MP_OP_SETUP_WITH:
        return jump ? 1 : 0;
    case MP_OP_RAISE_VARARGS:
    case MP_OP_PRECALL:
        return -oparg;
    case MP_OP_CALL_FUNCTION_EX:
        return -2 - ((oparg & 0x01) != 0);
    case MP_OP_MAKE_FUNCTION:
        return -((oparg & 0x01) != 0) - ((oparg & 0x02) != 0) - ((oparg & 0x04) != 0) -
               ((oparg & 0x08) != 0);
    case MP_OP_BUILD_SLICE:
        return oparg == 3 ? -2 : -1;
    case MP_OP_FORMAT_VALUE:
        /* with a format spec: 2 -> 1, else 1 -> 1 */
        return (oparg & 0x04) ? -1 : 0;
    }
    return INT_MAX;
}

/* ---- sizes ---------------------------------------------------------------------------- */

static int has_arg(int op)
{
    return op >= MP_HAVE_ARGUMENT;
}

/* Code units of an instruction: EXTENDED_ARG prefixes, itself, caches. */
static int instr_size(const mp_instr *i)
{
    int oparg = has_arg(i->opcode) ? i->oparg : 0;
    int extended = (0xFFFFFF < oparg) + (0xFFFF < oparg) + (0xFF < oparg);
    return extended + 1 + mp_opcode_caches[i->opcode];
}

static int blocksize(const mp_bblock *b)
{
    int size = 0;
    for (int i = 0; i < b->iused; i++)
        size += instr_size(&b->instr[i]);
    return size;
}

/* ---- stack depth ---------------------------------------------------------------------------- */

static void stackdepth_push(mp_bblock ***sp, mp_bblock *b, int depth)
{
    if (b->startdepth < depth && b->startdepth < 100) {
        b->startdepth = depth;
        *(*sp)++ = b;
    }
}

/* The deepest the stack gets on any path (loops do not change it). */
static int stackdepth(mp_compiler *c, mp_bblock *entry, int is_generator)
{
    int nblocks = 0, maxdepth = 0;
    for (mp_bblock *b = c->u->blocks; b; b = b->list) {
        b->startdepth = INT_MIN;
        nblocks++;
    }
    mp_bblock **stack = mp_malloc((size_t)nblocks * sizeof *stack), **sp = stack;
    if (!stack) {
        mp_err_no_memory();
        return -1;
    }
    stackdepth_push(&sp, entry, is_generator ? 1 : 0);
    while (sp != stack) {
        mp_bblock *b = *--sp;
        int depth = b->startdepth;
        mp_bblock *next = b->next;
        for (int i = 0; i < b->iused; i++) {
            mp_instr *instr = &b->instr[i];
            int effect = mp_stack_effect(instr->opcode, instr->oparg, 0);
            if (effect == INT_MAX) {
                mp_free(stack);
                mp_err_format(&mp_type_SystemError,
                              "compiler stack_effect(opcode=%d, arg=%d) failed",
                              instr->opcode, instr->oparg);
                return -1;
            }
            int new_depth = depth + effect;
            if (new_depth > maxdepth)
                maxdepth = new_depth;
            if (mp_is_jump_op(instr->opcode) || mp_is_block_push(instr->opcode)) {
                int target_depth = depth + mp_stack_effect(instr->opcode, instr->oparg, 1);
                if (target_depth > maxdepth)
                    maxdepth = target_depth;
                stackdepth_push(&sp, instr->target, target_depth);
            }
            depth = new_depth;
            if (instr->opcode == MP_OP_JUMP_NO_INTERRUPT || instr->opcode == MP_OP_JUMP ||
                instr->opcode == MP_OP_RETURN_VALUE || instr->opcode == MP_OP_RAISE_VARARGS ||
                instr->opcode == MP_OP_RERAISE) {
                next = NULL; /* the rest is dead */
                break;
            }
        }
        if (next)
            stackdepth_push(&sp, next, depth);
    }
    mp_free(stack);
    return maxdepth;
}

/* ---- exception handlers ----------------------------------------------------------------------- */

static mp_except_stack *copy_except_stack(const mp_except_stack *s)
{
    mp_except_stack *copy = mp_malloc(sizeof *copy);
    if (!copy) {
        mp_err_no_memory();
        return NULL;
    }
    memcpy(copy, s, sizeof *copy);
    return copy;
}

/* Sets each instruction's handler (instr->except) by walking the graph
 * with a stack of the SETUP_* in force. */
static int label_exception_targets(mp_bblock *entry)
{
    int nblocks = 0;
    for (mp_bblock *b = entry; b; b = b->next) {
        b->visited = 0;
        nblocks++;
    }
    mp_bblock **todo_stack = mp_malloc((size_t)(nblocks + 1) * sizeof *todo_stack);
    mp_except_stack *except_stack = mp_calloc(1, sizeof *except_stack);
    if (!todo_stack || !except_stack) {
        mp_free(todo_stack);
        mp_free(except_stack);
        mp_err_no_memory();
        return -1;
    }
    todo_stack[0] = entry;
    entry->visited = 1;
    entry->exceptstack = except_stack;
    mp_bblock **todo = &todo_stack[1];
    while (todo > todo_stack) {
        mp_bblock *b = *--todo;
        except_stack = b->exceptstack;
        b->exceptstack = NULL;
        mp_bblock *handler = except_stack->handlers[except_stack->depth];
        for (int i = 0; i < b->iused; i++) {
            mp_instr *instr = &b->instr[i];
            if (mp_is_block_push(instr->opcode)) {
                if (!instr->target->visited) {
                    mp_except_stack *copy = copy_except_stack(except_stack);
                    if (!copy)
                        goto error;
                    instr->target->exceptstack = copy;
                    *todo++ = instr->target;
                    instr->target->visited = 1;
                }
                if (instr->opcode == MP_OP_SETUP_WITH || instr->opcode == MP_OP_SETUP_CLEANUP)
                    instr->target->preserve_lasti = 1;
                except_stack->handlers[++except_stack->depth] = instr->target;
                handler = instr->target;
            } else if (instr->opcode == MP_OP_POP_BLOCK) {
                handler = except_stack->handlers[--except_stack->depth];
            } else if (mp_is_jump_op(instr->opcode)) {
                instr->except = handler;
                if (!instr->target->visited) {
                    if (!b->nofallthrough) {
                        mp_except_stack *copy = copy_except_stack(except_stack);
                        if (!copy)
                            goto error;
                        instr->target->exceptstack = copy;
                    } else {
                        instr->target->exceptstack = except_stack;
                        except_stack = NULL;
                    }
                    *todo++ = instr->target;
                    instr->target->visited = 1;
                }
            } else {
                instr->except = handler;
            }
        }
        if (!b->nofallthrough && !b->next->visited) {
            b->next->exceptstack = except_stack;
            *todo++ = b->next;
            b->next->visited = 1;
        } else {
            mp_free(except_stack);
        }
    }
    mp_free(todo_stack);
    return 0;
error:
    mp_free(todo_stack);
    mp_free(except_stack);
    return -1;
}

static void convert_exception_handlers_to_nops(mp_bblock *entry)
{
    for (mp_bblock *b = entry; b; b = b->next)
        for (int i = 0; i < b->iused; i++)
            if (mp_is_block_push(b->instr[i].opcode) || b->instr[i].opcode == MP_OP_POP_BLOCK)
                b->instr[i].opcode = MP_OP_NOP;
}

/* ---- jumps ---------------------------------------------------------------------------------- */

/* Each jump becomes its forward or backward form. */
static int normalize_jumps(mp_bblock *entry)
{
    for (mp_bblock *b = entry; b; b = b->next)
        b->visited = 0;
    for (mp_bblock *b = entry; b; b = b->next) {
        b->visited = 1;
        if (b->iused == 0)
            continue;
        mp_instr *last = &b->instr[b->iused - 1];
        if (!mp_is_jump_op(last->opcode))
            continue;
        int fwd = !last->target->visited;
        switch (last->opcode) {
        case MP_OP_JUMP:
            last->opcode = fwd ? MP_OP_JUMP_FORWARD : MP_OP_JUMP_BACKWARD;
            break;
        case MP_OP_JUMP_NO_INTERRUPT:
            last->opcode = fwd ? MP_OP_JUMP_FORWARD : MP_OP_JUMP_BACKWARD_NO_INTERRUPT;
            break;
        case MP_OP_POP_JUMP_IF_NOT_NONE:
            last->opcode = fwd ? MP_OP_POP_JUMP_FORWARD_IF_NOT_NONE
                               : MP_OP_POP_JUMP_BACKWARD_IF_NOT_NONE;
            break;
        case MP_OP_POP_JUMP_IF_NONE:
            last->opcode = fwd ? MP_OP_POP_JUMP_FORWARD_IF_NONE : MP_OP_POP_JUMP_BACKWARD_IF_NONE;
            break;
        case MP_OP_POP_JUMP_IF_FALSE:
            last->opcode = fwd ? MP_OP_POP_JUMP_FORWARD_IF_FALSE
                               : MP_OP_POP_JUMP_BACKWARD_IF_FALSE;
            break;
        case MP_OP_POP_JUMP_IF_TRUE:
            last->opcode = fwd ? MP_OP_POP_JUMP_FORWARD_IF_TRUE : MP_OP_POP_JUMP_BACKWARD_IF_TRUE;
            break;
        case MP_OP_JUMP_IF_TRUE_OR_POP:
        case MP_OP_JUMP_IF_FALSE_OR_POP:
            if (!fwd) {
                mp_err_format(&mp_type_SystemError, "unexpected %s jumping backwards",
                              last->opcode == MP_OP_JUMP_IF_TRUE_OR_POP ? "JUMP_IF_TRUE_OR_POP"
                                                                        : "JUMP_IF_FALSE_OR_POP");
                return -1;
            }
            break;
        }
    }
    return 0;
}

static int is_backward_jump(int op)
{
    return op == MP_OP_JUMP_BACKWARD || op == MP_OP_JUMP_BACKWARD_NO_INTERRUPT ||
           op == MP_OP_POP_JUMP_BACKWARD_IF_NONE || op == MP_OP_POP_JUMP_BACKWARD_IF_NOT_NONE ||
           op == MP_OP_POP_JUMP_BACKWARD_IF_TRUE || op == MP_OP_POP_JUMP_BACKWARD_IF_FALSE;
}

/* Block offsets, and jump arguments (relative to the instruction after the
 * jump); repeated until no jump needs more EXTENDED_ARGs than assumed. */
static int assemble_jump_offsets(mp_bblock *entry)
{
    int again;
    do {
        int total = 0;
        for (mp_bblock *b = entry; b; b = b->next) {
            b->offset = total;
            total += blocksize(b);
        }
        again = 0;
        for (mp_bblock *b = entry; b; b = b->next) {
            int bsize = b->offset;
            for (int i = 0; i < b->iused; i++) {
                mp_instr *instr = &b->instr[i];
                int isize = instr_size(instr);
                bsize += isize;
                if (!mp_is_jump_op(instr->opcode))
                    continue;
                int target = instr->target->offset;
                instr->oparg = is_backward_jump(instr->opcode) ? bsize - target : target - bsize;
                if (instr_size(instr) != isize)
                    again = 1;
            }
        }
    } while (again);
    int total = 0;
    for (mp_bblock *b = entry; b; b = b->next)
        total += blocksize(b);
    return total;
}

/* ---- cells and free variables ---------------------------------------------------------------- */

/* Where each cell (then each free variable) lives among the frame's slots:
 * after the locals, except a parameter that is also a cell keeps its
 * parameter slot. */
static int *build_cellfixedoffsets(mp_unit *u)
{
    int nlocals = u->varnames.count, ncells = u->cellvars.count, nfree = u->freevars.count;
    int *fixed = mp_malloc((size_t)(ncells + nfree + 1) * sizeof(int));
    if (!fixed) {
        mp_err_no_memory();
        return NULL;
    }
    for (int i = 0; i < ncells + nfree; i++)
        fixed[i] = nlocals + i;
    for (int i = 0; i < u->cellvars.nentries; i++) {
        mp_strmap_entry *e = &u->cellvars.entries[i];
        if (!e->key)
            continue;
        int varindex = mp_strmap_get(&u->varnames, e->key, -1);
        if (varindex >= 0)
            fixed[e->value] = varindex;
    }
    return fixed;
}

static int insert_instruction(mp_bblock *block, int pos, const mp_instr *instr)
{
    if (mp_next_instr(block) < 0)
        return -1;
    for (int i = block->iused - 1; i > pos; i--)
        block->instr[i] = block->instr[i - 1];
    block->instr[pos] = *instr;
    return 0;
}

static int insert_prefix_instructions(mp_unit *u, mp_bblock *entry, const int *fixed, int flags)
{
    mp_instr instr;
    memset(&instr, 0, sizeof instr);
    instr.loc.lineno = instr.loc.end_lineno = instr.loc.col = instr.loc.end_col = -1;
    if (flags & (MP_CO_GENERATOR | MP_CO_COROUTINE | MP_CO_ASYNC_GENERATOR)) {
        mp_instr make_gen = instr;
        make_gen.opcode = MP_OP_RETURN_GENERATOR;
        make_gen.loc.lineno = make_gen.loc.end_lineno = u->firstlineno;
        mp_instr pop_top = instr;
        pop_top.opcode = MP_OP_POP_TOP;
        if (insert_instruction(entry, 0, &make_gen) < 0 ||
            insert_instruction(entry, 1, &pop_top) < 0)
            return -1;
    }
    int ncells = u->cellvars.count;
    if (ncells) {
        /* MAKE_CELL in slot order. */
        int nvars = ncells + u->varnames.count;
        int *sorted = mp_calloc((size_t)nvars, sizeof(int));
        if (!sorted) {
            mp_err_no_memory();
            return -1;
        }
        for (int i = 0; i < ncells; i++)
            sorted[fixed[i]] = i + 1;
        for (int i = 0, used = 0; used < ncells; i++) {
            if (sorted[i] == 0)
                continue;
            mp_instr make_cell = instr;
            make_cell.opcode = MP_OP_MAKE_CELL;
            make_cell.oparg = sorted[i] - 1; /* fixed by fix_cell_offsets */
            if (insert_instruction(entry, used, &make_cell) < 0) {
                mp_free(sorted);
                return -1;
            }
            used++;
        }
        mp_free(sorted);
    }
    if (u->freevars.count) {
        mp_instr copy = instr;
        copy.opcode = MP_OP_COPY_FREE_VARS;
        copy.oparg = u->freevars.count;
        if (insert_instruction(entry, 0, &copy) < 0)
            return -1;
    }
    return 0;
}

/* Rewrites cell and free variable arguments into slot numbers; returns how
 * many cells share a parameter's slot. */
static int fix_cell_offsets(mp_unit *u, mp_bblock *entry, int *fixedmap)
{
    int nlocals = u->varnames.count;
    int noffsets = u->cellvars.count + u->freevars.count;
    int numdropped = 0;
    for (int i = 0; i < noffsets; i++) {
        if (fixedmap[i] == i + nlocals)
            fixedmap[i] -= numdropped;
        else
            numdropped++; /* a parameter's cell */
    }
    for (mp_bblock *b = entry; b; b = b->next) {
        for (int i = 0; i < b->iused; i++) {
            mp_instr *inst = &b->instr[i];
            switch (inst->opcode) {
            case MP_OP_MAKE_CELL: case MP_OP_LOAD_CLOSURE: case MP_OP_LOAD_DEREF:
            case MP_OP_STORE_DEREF: case MP_OP_DELETE_DEREF: case MP_OP_LOAD_CLASSDEREF:
                inst->oparg = fixedmap[inst->oparg];
                break;
            }
        }
    }
    return numdropped;
}

static int compute_code_flags(mp_compiler *c)
{
    mp_ste *ste = c->u->ste;
    int flags = 0;
    if (ste->type == MP_BLOCK_FUNCTION) {
        flags |= MP_CO_NEWLOCALS | MP_CO_OPTIMIZED;
        if (ste->nested)
            flags |= MP_CO_NESTED;
        if (ste->generator && !ste->coroutine)
            flags |= MP_CO_GENERATOR;
        if (!ste->generator && ste->coroutine)
            flags |= MP_CO_COROUTINE;
        if (ste->generator && ste->coroutine)
            flags |= MP_CO_ASYNC_GENERATOR;
        if (ste->varargs)
            flags |= MP_CO_VARARGS;
        if (ste->varkeywords)
            flags |= MP_CO_VARKEYWORDS;
    }
    return flags | c->future_flags;
}

/* ---- locations ----------------------------------------------------------------------------- */

/* The location co_positions() reports for an instruction, as CPython's
 * line table encodes it: no line means no location at all; a line without
 * columns has no end line either. */
static mp_location decoded_location(const mp_instr *i)
{
    mp_location loc = i->loc, none = {-1, -1, -1, -1};
    if (loc.lineno < 0)
        return none;
    if (loc.col < 0 || loc.end_col < 0) {
        if (loc.end_lineno == loc.lineno || loc.end_lineno < loc.lineno) {
            loc.end_lineno = loc.lineno;
            loc.col = loc.end_col = -1;
        }
        return loc;
    }
    if (loc.end_lineno < loc.lineno)
        loc.end_lineno = loc.lineno;
    return loc;
}

/* ---- the code object --------------------------------------------------------------------------- */

static mp_obj strmap_names(const mp_strmap *m)
{
    mp_obj t = mp_tuple_new(m->count);
    if (!t)
        return NULL;
    for (int i = 0; i < m->count; i++)
        MP_TUPLE_ITEMS(t)[i] = NULL;
    for (int i = 0; i < m->nentries; i++) {
        const mp_strmap_entry *e = &m->entries[i];
        if (!e->key)
            continue;
        mp_obj s = mp_str_intern(e->key);
        if (!s)
            break;
        MP_TUPLE_ITEMS(t)[e->value] = mp_newref(s);
    }
    for (int i = 0; i < m->count; i++) {
        if (!MP_TUPLE_ITEMS(t)[i]) {
            for (int j = i; j < m->count; j++)
                if (!MP_TUPLE_ITEMS(t)[j])
                    MP_TUPLE_ITEMS(t)[j] = mp_newref(mp_none);
            mp_decref(t);
            return NULL;
        }
    }
    return t;
}

/* localsplusnames and kinds: locals (a parameter that is a cell too is
 * both), then the other cells, then the free variables. */
static int localsplus_info(mp_unit *u, int nlocalsplus, mp_code *co)
{
    mp_obj names = mp_tuple_new(nlocalsplus);
    unsigned char *kinds = mp_calloc((size_t)nlocalsplus + 1, 1);
    if (!names || !kinds) {
        mp_xdecref(names);
        mp_free(kinds);
        if (names)
            mp_err_no_memory();
        return -1;
    }
    for (int i = 0; i < nlocalsplus; i++)
        MP_TUPLE_ITEMS(names)[i] = NULL;
    int ok = 1;
    for (int i = 0; i < u->varnames.nentries; i++) {
        const mp_strmap_entry *e = &u->varnames.entries[i];
        int kind = MP_CO_FAST_LOCAL;
        if (mp_strmap_find(&u->cellvars, e->key))
            kind |= MP_CO_FAST_CELL;
        mp_obj s = mp_str_intern(e->key);
        if (!s) {
            ok = 0;
            break;
        }
        MP_TUPLE_ITEMS(names)[e->value] = mp_newref(s);
        kinds[e->value] = (unsigned char)kind;
    }
    int nlocals = u->varnames.count, numdropped = 0;
    for (int i = 0; ok && i < u->cellvars.nentries; i++) {
        const mp_strmap_entry *e = &u->cellvars.entries[i];
        if (mp_strmap_find(&u->varnames, e->key)) {
            numdropped++;
            continue;
        }
        int offset = e->value + nlocals - numdropped;
        mp_obj s = mp_str_intern(e->key);
        if (!s) {
            ok = 0;
            break;
        }
        MP_TUPLE_ITEMS(names)[offset] = mp_newref(s);
        kinds[offset] = MP_CO_FAST_CELL;
    }
    for (int i = 0; ok && i < u->freevars.nentries; i++) {
        const mp_strmap_entry *e = &u->freevars.entries[i];
        int offset = e->value + nlocals - numdropped;
        mp_obj s = mp_str_intern(e->key);
        if (!s) {
            ok = 0;
            break;
        }
        MP_TUPLE_ITEMS(names)[offset] = mp_newref(s);
        kinds[offset] = MP_CO_FAST_FREE;
    }
    for (int i = 0; i < nlocalsplus; i++)
        if (!MP_TUPLE_ITEMS(names)[i])
            MP_TUPLE_ITEMS(names)[i] = mp_newref(mp_none);
    co->localsplusnames = names;
    co->localspluskinds = kinds;
    return ok ? 0 : -1;
}

/* Lays the code out and records each unit's location. */
static int emit_code(mp_code *co, mp_bblock *entry, int ncode)
{
    co->code = mp_malloc((size_t)(ncode + 1) * sizeof(mp_codeunit));
    co->locations = mp_malloc((size_t)(ncode + 1) * sizeof(mp_location));
    if (!co->code || !co->locations) {
        mp_err_no_memory();
        return -1;
    }
    co->ncode = ncode;
    int off = 0;
    for (mp_bblock *b = entry; b; b = b->next) {
        for (int j = 0; j < b->iused; j++) {
            const mp_instr *i = &b->instr[j];
            int oparg = has_arg(i->opcode) ? i->oparg : 0;
            int size = instr_size(i), caches = mp_opcode_caches[i->opcode];
            mp_location loc = decoded_location(i);
            for (int k = 0; k < size; k++)
                co->locations[off + k] = loc;
            for (int shift = (size - caches - 1) * 8; shift > 0; shift -= 8) {
                co->code[off].op = MP_OP_EXTENDED_ARG;
                co->code[off++].arg = (unsigned char)(oparg >> shift);
            }
            co->code[off].op = (unsigned char)i->opcode;
            co->code[off++].arg = (unsigned char)oparg;
            for (int k = 0; k < caches; k++) {
                co->code[off].op = MP_OP_CACHE;
                co->code[off++].arg = 0;
            }
        }
    }
    return 0;
}

static int add_exc_entry(mp_code *co, int *cap, int start, int end, mp_bblock *handler)
{
    if (co->nexc == *cap) {
        int n = *cap ? *cap * 2 : 4;
        mp_exc_entry *p = mp_realloc(co->exctable, (size_t)n * sizeof *p);
        if (!p) {
            mp_err_no_memory();
            return -1;
        }
        co->exctable = p;
        *cap = n;
    }
    mp_exc_entry *e = &co->exctable[co->nexc++];
    e->start = start;
    e->end = end;
    e->target = handler->offset;
    e->depth = handler->startdepth - 1 - handler->preserve_lasti;
    e->lasti = handler->preserve_lasti;
    return 0;
}

static int emit_exception_table(mp_code *co, mp_bblock *entry)
{
    int cap = 0, start = -1, ioffset = 0;
    mp_bblock *handler = NULL;
    for (mp_bblock *b = entry; b; b = b->next) {
        ioffset = b->offset;
        for (int i = 0; i < b->iused; i++) {
            mp_instr *instr = &b->instr[i];
            if (instr->except != handler) {
                if (handler && add_exc_entry(co, &cap, start, ioffset, handler) < 0)
                    return -1;
                start = ioffset;
                handler = instr->except;
            }
            ioffset += instr_size(instr);
        }
    }
    if (handler && add_exc_entry(co, &cap, start, ioffset, handler) < 0)
        return -1;
    return 0;
}

static mp_obj consts_tuple(mp_consts *consts)
{
    mp_obj t = mp_tuple_new(consts->n);
    if (t)
        for (int i = 0; i < consts->n; i++)
            MP_TUPLE_ITEMS(t)[i] = mp_newref(consts->items[i]);
    return t;
}

static mp_code *makecode(mp_compiler *c, mp_bblock *entry, int ncode, int maxdepth,
                         int nlocalsplus, int flags)
{
    mp_unit *u = c->u;
    mp_code *co = (mp_code *)mp_obj_alloc(&mp_type_code);
    if (!co)
        return NULL;
    co->argcount = u->posonlyargcount + u->argcount;
    co->posonlyargcount = u->posonlyargcount;
    co->kwonlyargcount = u->kwonlyargcount;
    co->stacksize = maxdepth;
    co->flags = flags;
    co->firstlineno = u->firstlineno;
    co->nlocalsplus = nlocalsplus;
    co->nlocals = u->varnames.count;
    co->nfreevars = u->freevars.count;
    co->ncellvars = nlocalsplus - co->nlocals - co->nfreevars;
    co->filename = mp_newref(c->filename_obj);
    co->name = mp_str_from_cstr(u->name);
    co->qualname = mp_str_from_cstr(u->qualname ? u->qualname : u->name);
    co->consts = consts_tuple(&u->consts);
    co->names = strmap_names(&u->names);
    if (!co->name || !co->qualname || !co->consts || !co->names ||
        localsplus_info(u, nlocalsplus, co) < 0 || emit_code(co, entry, ncode) < 0 ||
        emit_exception_table(co, entry) < 0) {
        mp_decref((mp_obj)co);
        return NULL;
    }
    /* Count the parameters' cells among the cells, as co_ncellvars does. */
    co->ncellvars = u->cellvars.count;
    return co;
}

/* ---- the assembler ---------------------------------------------------------------------------- */

static int block_returns(const mp_bblock *b)
{
    return b->ret;
}

mp_code *mp_assemble(mp_compiler *c, int add_none)
{
    mp_unit *u = c->u;
    /* Falling off the end returns None. */
    if (!block_returns(u->curblock)) {
        mp_unset_loc(c);
        if (add_none && !mp_addop_load_const(c, mp_none))
            return NULL;
        if (!mp_addop(c, MP_OP_RETURN_VALUE))
            return NULL;
    }
    for (mp_bblock *b = u->blocks; b; b = b->list)
        if (mp_normalize_basic_block(b) < 0)
            return NULL;
    for (mp_bblock *b = u->blocks; b; b = b->list)
        if (mp_extend_block(b) < 0)
            return NULL;
    mp_bblock *entry = NULL;
    for (mp_bblock *b = u->blocks; b; b = b->list)
        entry = b;
    int nlocalsplus = u->varnames.count + u->cellvars.count + u->freevars.count;
    int *fixed = build_cellfixedoffsets(u);
    if (!fixed)
        return NULL;
    if (!u->firstlineno) {
        if (entry->iused && entry->instr[0].loc.lineno)
            u->firstlineno = entry->instr[0].loc.lineno;
        else
            u->firstlineno = 1;
    }
    int flags = compute_code_flags(c);
    mp_code *co = NULL;
    if (insert_prefix_instructions(u, entry, fixed, flags) < 0)
        goto done;
    nlocalsplus -= fix_cell_offsets(u, entry, fixed);
    if (mp_optimize_cfg(c, entry, &u->consts) < 0 || mp_duplicate_exits_without_lineno(c) < 0 ||
        mp_trim_unused_consts(entry, &u->consts) < 0)
        goto done;
    mp_propagate_line_numbers(entry);
    mp_guarantee_lineno_for_exits(entry, u->firstlineno);
    int maxdepth = stackdepth(c, entry,
                              (flags & (MP_CO_GENERATOR | MP_CO_COROUTINE |
                                        MP_CO_ASYNC_GENERATOR)) != 0);
    if (maxdepth < 0 || label_exception_targets(entry) < 0)
        goto done;
    convert_exception_handlers_to_nops(entry);
    for (mp_bblock *b = entry; b; b = b->next)
        mp_clean_basic_block(b);
    if (normalize_jumps(entry) < 0)
        goto done;
    int ncode = assemble_jump_offsets(entry);
    co = makecode(c, entry, ncode, maxdepth, nlocalsplus, flags);
done:
    mp_free(fixed);
    return co;
}
