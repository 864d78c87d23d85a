/* The optimisations CPython 3.11 applies to the control-flow graph before
 * assembling it, each of which shows in a disassembly: constant tuples
 * folded, conditional jumps on constants resolved, jumps to jumps
 * threaded, SWAPs simplified, unreachable blocks dropped, NOPs removed
 * where no line needs them, small exit blocks copied to the jumps that
 * reach them (the "return None" duplication), and line numbers propagated
 * to the instructions that have none. */
#include <string.h>

#include "compile_internal.h"
#include "minipy/abstract.h"
#include "minipy/mem.h"
#include "minipy/state.h"
#include "minipy/tuple.h"

/* Maximum size of a basic block that is copied rather than jumped to. */
#define MAX_COPY_SIZE 4

static int is_jump(const mp_instr *i)
{
    return mp_is_jump_op(i->opcode);
}

static void copy_loc(const mp_instr *from, mp_instr *to)
{
    to->loc = from->loc;
}

/* ---- folding ------------------------------------------------------------------ */

/* LOAD_CONST c1 ... LOAD_CONST cn BUILD_TUPLE n -> LOAD_CONST (c1, ..., cn);
 * inst points at the first LOAD_CONST. */
static int fold_tuple_on_constants(mp_compiler *c, mp_instr *inst, int n, mp_consts *consts)
{
    for (int i = 0; i < n; i++)
        if (inst[i].opcode != MP_OP_LOAD_CONST)
            return 0;
    mp_obj t = mp_tuple_new(n);
    if (!t)
        return -1;
    for (int i = 0; i < n; i++)
        MP_TUPLE_ITEMS(t)[i] = mp_newref(consts->items[inst[i].oparg]);
    /* The canonical object of the compilation for this value. */
    mp_obj canon = mp_consts_find(&c->const_cache, t);
    if (!canon) {
        if (mp_consts_add(&c->const_cache, t) < 0) {
            mp_decref(t);
            return -1;
        }
        canon = t;
    }
    int index = mp_consts_add(consts, canon);
    mp_decref(t);
    if (index < 0)
        return -1;
    for (int i = 0; i < n; i++)
        inst[i].opcode = MP_OP_NOP;
    inst[n].opcode = MP_OP_LOAD_CONST;
    inst[n].oparg = index;
    return 0;
}

/* Replaces a run of SWAPs and NOPs by the shortest run with the same
 * effect. */
static int swaptimize(mp_bblock *block, int *ix)
{
    mp_instr *instructions = &block->instr[*ix];
    int depth = instructions[0].oparg, len = 0, more = 0;
    int limit = block->iused - *ix;
    while (++len < limit) {
        int op = instructions[len].opcode;
        if (op == MP_OP_SWAP) {
            if (instructions[len].oparg > depth)
                depth = instructions[len].oparg;
            more = 1;
        } else if (op != MP_OP_NOP) {
            break;
        }
    }
    if (!more)
        return 0;
    int *stack = mp_malloc((size_t)depth * sizeof(int));
    if (!stack) {
        mp_err_no_memory();
        return -1;
    }
    for (int i = 0; i < depth; i++)
        stack[i] = i;
    /* Run the SWAPs on a model of the stack... */
    for (int i = 0; i < len; i++) {
        if (instructions[i].opcode == MP_OP_SWAP) {
            int oparg = instructions[i].oparg, top = stack[0];
            stack[0] = stack[oparg - 1];
            stack[oparg - 1] = top;
        }
    }
    /* ...then emit, from the end of the run, the swaps along each cycle
     * of the permutation (each cycle through position 0). */
    enum { VISITED = -1 };
    int current = len - 1;
    for (int i = 0; i < depth; i++) {
        if (stack[i] == VISITED || stack[i] == i)
            continue;
        int j = i;
        for (;;) {
            if (j) {
                instructions[current].opcode = MP_OP_SWAP;
                instructions[current--].oparg = j + 1;
            }
            if (stack[j] == VISITED)
                break;
            int next_j = stack[j];
            stack[j] = VISITED;
            j = next_j;
        }
    }
    while (current >= 0)
        instructions[current--].opcode = MP_OP_NOP;
    mp_free(stack);
    *ix += len - 1;
    return 0;
}

