/* Code generation for statements (CPython 3.11's compiler_visit_stmt and
 * the statement helpers): control flow, exception handling, with,
 * imports, assignments.  Frame blocks record what break, continue and
 * return must unwind. */
#include <string.h>

#include "compile_internal.h"
#include "minipy/int.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

#define ADDOP(op) RETURN_IF_FALSE(mp_addop(c, MP_OP_##op))
#define ADDOP_NOLINE(op) RETURN_IF_FALSE(mp_addop_noline(c, MP_OP_##op))
#define ADDOP_I(op, arg) RETURN_IF_FALSE(mp_addop_i(c, MP_OP_##op, (arg)))
#define ADDOP_JUMP(op, b) RETURN_IF_FALSE(mp_addop_j(c, MP_OP_##op, (b)))
#define ADDOP_JUMP_NOLINE(op, b) RETURN_IF_FALSE(mp_addop_j_noline(c, MP_OP_##op, (b)))
#define ADDOP_LOAD_CONST(o) RETURN_IF_FALSE(mp_addop_load_const(c, (o)))
#define VISIT(e) RETURN_IF_FALSE(mp_compile_expr(c, (e)))
#define VISIT_STMTS(s) RETURN_IF_FALSE(mp_compile_stmts(c, (s)))
#define NEW_BLOCK(b) RETURN_IF_FALSE((b) = mp_new_block(c))
#define RETURN_IF_FALSE(x) \
    do {                   \
        if (!(x))          \
            return 0;      \
    } while (0)

int mp_find_ann(const mp_seq *stmts)
{
    for (int i = 0; i < MP_SEQ_LEN(stmts); i++) {
        const mp_stmt *s = MP_SEQ_GET(stmts, i);
        int res = 0;
        switch (s->kind) {
        case MP_STMT_AnnAssign:
            return 1;
        case MP_STMT_For:
        case MP_STMT_AsyncFor:
            res = mp_find_ann(s->v.For.body) || mp_find_ann(s->v.For.orelse);
            break;
        case MP_STMT_While:
            res = mp_find_ann(s->v.While.body) || mp_find_ann(s->v.While.orelse);
            break;
        case MP_STMT_If:
            res = mp_find_ann(s->v.If.body) || mp_find_ann(s->v.If.orelse);
            break;
        case MP_STMT_With:
        case MP_STMT_AsyncWith:
            res = mp_find_ann(s->v.With.body);
            break;
        case MP_STMT_Try:
        case MP_STMT_TryStar:
            for (int j = 0; j < MP_SEQ_LEN(s->v.Try.handlers); j++) {
                const mp_excepthandler *h = MP_SEQ_GET(s->v.Try.handlers, j);
                if (mp_find_ann(h->body))
                    return 1;
            }
            res = mp_find_ann(s->v.Try.body) || mp_find_ann(s->v.Try.finalbody) ||
                  mp_find_ann(s->v.Try.orelse);
            break;
        default:
            break;
        }
        if (res)
            return 1;
    }
    return 0;
}

int mp_compile_stmts(mp_compiler *c, const mp_seq *stmts)
{
    for (int i = 0; i < MP_SEQ_LEN(stmts); i++)
        RETURN_IF_FALSE(mp_compile_stmt(c, MP_SEQ_GET(stmts, i)));
    return 1;
}

/* The body of a module or class: SETUP_ANNOTATIONS when something is
 * annotated, the docstring stored as __doc__, then the statements. */
int mp_compile_body(mp_compiler *c, const mp_seq *stmts)
{
    int i = 0;
    if (c->u->scope_type == MP_SCOPE_TYPE_MODULE && MP_SEQ_LEN(stmts))
        mp_set_loc(c, ((const mp_stmt *)MP_SEQ_GET(stmts, 0))->pos);
    if (mp_find_ann(stmts))
        ADDOP(SETUP_ANNOTATIONS);
    if (!MP_SEQ_LEN(stmts))
        return 1;
    if (c->optimize < 2) {
        const mp_expr *doc = mp_get_docstring(c, stmts);
        if (doc) {
            i = 1;
            VISIT(doc);
            mp_unset_loc(c);
            RETURN_IF_FALSE(mp_compiler_nameop(c, "__doc__", MP_Store));
        } else if (mp_err_occurred()) {
            return 0;
        }
    }
    for (; i < MP_SEQ_LEN(stmts); i++)
        RETURN_IF_FALSE(mp_compile_stmt(c, MP_SEQ_GET(stmts, i)));
    return 1;
}

/* ---- unwinding --------------------------------------------------------------------- */

static int call_exit_with_nones(mp_compiler *c)
{
    ADDOP_LOAD_CONST(mp_none);
    ADDOP_LOAD_CONST(mp_none);
    ADDOP_LOAD_CONST(mp_none);
    ADDOP_I(PRECALL, 2);
    ADDOP_I(CALL, 2);
    return 1;
}

static int pop_except_and_reraise(mp_compiler *c)
{
    /* [exc_info, lasti, exc] COPY 3; POP_EXCEPT; RERAISE 1 */
    ADDOP_I(COPY, 3);
    ADDOP(POP_EXCEPT);
    ADDOP_I(RERAISE, 1);
    return 1;
}

int mp_compile_add_yield_from(mp_compiler *c, int await)
{
    mp_bblock *start, *resume, *exit;
    NEW_BLOCK(start);
    NEW_BLOCK(resume);
    NEW_BLOCK(exit);
    mp_use_next_block(c, start);
    ADDOP_JUMP(SEND, exit);
    mp_use_next_block(c, resume);
    ADDOP(YIELD_VALUE);
    ADDOP_I(RESUME, await ? 3 : 2);
    ADDOP_JUMP(JUMP_NO_INTERRUPT, start);
    mp_use_next_block(c, exit);
    return 1;
}

/* Emits the code that leaves the frame block info early (break, continue,
 * return).  With preserve_tos the value on top of the stack (a return
 * value) is kept above what the block pops. */
static int unwind_fblock(mp_compiler *c, mp_fblock *info, int preserve_tos)
{
    switch (info->type) {
    case FB_WHILE_LOOP:
    case FB_EXCEPTION_HANDLER:
    case FB_EXCEPTION_GROUP_HANDLER:
    case FB_ASYNC_COMPREHENSION_GENERATOR:
        return 1;
    case FB_FOR_LOOP:
        /* Pop the iterator. */
        if (preserve_tos)
            ADDOP_I(SWAP, 2);
        ADDOP(POP_TOP);
        return 1;
    case FB_TRY_EXCEPT:
        ADDOP(POP_BLOCK);
        return 1;
    case FB_FINALLY_TRY:
        /* This POP_BLOCK gets the line of the unwinding statement. */
        ADDOP(POP_BLOCK);
        if (preserve_tos)
            RETURN_IF_FALSE(mp_push_fblock(c, FB_POP_VALUE, NULL, NULL, NULL));
        VISIT_STMTS(info->datum);
        if (preserve_tos)
            mp_pop_fblock(c, FB_POP_VALUE, NULL);
        /* What follows comes after the finally body. */
        mp_unset_loc(c);
        return 1;
    case FB_FINALLY_END:
        if (preserve_tos)
            ADDOP_I(SWAP, 2);
        ADDOP(POP_TOP); /* exc_value */
        if (preserve_tos)
            ADDOP_I(SWAP, 2);
        ADDOP(POP_BLOCK);
        ADDOP(POP_EXCEPT);
        return 1;
    case FB_WITH:
    case FB_ASYNC_WITH:
        mp_set_loc(c, ((const mp_stmt *)info->datum)->pos);
        ADDOP(POP_BLOCK);
        if (preserve_tos)
            ADDOP_I(SWAP, 2);
        RETURN_IF_FALSE(call_exit_with_nones(c));
        if (info->type == FB_ASYNC_WITH) {
            ADDOP_I(GET_AWAITABLE, 2);
            ADDOP_LOAD_CONST(mp_none);
            RETURN_IF_FALSE(mp_compile_add_yield_from(c, 1));
        }
        ADDOP(POP_TOP);
        mp_unset_loc(c);
        return 1;
    case FB_HANDLER_CLEANUP:
        if (info->datum)
            ADDOP(POP_BLOCK);
        if (preserve_tos)
            ADDOP_I(SWAP, 2);
        ADDOP(POP_BLOCK);
        ADDOP(POP_EXCEPT);
        if (info->datum) {
            ADDOP_LOAD_CONST(mp_none);
            RETURN_IF_FALSE(mp_compiler_nameop(c, info->datum, MP_Store));
            RETURN_IF_FALSE(mp_compiler_nameop(c, info->datum, MP_Del));
        }
        return 1;
    case FB_POP_VALUE:
        if (preserve_tos)
            ADDOP_I(SWAP, 2);
        ADDOP(POP_TOP);
        return 1;
    }
    return 1;
}

/* Unwinds every frame block, or only up to the innermost loop when loop
 * is given (the loop is then stored in *loop). */
static int unwind_fblock_stack(mp_compiler *c, int preserve_tos, mp_fblock **loop)
{
    mp_unit *u = c->u;
    if (u->nfblocks == 0)
        return 1;
    mp_fblock *top = &u->fblock[u->nfblocks - 1];
    if (top->type == FB_EXCEPTION_GROUP_HANDLER)
        return mp_compiler_error(
            c, "'break', 'continue' and 'return' cannot appear in an except* block");
    if (loop && (top->type == FB_WHILE_LOOP || top->type == FB_FOR_LOOP)) {
        *loop = top;
        return 1;
    }
    mp_fblock copy = *top;
    u->nfblocks--;
    RETURN_IF_FALSE(unwind_fblock(c, &copy, preserve_tos));
    RETURN_IF_FALSE(unwind_fblock_stack(c, preserve_tos, loop));
    u->fblock[u->nfblocks] = copy;
    u->nfblocks++;
    return 1;
}

/* ---- simple statements ---------------------------------------------------------------- */

static int compile_return(mp_compiler *c, const mp_stmt *s)
{
    const mp_expr *v = s->v.Return.value;
    int preserve_tos = v && v->kind != MP_EXPR_Constant;
    if (c->u->ste->type != MP_BLOCK_FUNCTION)
        return mp_compiler_error(c, "'return' outside function");
    if (v && c->u->ste->coroutine && c->u->ste->generator)
        return mp_compiler_error(c, "'return' with value in async generator");
    if (preserve_tos) {
        VISIT(v);
    } else if (v) {
        /* An instruction with the value's line. */
        mp_set_loc(c, v->pos);
        ADDOP(NOP);
    }
    if (!v || v->pos.lineno != s->pos.lineno) {
        mp_set_loc(c, s->pos);
        ADDOP(NOP);
    }
    RETURN_IF_FALSE(unwind_fblock_stack(c, preserve_tos, NULL));
    if (!v) {
        ADDOP_LOAD_CONST(mp_none);
    } else if (!preserve_tos) {
        mp_obj k = mp_const_value(c, v);
        RETURN_IF_FALSE(k);
        ADDOP_LOAD_CONST(k);
    }
    ADDOP(RETURN_VALUE);
    return 1;
}

static int compile_break_continue(mp_compiler *c, int is_break)
{
    mp_fblock *loop = NULL;
    mp_location saved = c->u->loc;
    ADDOP(NOP);
    RETURN_IF_FALSE(unwind_fblock_stack(c, 0, &loop));
    if (!loop) {
        c->u->loc = saved;
        return mp_compiler_error(c, is_break ? "'break' outside loop"
                                             : "'continue' not properly in loop");
    }
    if (is_break) {
        RETURN_IF_FALSE(unwind_fblock(c, loop, 0));
        ADDOP_JUMP(JUMP, loop->exit);
    } else {
        ADDOP_JUMP(JUMP, loop->block);
    }
    return 1;
}