/* Instructions that only pop the top of the stack and cannot jump, raise
 * or run arbitrary code: a SWAP above them can be done by reordering. */
static int swappable(int op)
{
    return op == MP_OP_STORE_FAST || op == MP_OP_POP_TOP;
}

static int stores_to(const mp_instr *i)
{
    return i->opcode == MP_OP_STORE_FAST ? i->oparg : -1;
}

static int next_swappable_instruction(mp_bblock *block, int i, int lineno)
{
    while (++i < block->iused) {
        mp_instr *instruction = &block->instr[i];
        if (lineno >= 0 && instruction->loc.lineno != lineno)
            return -1; /* would change what line tracing sees */
        if (instruction->opcode == MP_OP_NOP)
            continue;
        if (swappable(instruction->opcode))
            return i;
        return -1;
    }
    return -1;
}

/* SWAP 2; POP_TOP; STORE_FAST x -> NOP; STORE_FAST x; POP_TOP, and the
 * like. */
static void apply_static_swaps(mp_bblock *block, int i)
{
    for (; i >= 0; i--) {
        mp_instr *swap = &block->instr[i];
        if (swap->opcode != MP_OP_SWAP) {
            if (swap->opcode == MP_OP_NOP || swappable(swap->opcode))
                continue;
            return;
        }
        int j = next_swappable_instruction(block, i, -1);
        if (j < 0)
            return;
        int k = j, lineno = block->instr[j].loc.lineno;
        for (int count = swap->oparg - 1; count > 0; count--) {
            k = next_swappable_instruction(block, k, lineno);
            if (k < 0)
                return;
        }
        /* Not if they store to the same variable, or something between
         * them stores to either. */
        int store_j = stores_to(&block->instr[j]), store_k = stores_to(&block->instr[k]);
        if (store_j >= 0 || store_k >= 0) {
            if (store_j == store_k)
                return;
            for (int idx = j + 1; idx < k; idx++) {
                int store_idx = stores_to(&block->instr[idx]);
                if (store_idx >= 0 && (store_idx == store_j || store_idx == store_k))
                    return;
            }
        }
        swap->opcode = MP_OP_NOP;
        mp_instr temp = block->instr[j];
        block->instr[j] = block->instr[k];
        block->instr[k] = temp;
    }
}

/* inst jumps to target, itself a jump: jump straight to its target with
 * op instead.  Returns whether it did. */
static int jump_thread(mp_instr *inst, mp_instr *target, int op)
{
    if (inst->loc.lineno == target->loc.lineno && inst->target != target->target) {
        inst->target = target->target;
        inst->opcode = op;
        return 1;
    }
    return 0;
}

static int const_truth(mp_consts *consts, int oparg)
{
    return mp_obj_is_true(consts->items[oparg]);
}

static int optimize_load_const(mp_bblock *bb, int i, mp_consts *consts)
{
    mp_instr *inst = &bb->instr[i];
    int nextop = i + 1 < bb->iused ? bb->instr[i + 1].opcode : 0;
    switch (nextop) {
    case MP_OP_POP_JUMP_IF_FALSE:
    case MP_OP_POP_JUMP_IF_TRUE: {
        int is_true = const_truth(consts, inst->oparg);
        if (is_true < 0)
            return -1;
        inst->opcode = MP_OP_NOP;
        if (is_true == (nextop == MP_OP_POP_JUMP_IF_TRUE)) {
            bb->instr[i + 1].opcode = MP_OP_JUMP;
            bb->nofallthrough = 1;
        } else {
            bb->instr[i + 1].opcode = MP_OP_NOP;
        }
        return 0;
    }
    case MP_OP_JUMP_IF_FALSE_OR_POP:
    case MP_OP_JUMP_IF_TRUE_OR_POP: {
        int is_true = const_truth(consts, inst->oparg);
        if (is_true < 0)
            return -1;
        if (is_true == (nextop == MP_OP_JUMP_IF_TRUE_OR_POP)) {
            bb->instr[i + 1].opcode = MP_OP_JUMP;
            bb->nofallthrough = 1;
        } else {
            inst->opcode = MP_OP_NOP;
            bb->instr[i + 1].opcode = MP_OP_NOP;
        }
        return 0;
    }
    case MP_OP_IS_OP: {
        /* LOAD_CONST None; IS_OP; POP_JUMP_IF_x -> POP_JUMP_IF_[NOT_]NONE */
        int jump_op = i + 2 < bb->iused ? bb->instr[i + 2].opcode : 0;
        if (consts->items[inst->oparg] == mp_none &&
            (jump_op == MP_OP_POP_JUMP_IF_FALSE || jump_op == MP_OP_POP_JUMP_IF_TRUE)) {
            int nextarg = bb->instr[i + 1].oparg;
            inst->opcode = MP_OP_NOP;
            bb->instr[i + 1].opcode = MP_OP_NOP;
            bb->instr[i + 2].opcode = (nextarg ^ (jump_op == MP_OP_POP_JUMP_IF_FALSE))
                                          ? MP_OP_POP_JUMP_IF_NOT_NONE
                                          : MP_OP_POP_JUMP_IF_NONE;
        }
        return 0;
    }
    }
    return 0;
}