static int compile_raise(mp_compiler *c, const mp_stmt *s)
{
    int n = 0;
    if (s->v.Raise.exc) {
        VISIT(s->v.Raise.exc);
        n++;
        if (s->v.Raise.cause) {
            VISIT(s->v.Raise.cause);
            n++;
        }
    }
    ADDOP_I(RAISE_VARARGS, n);
    return 1;
}

static int compile_assert(mp_compiler *c, const mp_stmt *s)
{
    const mp_expr *test = s->v.Assert.test;
    int always_true = 0;
    if (test->kind == MP_EXPR_Tuple && MP_SEQ_LEN(test->v.Tuple.elts) > 0) {
        always_true = 1;
    } else if (test->kind == MP_EXPR_Constant) {
        mp_obj v = mp_const_value(c, test);
        RETURN_IF_FALSE(v);
        always_true = mp_tuple_check(v) && MP_TUPLE_LEN(v) > 0;
    }
    if (always_true &&
        !mp_compiler_warn(c, "assertion is always true, perhaps remove parentheses?"))
        return 0;
    if (c->optimize)
        return 1;
    mp_bblock *end;
    NEW_BLOCK(end);
    RETURN_IF_FALSE(mp_compile_jump_if(c, test, end, 1));
    ADDOP(LOAD_ASSERTION_ERROR);
    if (s->v.Assert.msg) {
        VISIT(s->v.Assert.msg);
        ADDOP_I(PRECALL, 0);
        ADDOP_I(CALL, 0);
    }
    ADDOP_I(RAISE_VARARGS, 1);
    mp_use_next_block(c, end);
    return 1;
}

static int compile_stmt_expr(mp_compiler *c, const mp_expr *value)
{
    if (c->interactive && c->nestlevel <= 1) {
        VISIT(value);
        ADDOP(PRINT_EXPR);
        return 1;
    }
    if (value->kind == MP_EXPR_Constant) {
        /* A constant statement does nothing but mark its line. */
        ADDOP(NOP);
        return 1;
    }
    VISIT(value);
    mp_unset_loc(c);
    ADDOP(POP_TOP);
    return 1;
}

static int compile_assign(mp_compiler *c, const mp_stmt *s)
{
    int n = MP_SEQ_LEN(s->v.Assign.targets);
    VISIT(s->v.Assign.value);
    for (int i = 0; i < n; i++) {
        if (i < n - 1)
            ADDOP_I(COPY, 1);
        VISIT(MP_SEQ_GET(s->v.Assign.targets, i));
    }
    return 1;
}

/* If an attribute access spans lines, its location becomes the attribute
 * name's (CPython's update_start_location_to_match_attr). */
void mp_update_start_location_to_match_attr(mp_compiler *c, const mp_expr *attr);

static int compile_augassign(mp_compiler *c, const mp_stmt *s)
{
    const mp_expr *e = s->v.AugAssign.target;
    mp_location saved = c->u->loc;
    mp_set_loc(c, e->pos);
    switch (e->kind) {
    case MP_EXPR_Attribute:
        VISIT(e->v.Attribute.value);
        ADDOP_I(COPY, 1);
        mp_update_start_location_to_match_attr(c, e);
        RETURN_IF_FALSE(mp_addop_name(c, MP_OP_LOAD_ATTR, e->v.Attribute.attr));
        break;
    case MP_EXPR_Subscript:
        VISIT(e->v.Subscript.value);
        VISIT(e->v.Subscript.slice);
        ADDOP_I(COPY, 2);
        ADDOP_I(COPY, 2);
        ADDOP(BINARY_SUBSCR);
        break;
    case MP_EXPR_Name:
        RETURN_IF_FALSE(mp_compiler_nameop(c, e->v.Name.id, MP_Load));
        break;
    default:
        mp_err_format(&mp_type_SystemError, "invalid node type (%d) for augmented assignment",
                      (int)e->kind);
        return 0;
    }
    c->u->loc = saved;
    VISIT(s->v.AugAssign.value);
    ADDOP_I(BINARY_OP, mp_binop_arg(s->v.AugAssign.op, 1));
    mp_set_loc(c, e->pos);
    switch (e->kind) {
    case MP_EXPR_Attribute:
        mp_update_start_location_to_match_attr(c, e);
        ADDOP_I(SWAP, 2);
        return mp_addop_name(c, MP_OP_STORE_ATTR, e->v.Attribute.attr);
    case MP_EXPR_Subscript:
        ADDOP_I(SWAP, 3);
        ADDOP_I(SWAP, 2);
        ADDOP(STORE_SUBSCR);
        return 1;
    default:
        return mp_compiler_nameop(c, e->v.Name.id, MP_Store);
    }
}

static int check_ann_expr(mp_compiler *c, const mp_expr *e)
{
    VISIT(e);
    ADDOP(POP_TOP);
    return 1;
}

static int check_ann_subscr(mp_compiler *c, const mp_expr *e)
{
    /* Everything in a subscript must be defined at run time. */
    switch (e->kind) {
    case MP_EXPR_Slice:
        return (!e->v.Slice.lower || check_ann_expr(c, e->v.Slice.lower)) &&
               (!e->v.Slice.upper || check_ann_expr(c, e->v.Slice.upper)) &&
               (!e->v.Slice.step || check_ann_expr(c, e->v.Slice.step));
    case MP_EXPR_Tuple:
        for (int i = 0; i < MP_SEQ_LEN(e->v.Tuple.elts); i++)
            RETURN_IF_FALSE(check_ann_subscr(c, MP_SEQ_GET(e->v.Tuple.elts, i)));
        return 1;
    default:
        return check_ann_expr(c, e);
    }
}

/* An annotation as a string (from __future__ import annotations). */
int mp_compile_annexpr(mp_compiler *c, const mp_expr *annotation);

static int compile_annassign(mp_compiler *c, const mp_stmt *s)
{
    const mp_expr *targ = s->v.AnnAssign.target;
    int module_or_class = c->u->scope_type == MP_SCOPE_TYPE_MODULE ||
                          c->u->scope_type == MP_SCOPE_TYPE_CLASS;
    /* The assignment first. */
    if (s->v.AnnAssign.value) {
        VISIT(s->v.AnnAssign.value);
        VISIT(targ);
    }
    switch (targ->kind) {
    case MP_EXPR_Name:
        if (strcmp(targ->v.Name.id, "__debug__") == 0)
            return mp_compiler_error(c, "cannot assign to __debug__");
        /* A simple name in a module or class: store the annotation. */
        if (s->v.AnnAssign.simple && module_or_class) {
            if (c->future_annotations)
                RETURN_IF_FALSE(mp_compile_annexpr(c, s->v.AnnAssign.annotation));
            else
                VISIT(s->v.AnnAssign.annotation);
            RETURN_IF_FALSE(mp_addop_name(c, MP_OP_LOAD_NAME, "__annotations__"));
            const char *mangled = mp_compiler_mangle(c, targ->v.Name.id);
            RETURN_IF_FALSE(mangled);
            RETURN_IF_FALSE(mp_addop_load_const_new(c, mp_str_from_cstr(mangled)));
            ADDOP(STORE_SUBSCR);
        }
        break;
    case MP_EXPR_Attribute:
        if (strcmp(targ->v.Attribute.attr, "__debug__") == 0)
            return mp_compiler_error(c, "cannot assign to __debug__");
        if (!s->v.AnnAssign.value)
            RETURN_IF_FALSE(check_ann_expr(c, targ->v.Attribute.value));
        break;
    case MP_EXPR_Subscript:
        if (!s->v.AnnAssign.value)
            RETURN_IF_FALSE(check_ann_expr(c, targ->v.Subscript.value) &&
                            check_ann_subscr(c, targ->v.Subscript.slice));
        break;
    default:
        mp_err_format(&mp_type_SystemError, "invalid node type (%d) for annotated assignment",
                      (int)targ->kind);
        return 0;
    }
    /* The annotation of a complex target is evaluated last, and only in a
     * module or class. */
    if (!s->v.AnnAssign.simple && !c->future_annotations && module_or_class)
        RETURN_IF_FALSE(check_ann_expr(c, s->v.AnnAssign.annotation));
    return 1;
}

/* ---- imports ---------------------------------------------------------------------------- */

static const char *substr(mp_compiler *c, const char *s, size_t n)
{
    const char *r = mp_arena_strndup(c->arena, s, n);
    if (!r)
        mp_err_no_memory();
    return r;
}

/* `import a.b.c as d`: IMPORT_FROM down the dotted name, then store. */
static int import_as(mp_compiler *c, const char *name, const char *asname)
{
    const char *dot = strchr(name, '.');
    if (dot) {
        for (;;) {
            const char *pos = dot + 1;
            dot = strchr(pos, '.');
            const char *attr = substr(c, pos, dot ? (size_t)(dot - pos) : strlen(pos));
            RETURN_IF_FALSE(attr);
            RETURN_IF_FALSE(mp_addop_name_raw(c, MP_OP_IMPORT_FROM, attr));
            if (!dot)
                break;
            ADDOP_I(SWAP, 2);
            ADDOP(POP_TOP);
        }
        RETURN_IF_FALSE(mp_compiler_nameop(c, asname, MP_Store));
        ADDOP(POP_TOP);
        return 1;
    }
    return mp_compiler_nameop(c, asname, MP_Store);
}

static int compile_import(mp_compiler *c, const mp_stmt *s)
{
    for (int i = 0; i < MP_SEQ_LEN(s->v.Import.names); i++) {
        const mp_alias *a = MP_SEQ_GET(s->v.Import.names, i);
        ADDOP_LOAD_CONST(mp_small(0));
        ADDOP_LOAD_CONST(mp_none);
        RETURN_IF_FALSE(mp_addop_name(c, MP_OP_IMPORT_NAME, a->name));
        if (a->asname) {
            RETURN_IF_FALSE(import_as(c, a->name, a->asname));
        } else {
            const char *dot = strchr(a->name, '.');
            const char *store = dot ? substr(c, a->name, (size_t)(dot - a->name)) : a->name;
            RETURN_IF_FALSE(store && mp_compiler_nameop(c, store, MP_Store));
        }
    }
    return 1;
}

static int compile_from_import(mp_compiler *c, const mp_stmt *s)
{
    int n = MP_SEQ_LEN(s->v.ImportFrom.names);
    ADDOP_LOAD_CONST(mp_small(s->v.ImportFrom.level));
    if (s->pos.lineno > c->future_lineno && s->v.ImportFrom.module &&
        strcmp(s->v.ImportFrom.module, "__future__") == 0)
        return mp_compiler_error(c, "from __future__ imports must occur "
                                    "at the beginning of the file");
    mp_obj names = mp_tuple_new(n);
    RETURN_IF_FALSE(names);
    for (int i = 0; i < n; i++) {
        const mp_alias *a = MP_SEQ_GET(s->v.ImportFrom.names, i);
        mp_obj name = mp_str_intern(a->name);
        if (!name) {
            for (int j = i; j < n; j++)
                MP_TUPLE_ITEMS(names)[j] = mp_newref(mp_none);
            mp_decref(names);
            return 0;
        }
        MP_TUPLE_ITEMS(names)[i] = mp_newref(name);
    }
    RETURN_IF_FALSE(mp_addop_load_const_new(c, names));
    RETURN_IF_FALSE(mp_addop_name(c, MP_OP_IMPORT_NAME,
                                  s->v.ImportFrom.module ? s->v.ImportFrom.module : ""));
    for (int i = 0; i < n; i++) {
        const mp_alias *a = MP_SEQ_GET(s->v.ImportFrom.names, i);
        if (i == 0 && a->name[0] == '*') {
            ADDOP(IMPORT_STAR);
            return 1;
        }
        RETURN_IF_FALSE(mp_addop_name(c, MP_OP_IMPORT_FROM, a->name));
        RETURN_IF_FALSE(mp_compiler_nameop(c, a->asname ? a->asname : a->name, MP_Store));
    }
    /* Drop the module. */
    ADDOP(POP_TOP);
    return 1;
}