static int optimize_basic_block(mp_compiler *c, mp_bblock *bb, mp_consts *consts)
{
    mp_instr nop;
    memset(&nop, 0, sizeof nop);
    nop.opcode = MP_OP_NOP;
    for (int i = 0; i < bb->iused; i++) {
        mp_instr *inst = &bb->instr[i], *target;
        int oparg = inst->oparg;
        int nextop = i + 1 < bb->iused ? bb->instr[i + 1].opcode : 0;
        if (is_jump(inst) || mp_is_block_push(inst->opcode)) {
            /* Skip empty blocks. */
            while (inst->target->iused == 0)
                inst->target = inst->target->next;
            target = &inst->target->instr[0];
        } else {
            target = &nop;
        }
        switch (inst->opcode) {
        case MP_OP_LOAD_CONST:
            if (optimize_load_const(bb, i, consts) < 0)
                return -1;
            break;
        case MP_OP_BUILD_TUPLE:
            /* BUILD_TUPLE n; UNPACK_SEQUENCE n: nothing (1), or a SWAP. */
            if (nextop == MP_OP_UNPACK_SEQUENCE && oparg == bb->instr[i + 1].oparg) {
                if (oparg == 1) {
                    inst->opcode = MP_OP_NOP;
                    bb->instr[i + 1].opcode = MP_OP_NOP;
                    continue;
                }
                if (oparg == 2 || oparg == 3) {
                    inst->opcode = MP_OP_NOP;
                    bb->instr[i + 1].opcode = MP_OP_SWAP;
                    continue;
                }
            }
            if (i >= oparg && fold_tuple_on_constants(c, inst - oparg, oparg, consts) < 0)
                return -1;
            break;
        /* a and b or c: a jump to a test that the first test decides. */
        case MP_OP_JUMP_IF_FALSE_OR_POP:
            switch (target->opcode) {
            case MP_OP_POP_JUMP_IF_FALSE:
                i -= jump_thread(inst, target, MP_OP_POP_JUMP_IF_FALSE);
                break;
            case MP_OP_JUMP:
            case MP_OP_JUMP_IF_FALSE_OR_POP:
                i -= jump_thread(inst, target, MP_OP_JUMP_IF_FALSE_OR_POP);
                break;
            case MP_OP_JUMP_IF_TRUE_OR_POP:
            case MP_OP_POP_JUMP_IF_TRUE:
                if (inst->loc.lineno == target->loc.lineno) {
                    inst->opcode = MP_OP_POP_JUMP_IF_FALSE;
                    inst->target = inst->target->next;
                    --i;
                }
                break;
            }
            break;
        case MP_OP_JUMP_IF_TRUE_OR_POP:
            switch (target->opcode) {
            case MP_OP_POP_JUMP_IF_TRUE:
                i -= jump_thread(inst, target, MP_OP_POP_JUMP_IF_TRUE);
                break;
            case MP_OP_JUMP:
            case MP_OP_JUMP_IF_TRUE_OR_POP:
                i -= jump_thread(inst, target, MP_OP_JUMP_IF_TRUE_OR_POP);
                break;
            case MP_OP_JUMP_IF_FALSE_OR_POP:
            case MP_OP_POP_JUMP_IF_FALSE:
                if (inst->loc.lineno == target->loc.lineno) {
                    inst->opcode = MP_OP_POP_JUMP_IF_TRUE;
                    inst->target = inst->target->next;
                    --i;
                }
                break;
            }
            break;
        case MP_OP_POP_JUMP_IF_NOT_NONE:
        case MP_OP_POP_JUMP_IF_NONE:
        case MP_OP_POP_JUMP_IF_FALSE:
        case MP_OP_POP_JUMP_IF_TRUE:
        case MP_OP_JUMP:
            if (target->opcode == MP_OP_JUMP)
                i -= jump_thread(inst, target, inst->opcode);
            break;
        case MP_OP_SWAP:
            if (oparg == 1) {
                inst->opcode = MP_OP_NOP;
                break;
            }
            if (swaptimize(bb, &i) < 0)
                return -1;
            apply_static_swaps(bb, i);
            break;
        case MP_OP_PUSH_NULL:
            /* PUSH_NULL; LOAD_GLOBAL x -> LOAD_GLOBAL (NULL + x) */
            if (nextop == MP_OP_LOAD_GLOBAL) {
                inst->opcode = MP_OP_NOP;
                inst->oparg = 0;
                inst[1].oparg |= 1;
            }
            break;
        default:
            break;
        }
    }
    return 0;
}