/* ---- loops and conditionals -------------------------------------------------------------- */

static int compile_if(mp_compiler *c, const mp_stmt *s)
{
    mp_bblock *end, *next;
    NEW_BLOCK(end);
    if (MP_SEQ_LEN(s->v.If.orelse))
        NEW_BLOCK(next);
    else
        next = end;
    RETURN_IF_FALSE(mp_compile_jump_if(c, s->v.If.test, next, 0));
    VISIT_STMTS(s->v.If.body);
    if (MP_SEQ_LEN(s->v.If.orelse)) {
        ADDOP_JUMP_NOLINE(JUMP, end);
        mp_use_next_block(c, next);
        VISIT_STMTS(s->v.If.orelse);
    }
    mp_use_next_block(c, end);
    return 1;
}

static int compile_for(mp_compiler *c, const mp_stmt *s)
{
    mp_bblock *start, *body, *cleanup, *end;
    NEW_BLOCK(start);
    NEW_BLOCK(body);
    NEW_BLOCK(cleanup);
    NEW_BLOCK(end);
    RETURN_IF_FALSE(mp_push_fblock(c, FB_FOR_LOOP, start, end, NULL));
    VISIT(s->v.For.iter);
    ADDOP(GET_ITER);
    mp_use_next_block(c, start);
    ADDOP_JUMP(FOR_ITER, cleanup);
    mp_use_next_block(c, body);
    VISIT(s->v.For.target);
    VISIT_STMTS(s->v.For.body);
    /* The jump back is artificial. */
    mp_unset_loc(c);
    ADDOP_JUMP(JUMP, start);
    mp_use_next_block(c, cleanup);
    mp_pop_fblock(c, FB_FOR_LOOP, start);
    VISIT_STMTS(s->v.For.orelse);
    mp_use_next_block(c, end);
    return 1;
}

static int compile_async_for(mp_compiler *c, const mp_stmt *s)
{
    mp_bblock *start, *except, *end;
    if (c->u->scope_type != MP_SCOPE_TYPE_ASYNC_FUNCTION)
        return mp_compiler_error(c, "'async for' outside async function");
    NEW_BLOCK(start);
    NEW_BLOCK(except);
    NEW_BLOCK(end);
    VISIT(s->v.For.iter);
    ADDOP(GET_AITER);
    mp_use_next_block(c, start);
    RETURN_IF_FALSE(mp_push_fblock(c, FB_FOR_LOOP, start, end, NULL));
    /* SETUP_FINALLY guards the __anext__ call. */
    ADDOP_JUMP(SETUP_FINALLY, except);
    ADDOP(GET_ANEXT);
    ADDOP_LOAD_CONST(mp_none);
    RETURN_IF_FALSE(mp_compile_add_yield_from(c, 1));
    ADDOP(POP_BLOCK);
    /* Success: the body. */
    VISIT(s->v.For.target);
    VISIT_STMTS(s->v.For.body);
    mp_unset_loc(c);
    ADDOP_JUMP(JUMP, start);
    mp_pop_fblock(c, FB_FOR_LOOP, start);
    /* __anext__ raised: END_ASYNC_FOR has the line of the iterable. */
    mp_use_next_block(c, except);
    mp_set_loc(c, s->v.For.iter->pos);
    ADDOP(END_ASYNC_FOR);
    VISIT_STMTS(s->v.For.orelse);
    mp_use_next_block(c, end);
    return 1;
}

static int compile_while(mp_compiler *c, const mp_stmt *s)
{
    mp_bblock *loop, *body, *end, *anchor;
    NEW_BLOCK(loop);
    NEW_BLOCK(body);
    NEW_BLOCK(anchor);
    NEW_BLOCK(end);
    mp_use_next_block(c, loop);
    RETURN_IF_FALSE(mp_push_fblock(c, FB_WHILE_LOOP, loop, end, NULL));
    RETURN_IF_FALSE(mp_compile_jump_if(c, s->v.While.test, anchor, 0));
    mp_use_next_block(c, body);
    VISIT_STMTS(s->v.While.body);
    mp_set_loc(c, s->pos);
    RETURN_IF_FALSE(mp_compile_jump_if(c, s->v.While.test, body, 1));
    mp_pop_fblock(c, FB_WHILE_LOOP, loop);
    mp_use_next_block(c, anchor);
    VISIT_STMTS(s->v.While.orelse);
    mp_use_next_block(c, end);
    return 1;
}

/* ---- try ----------------------------------------------------------------------------------- */

static int compile_try_except(mp_compiler *c, const mp_stmt *s);
static int compile_try_star_except(mp_compiler *c, const mp_stmt *s);

/*  SETUP_FINALLY L; <body>; POP_BLOCK; <finalbody>; JUMP E
 *  L: SETUP_CLEANUP C; PUSH_EXC_INFO; <finalbody>; RERAISE 0
 *  C: POP_EXCEPT_AND_RERAISE
 *  E: */