/* ---- block shapes ---------------------------------------------------------------------- */

static int has_lineno(const mp_bblock *bb)
{
    for (int i = 0; i < bb->iused; i++)
        if (bb->instr[i].loc.lineno > 0)
            return 1;
    return 0;
}

/* A block ending with an unconditional jump to a small exit block without
 * a line number (an implicit `return None`) gets a copy of it instead. */
int mp_extend_block(mp_bblock *bb)
{
    if (bb->iused == 0)
        return 0;
    mp_instr *last = &bb->instr[bb->iused - 1];
    if (last->opcode != MP_OP_JUMP && last->opcode != MP_OP_JUMP_FORWARD &&
        last->opcode != MP_OP_JUMP_BACKWARD)
        return 0;
    if (last->target->exit && last->target->iused <= MAX_COPY_SIZE) {
        mp_bblock *to_copy = last->target;
        if (has_lineno(to_copy))
            return 0;
        last->opcode = MP_OP_NOP;
        for (int i = 0; i < to_copy->iused; i++) {
            int index = mp_next_instr(bb);
            if (index < 0)
                return -1;
            bb->instr[index] = to_copy->instr[i];
        }
        bb->exit = 1;
    }
    return 0;
}

/* Removes the NOPs no line needs: those without a line, or whose line the
 * instruction before or after has anyway. */
void mp_clean_basic_block(mp_bblock *bb)
{
    int dest = 0, prev_lineno = -1;
    for (int src = 0; src < bb->iused; src++) {
        int lineno = bb->instr[src].loc.lineno;
        if (bb->instr[src].opcode == MP_OP_NOP) {
            if (lineno < 0)
                continue;
            if (prev_lineno == lineno)
                continue;
            if (src < bb->iused - 1) {
                int next_lineno = bb->instr[src + 1].loc.lineno;
                if (next_lineno == lineno)
                    continue;
                if (next_lineno < 0) {
                    copy_loc(&bb->instr[src], &bb->instr[src + 1]);
                    continue;
                }
            } else {
                mp_bblock *next = bb->next;
                while (next && next->iused == 0)
                    next = next->next;
                if (next && lineno == next->instr[0].loc.lineno)
                    continue;
            }
        }
        if (dest != src)
            bb->instr[dest] = bb->instr[src];
        dest++;
        prev_lineno = lineno;
    }
    bb->iused = dest;
}

/* Marks exit and no-fallthrough blocks; skips jump targets past empty
 * blocks.  -1 (SystemError) for a jump not at the end of its block. */
int mp_normalize_basic_block(mp_bblock *bb)
{
    for (int i = 0; i < bb->iused; i++) {
        switch (bb->instr[i].opcode) {
        case MP_OP_RETURN_VALUE:
        case MP_OP_RAISE_VARARGS:
        case MP_OP_RERAISE:
            bb->exit = 1;
            bb->nofallthrough = 1;
            break;
        case MP_OP_JUMP:
        case MP_OP_JUMP_NO_INTERRUPT:
            bb->nofallthrough = 1;
            /* fall through */
        case MP_OP_POP_JUMP_IF_NOT_NONE:
        case MP_OP_POP_JUMP_IF_NONE:
        case MP_OP_POP_JUMP_IF_FALSE:
        case MP_OP_POP_JUMP_IF_TRUE:
        case MP_OP_JUMP_IF_FALSE_OR_POP:
        case MP_OP_JUMP_IF_TRUE_OR_POP:
        case MP_OP_FOR_ITER:
            if (i != bb->iused - 1) {
                mp_err_set_str(&mp_type_SystemError, "malformed control flow graph.");
                return -1;
            }
            while (bb->instr[i].target->iused == 0)
                bb->instr[i].target = bb->instr[i].target->next;
            break;
        }
    }
    return 0;
}

static int mark_reachable(mp_bblock *entry, int nblocks)
{
    mp_bblock **stack = mp_malloc((size_t)(nblocks + 1) * sizeof *stack), **sp = stack;
    if (!stack) {
        mp_err_no_memory();
        return -1;
    }
    entry->predecessors = 1;
    *sp++ = entry;
    while (sp > stack) {
        mp_bblock *b = *--sp;
        if (b->next && !b->nofallthrough) {
            if (b->next->predecessors == 0)
                *sp++ = b->next;
            b->next->predecessors++;
        }
        for (int i = 0; i < b->iused; i++) {
            mp_instr *instr = &b->instr[i];
            if (is_jump(instr) || mp_is_block_push(instr->opcode)) {
                mp_bblock *target = instr->target;
                if (target->predecessors == 0)
                    *sp++ = target;
                target->predecessors++;
            }
        }
    }
    mp_free(stack);
    return 0;
}

static void eliminate_empty_basic_blocks(mp_bblock *entry)
{
    for (mp_bblock *b = entry; b; b = b->next) {
        mp_bblock *next = b->next;
        if (next) {
            while (next->iused == 0 && next->next)
                next = next->next;
            b->next = next;
        }
    }
    for (mp_bblock *b = entry; b; b = b->next) {
        if (b->iused == 0)
            continue;
        mp_instr *last = &b->instr[b->iused - 1];
        if (is_jump(last)) {
            mp_bblock *target = last->target;
            while (target->iused == 0)
                target = target->next;
            last->target = target;
        }
    }
}

int mp_optimize_cfg(mp_compiler *c, mp_bblock *entry, mp_consts *consts)
{
    int nblocks = 0;
    for (mp_bblock *b = c->u->blocks; b; b = b->list)
        nblocks++;
    for (mp_bblock *b = entry; b; b = b->next) {
        if (optimize_basic_block(c, b, consts) < 0)
            return -1;
        mp_clean_basic_block(b);
    }
    for (mp_bblock *b = c->u->blocks; b; b = b->list)
        if (mp_extend_block(b) < 0)
            return -1;
    if (mark_reachable(entry, nblocks) < 0)
        return -1;
    /* Unreachable blocks lose their instructions. */
    for (mp_bblock *b = entry; b; b = b->next) {
        if (b->predecessors == 0) {
            b->iused = 0;
            b->nofallthrough = 0;
        }
    }
    eliminate_empty_basic_blocks(entry);
    for (mp_bblock *b = entry; b; b = b->next)
        mp_clean_basic_block(b);
    /* A jump to the very next block is not needed. */
    int maybe_empty_blocks = 0;
    for (mp_bblock *b = entry; b; b = b->next) {
        if (b->iused > 0) {
            mp_instr *last = &b->instr[b->iused - 1];
            if ((last->opcode == MP_OP_JUMP || last->opcode == MP_OP_JUMP_NO_INTERRUPT) &&
                last->target == b->next) {
                b->nofallthrough = 0;
                last->opcode = MP_OP_NOP;
                maybe_empty_blocks = 1;
            }
        }
    }
    if (maybe_empty_blocks)
        eliminate_empty_basic_blocks(entry);
    return 0;
}

/* ---- line numbers ------------------------------------------------------------------------ */

static int is_exit_without_lineno(mp_bblock *b)
{
    if (!b->exit)
        return 0;
    for (int i = 0; i < b->iused; i++)
        if (b->instr[i].loc.lineno >= 0)
            return 0;
    return 1;
}