static int compile_try_finally(mp_compiler *c, const mp_stmt *s, int star)
{
    mp_bblock *body, *end, *exit, *cleanup;
    NEW_BLOCK(body);
    NEW_BLOCK(end);
    NEW_BLOCK(exit);
    NEW_BLOCK(cleanup);
    ADDOP_JUMP(SETUP_FINALLY, end);
    mp_use_next_block(c, body);
    RETURN_IF_FALSE(mp_push_fblock(c, FB_FINALLY_TRY, body, end, s->v.Try.finalbody));
    if (MP_SEQ_LEN(s->v.Try.handlers))
        RETURN_IF_FALSE(star ? compile_try_star_except(c, s) : compile_try_except(c, s));
    else
        VISIT_STMTS(s->v.Try.body);
    ADDOP_NOLINE(POP_BLOCK);
    mp_pop_fblock(c, FB_FINALLY_TRY, body);
    VISIT_STMTS(s->v.Try.finalbody);
    ADDOP_JUMP_NOLINE(JUMP, exit);
    /* The finally block for the exceptional path. */
    mp_use_next_block(c, end);
    mp_unset_loc(c);
    ADDOP_JUMP(SETUP_CLEANUP, cleanup);
    ADDOP(PUSH_EXC_INFO);
    RETURN_IF_FALSE(mp_push_fblock(c, FB_FINALLY_END, end, NULL, NULL));
    VISIT_STMTS(s->v.Try.finalbody);
    mp_pop_fblock(c, FB_FINALLY_END, end);
    ADDOP_I(RERAISE, 0);
    mp_use_next_block(c, cleanup);
    RETURN_IF_FALSE(pop_except_and_reraise(c));
    mp_use_next_block(c, exit);
    return 1;
}

/* name = None; del name (the handler's variable, after its body). */
static int clear_handler_name(mp_compiler *c, const char *name)
{
    ADDOP_LOAD_CONST(mp_none);
    RETURN_IF_FALSE(mp_compiler_nameop(c, name, MP_Store));
    return mp_compiler_nameop(c, name, MP_Del);
}

static int compile_handler(mp_compiler *c, const mp_excepthandler *h, mp_bblock *end)
{
    mp_bblock *except;
    NEW_BLOCK(except);
    if (h->type) {
        VISIT(h->type);
        ADDOP(CHECK_EXC_MATCH);
        ADDOP_JUMP(POP_JUMP_IF_FALSE, except);
    }
    if (h->name) {
        mp_bblock *cleanup_end, *cleanup_body;
        NEW_BLOCK(cleanup_end);
        NEW_BLOCK(cleanup_body);
        RETURN_IF_FALSE(mp_compiler_nameop(c, h->name, MP_Store));
        /* try: <body> finally: name = None; del name */
        ADDOP_JUMP(SETUP_CLEANUP, cleanup_end);
        mp_use_next_block(c, cleanup_body);
        RETURN_IF_FALSE(mp_push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, NULL, h->name));
        VISIT_STMTS(h->body);
        mp_pop_fblock(c, FB_HANDLER_CLEANUP, cleanup_body);
        mp_unset_loc(c);
        ADDOP(POP_BLOCK);
        ADDOP(POP_BLOCK);
        ADDOP(POP_EXCEPT);
        RETURN_IF_FALSE(clear_handler_name(c, h->name));
        ADDOP_JUMP(JUMP, end);
        /* The body raised. */
        mp_use_next_block(c, cleanup_end);
        mp_unset_loc(c);
        RETURN_IF_FALSE(clear_handler_name(c, h->name));
        ADDOP_I(RERAISE, 1);
    } else {
        mp_bblock *cleanup_body;
        NEW_BLOCK(cleanup_body);
        ADDOP(POP_TOP); /* exc_value */
        mp_use_next_block(c, cleanup_body);
        RETURN_IF_FALSE(mp_push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, NULL, NULL));
        VISIT_STMTS(h->body);
        mp_pop_fblock(c, FB_HANDLER_CLEANUP, cleanup_body);
        mp_unset_loc(c);
        ADDOP(POP_BLOCK);
        ADDOP(POP_EXCEPT);
        ADDOP_JUMP(JUMP, end);
    }
    mp_use_next_block(c, except);
    return 1;
}

/*  SETUP_FINALLY L1; <body>; POP_BLOCK; <orelse>; JUMP L0
 *  L1: SETUP_CLEANUP C; PUSH_EXC_INFO
 *      <type>; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE L2; <store>; <handler>; JUMP L0
 *  L2: ... RERAISE 0
 *  C:  POP_EXCEPT_AND_RERAISE
 *  L0: */
static int compile_try_except(mp_compiler *c, const mp_stmt *s)
{
    mp_bblock *body, *except, *end, *cleanup;
    NEW_BLOCK(body);
    NEW_BLOCK(except);
    NEW_BLOCK(end);
    NEW_BLOCK(cleanup);
    ADDOP_JUMP(SETUP_FINALLY, except);
    mp_use_next_block(c, body);
    RETURN_IF_FALSE(mp_push_fblock(c, FB_TRY_EXCEPT, body, NULL, NULL));
    VISIT_STMTS(s->v.Try.body);
    mp_pop_fblock(c, FB_TRY_EXCEPT, body);
    ADDOP_NOLINE(POP_BLOCK);
    VISIT_STMTS(s->v.Try.orelse);
    ADDOP_JUMP_NOLINE(JUMP, end);
    int n = MP_SEQ_LEN(s->v.Try.handlers);
    mp_use_next_block(c, except);
    mp_unset_loc(c);
    ADDOP_JUMP(SETUP_CLEANUP, cleanup);
    ADDOP(PUSH_EXC_INFO);
    /* The runtime pushes a block here. */
    RETURN_IF_FALSE(mp_push_fblock(c, FB_EXCEPTION_HANDLER, NULL, NULL, NULL));
    for (int i = 0; i < n; i++) {
        const mp_excepthandler *h = MP_SEQ_GET(s->v.Try.handlers, i);
        mp_set_loc(c, h->pos);
        if (!h->type && i < n - 1)
            return mp_compiler_error(c, "default 'except:' must be last");
        RETURN_IF_FALSE(compile_handler(c, h, end));
    }
    mp_unset_loc(c);
    mp_pop_fblock(c, FB_EXCEPTION_HANDLER, NULL);
    ADDOP_I(RERAISE, 0);
    mp_use_next_block(c, cleanup);
    RETURN_IF_FALSE(pop_except_and_reraise(c));
    mp_use_next_block(c, end);
    return 1;
}

/* One except* clause; see compile_try_star_except. */
static int compile_star_handler(mp_compiler *c, const mp_excepthandler *h, int i, int n,
                                mp_bblock *reraise_star)
{
    mp_bblock *except, *except_with_error, *no_match, *cleanup_end, *cleanup_body;
    NEW_BLOCK(except);
    NEW_BLOCK(except_with_error);
    NEW_BLOCK(no_match);
    if (i == 0) {
        /* [exc] -> [orig, [], exc]: the original group and a list for what
         * the clauses raise. */
        ADDOP_I(COPY, 1);
        ADDOP_I(BUILD_LIST, 0);
        ADDOP_I(SWAP, 2);
    }
    if (h->type) {
        VISIT(h->type);
        ADDOP(CHECK_EG_MATCH);
        ADDOP_I(COPY, 1);
        ADDOP_JUMP(POP_JUMP_IF_NONE, no_match);
    }
    NEW_BLOCK(cleanup_end);
    NEW_BLOCK(cleanup_body);
    if (h->name)
        RETURN_IF_FALSE(mp_compiler_nameop(c, h->name, MP_Store));
    else
        ADDOP(POP_TOP); /* match */
    ADDOP_JUMP(SETUP_CLEANUP, cleanup_end);
    mp_use_next_block(c, cleanup_body);
    RETURN_IF_FALSE(mp_push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, NULL, h->name));
    VISIT_STMTS(h->body);
    mp_pop_fblock(c, FB_HANDLER_CLEANUP, cleanup_body);
    mp_unset_loc(c);
    ADDOP(POP_BLOCK);
    if (h->name)
        RETURN_IF_FALSE(clear_handler_name(c, h->name));
    ADDOP_JUMP(JUMP, except);
    /* The clause raised: add its exception to the list. */
    mp_use_next_block(c, cleanup_end);
    mp_unset_loc(c);
    if (h->name)
        RETURN_IF_FALSE(clear_handler_name(c, h->name));
    ADDOP_I(LIST_APPEND, 3); /* exc */
    ADDOP(POP_TOP);          /* lasti */
    ADDOP_JUMP(JUMP, except_with_error);
    mp_use_next_block(c, except);
    ADDOP(NOP); /* holds a location */
    ADDOP_JUMP(JUMP, except_with_error);
    mp_use_next_block(c, no_match);
    ADDOP(POP_TOP); /* match (None) */
    mp_use_next_block(c, except_with_error);
    if (i == n - 1) {
        /* The unhandled rest of the group (or None) goes to the list. */
        ADDOP_I(LIST_APPEND, 1);
        ADDOP_JUMP(JUMP, reraise_star);
    }
    return 1;
}

static int compile_try_star_except(mp_compiler *c, const mp_stmt *s)
{
    mp_bblock *body, *except, *orelse, *end, *cleanup, *reraise_star, *reraise;
    NEW_BLOCK(body);
    NEW_BLOCK(except);
    NEW_BLOCK(orelse);
    NEW_BLOCK(end);
    NEW_BLOCK(cleanup);
    NEW_BLOCK(reraise_star);
    ADDOP_JUMP(SETUP_FINALLY, except);
    mp_use_next_block(c, body);
    RETURN_IF_FALSE(mp_push_fblock(c, FB_TRY_EXCEPT, body, NULL, NULL));
    VISIT_STMTS(s->v.Try.body);
    mp_pop_fblock(c, FB_TRY_EXCEPT, body);
    ADDOP_NOLINE(POP_BLOCK);
    ADDOP_JUMP_NOLINE(JUMP, orelse);
    int n = MP_SEQ_LEN(s->v.Try.handlers);
    mp_use_next_block(c, except);
    mp_unset_loc(c);
    ADDOP_JUMP(SETUP_CLEANUP, cleanup);
    ADDOP(PUSH_EXC_INFO);
    RETURN_IF_FALSE(mp_push_fblock(c, FB_EXCEPTION_GROUP_HANDLER, NULL, NULL, "except handler"));
    for (int i = 0; i < n; i++) {
        const mp_excepthandler *h = MP_SEQ_GET(s->v.Try.handlers, i);
        mp_set_loc(c, h->pos);
        RETURN_IF_FALSE(compile_star_handler(c, h, i, n, reraise_star));
    }
    mp_unset_loc(c);
    mp_pop_fblock(c, FB_EXCEPTION_GROUP_HANDLER, NULL);
    NEW_BLOCK(reraise);
    mp_use_next_block(c, reraise_star);
    ADDOP(PREP_RERAISE_STAR);
    ADDOP_I(COPY, 1);
    ADDOP_JUMP(POP_JUMP_IF_NOT_NONE, reraise);
    /* Nothing to reraise. */
    ADDOP(POP_TOP);
    ADDOP(POP_BLOCK);
    ADDOP(POP_EXCEPT);
    ADDOP_JUMP(JUMP, end);
    mp_use_next_block(c, reraise);
    ADDOP(POP_BLOCK);
    ADDOP_I(SWAP, 2);
    ADDOP(POP_EXCEPT);
    ADDOP_I(RERAISE, 0);
    mp_use_next_block(c, cleanup);
    RETURN_IF_FALSE(pop_except_and_reraise(c));
    mp_use_next_block(c, orelse);
    VISIT_STMTS(s->v.Try.orelse);
    mp_use_next_block(c, end);
    return 1;
}

static int compile_try(mp_compiler *c, const mp_stmt *s)
{
    int star = s->kind == MP_STMT_TryStar;
    if (MP_SEQ_LEN(s->v.Try.finalbody))
        return compile_try_finally(c, s, star);
    return star ? compile_try_star_except(c, s) : compile_try_except(c, s);
}

/* ---- with ------------------------------------------------------------------------------- */

static int with_except_finish(mp_compiler *c, mp_bblock *cleanup)
{
    mp_bblock *exit;
    mp_unset_loc(c);
    NEW_BLOCK(exit);
    ADDOP_JUMP(POP_JUMP_IF_TRUE, exit);
    ADDOP_I(RERAISE, 2);
    mp_use_next_block(c, cleanup);
    RETURN_IF_FALSE(pop_except_and_reraise(c));
    mp_use_next_block(c, exit);
    ADDOP(POP_TOP); /* exc_value */
    ADDOP(POP_BLOCK);
    ADDOP(POP_EXCEPT);
    ADDOP(POP_TOP);
    ADDOP(POP_TOP);
    return 1;
}