/* Every exit (return, raise) must have a line (PEP 626): exit blocks
 * without one that several jumps reach are copied, one per jump, so each
 * can take its predecessor's line. */
int mp_duplicate_exits_without_lineno(mp_compiler *c)
{
    for (mp_bblock *b = c->u->blocks; b; b = b->list) {
        if (b->iused > 0 && is_jump(&b->instr[b->iused - 1])) {
            mp_bblock *target = b->instr[b->iused - 1].target;
            if (is_exit_without_lineno(target) && target->predecessors > 1) {
                mp_bblock *new_target = mp_copy_block(c, target);
                if (!new_target)
                    return -1;
                copy_loc(&b->instr[b->iused - 1], &new_target->instr[0]);
                b->instr[b->iused - 1].target = new_target;
                target->predecessors--;
                new_target->predecessors = 1;
                new_target->next = target->next;
                target->next = new_target;
            }
        }
    }
    for (mp_bblock *b = c->u->blocks; b; b = b->list)
        while (b->next && b->next->iused == 0)
            b->next = b->next->next;
    /* The rest are reached by falling through, from one predecessor. */
    for (mp_bblock *b = c->u->blocks; b; b = b->list)
        if (!b->nofallthrough && b->next && b->iused > 0 && is_exit_without_lineno(b->next))
            copy_loc(&b->instr[b->iused - 1], &b->next->instr[0]);
    return 0;
}

/* An instruction without a line takes its predecessor's in the block; a
 * block with one predecessor takes the line where that one ends. */
void mp_propagate_line_numbers(mp_bblock *entry)
{
    for (mp_bblock *b = entry; b; b = b->next) {
        if (b->iused == 0)
            continue;
        mp_instr prev;
        prev.loc.lineno = prev.loc.end_lineno = prev.loc.col = prev.loc.end_col = -1;
        for (int i = 0; i < b->iused; i++) {
            if (b->instr[i].loc.lineno < 0)
                copy_loc(&prev, &b->instr[i]);
            else
                copy_loc(&b->instr[i], &prev);
        }
        if (!b->nofallthrough && b->next->predecessors == 1 && b->next->instr[0].loc.lineno < 0)
            copy_loc(&prev, &b->next->instr[0]);
        if (is_jump(&b->instr[b->iused - 1])) {
            mp_bblock *target = b->instr[b->iused - 1].target;
            if (target->predecessors == 1 && target->instr[0].loc.lineno < 0)
                copy_loc(&prev, &target->instr[0]);
        }
    }
}

/* Returns that still have no line get the line before them. */
void mp_guarantee_lineno_for_exits(mp_bblock *entry, int firstlineno)
{
    int lineno = firstlineno;
    for (mp_bblock *b = entry; b; b = b->next) {
        if (b->iused == 0)
            continue;
        mp_instr *last = &b->instr[b->iused - 1];
        if (last->loc.lineno < 0) {
            if (last->opcode == MP_OP_RETURN_VALUE)
                for (int i = 0; i < b->iused; i++)
                    b->instr[i].loc.lineno = lineno;
        } else {
            lineno = last->loc.lineno;
        }
    }
}

/* Drops the constants after the last one used (the first is kept: it may
 * be the docstring). */
int mp_trim_unused_consts(mp_bblock *entry, mp_consts *consts)
{
    int max_index = 0;
    for (mp_bblock *b = entry; b; b = b->next)
        for (int i = 0; i < b->iused; i++)
            if ((b->instr[i].opcode == MP_OP_LOAD_CONST || b->instr[i].opcode == MP_OP_KW_NAMES) &&
                b->instr[i].oparg > max_index)
                max_index = b->instr[i].oparg;
    if (max_index + 1 < consts->n) {
        /* The index must forget the dropped items: rebuild it. */
        mp_consts kept;
        memset(&kept, 0, sizeof kept);
        for (int i = 0; i <= max_index; i++) {
            if (mp_consts_add(&kept, consts->items[i]) != i) {
                mp_consts_clear(&kept);
                return mp_err_occurred() ? -1 : 0;
            }
        }
        mp_consts_clear(consts);
        *consts = kept;
    }
    return 0;
}