/*  <expr>; BEFORE_WITH; SETUP_WITH E; <store or POP_TOP>; <body>
 *  POP_BLOCK; call __exit__(None, None, None); POP_TOP; JUMP EXIT
 *  E: SETUP_CLEANUP C; PUSH_EXC_INFO; WITH_EXCEPT_START
 *     POP_JUMP_IF_TRUE T; RERAISE 2
 *  C: POP_EXCEPT_AND_RERAISE
 *  T: POP_TOP; POP_BLOCK; POP_EXCEPT; POP_TOP; POP_TOP
 *  EXIT: */
static int compile_with(mp_compiler *c, const mp_stmt *s, int pos, int is_async)
{
    const mp_withitem *item = MP_SEQ_GET(s->v.With.items, pos);
    mp_bblock *block, *final, *exit, *cleanup;
    if (is_async && c->u->scope_type != MP_SCOPE_TYPE_ASYNC_FUNCTION)
        return mp_compiler_error(c, "'async with' outside async function");
    NEW_BLOCK(block);
    NEW_BLOCK(final);
    NEW_BLOCK(exit);
    NEW_BLOCK(cleanup);
    VISIT(item->context_expr);
    if (is_async) {
        ADDOP(BEFORE_ASYNC_WITH);
        ADDOP_I(GET_AWAITABLE, 1);
        ADDOP_LOAD_CONST(mp_none);
        RETURN_IF_FALSE(mp_compile_add_yield_from(c, 1));
    } else {
        ADDOP(BEFORE_WITH);
    }
    ADDOP_JUMP(SETUP_WITH, final);
    mp_use_next_block(c, block);
    RETURN_IF_FALSE(mp_push_fblock(c, is_async ? FB_ASYNC_WITH : FB_WITH, block, final, s));
    if (item->optional_vars)
        VISIT(item->optional_vars);
    else
        ADDOP(POP_TOP); /* the result of __enter__ */
    if (++pos == MP_SEQ_LEN(s->v.With.items))
        VISIT_STMTS(s->v.With.body);
    else
        RETURN_IF_FALSE(compile_with(c, s, pos, is_async));
    if (is_async) {
        mp_pop_fblock(c, FB_ASYNC_WITH, block);
        ADDOP(POP_BLOCK);
    } else {
        mp_unset_loc(c);
        ADDOP(POP_BLOCK);
        mp_pop_fblock(c, FB_WITH, block);
    }
    /* Success: __exit__(None, None, None). */
    mp_set_loc(c, s->pos);
    RETURN_IF_FALSE(call_exit_with_nones(c));
    if (is_async) {
        ADDOP_I(GET_AWAITABLE, 2);
        ADDOP_LOAD_CONST(mp_none);
        RETURN_IF_FALSE(mp_compile_add_yield_from(c, 1));
    }
    ADDOP(POP_TOP);
    ADDOP_JUMP(JUMP, exit);
    /* An exception: __exit__(type, value, traceback). */
    mp_use_next_block(c, final);
    ADDOP_JUMP(SETUP_CLEANUP, cleanup);
    ADDOP(PUSH_EXC_INFO);
    ADDOP(WITH_EXCEPT_START);
    if (is_async) {
        ADDOP_I(GET_AWAITABLE, 2);
        ADDOP_LOAD_CONST(mp_none);
        RETURN_IF_FALSE(mp_compile_add_yield_from(c, 1));
    }
    RETURN_IF_FALSE(with_except_finish(c, cleanup));
    mp_use_next_block(c, exit);
    return 1;
}

/* ---- dispatch ------------------------------------------------------------------------------ */

int mp_compile_stmt(mp_compiler *c, const mp_stmt *s)
{
    mp_set_loc(c, s->pos);
    switch (s->kind) {
    case MP_STMT_FunctionDef:
        return mp_compile_function(c, s, 0);
    case MP_STMT_AsyncFunctionDef:
        return mp_compile_function(c, s, 1);
    case MP_STMT_ClassDef:
        return mp_compile_class(c, s);
    case MP_STMT_Return:
        return compile_return(c, s);
    case MP_STMT_Delete:
        return mp_compile_exprs(c, s->v.Delete.targets);
    case MP_STMT_Assign:
        return compile_assign(c, s);
    case MP_STMT_AugAssign:
        return compile_augassign(c, s);
    case MP_STMT_AnnAssign:
        return compile_annassign(c, s);
    case MP_STMT_For:
        return compile_for(c, s);
    case MP_STMT_AsyncFor:
        return compile_async_for(c, s);
    case MP_STMT_While:
        return compile_while(c, s);
    case MP_STMT_If:
        return compile_if(c, s);
    case MP_STMT_Raise:
        return compile_raise(c, s);
    case MP_STMT_Try:
    case MP_STMT_TryStar:
        return compile_try(c, s);
    case MP_STMT_Assert:
        return compile_assert(c, s);
    case MP_STMT_Import:
        return compile_import(c, s);
    case MP_STMT_ImportFrom:
        return compile_from_import(c, s);
    case MP_STMT_Global:
    case MP_STMT_Nonlocal:
        return 1;
    case MP_STMT_Expr:
        return compile_stmt_expr(c, s->v.Expr.value);
    case MP_STMT_Pass:
        return mp_addop(c, MP_OP_NOP);
    case MP_STMT_Break:
        return compile_break_continue(c, 1);
    case MP_STMT_Continue:
        return compile_break_continue(c, 0);
    case MP_STMT_With:
        return compile_with(c, s, 0, 0);
    case MP_STMT_AsyncWith:
        return compile_with(c, s, 0, 1);
    case MP_STMT_Match:
        return mp_compile_match(c, s);
    }
    return 1;
}
