/* Code generation for what makes nested code objects or calls them:
 * function and class definitions, lambdas, comprehensions (3.11 compiles
 * each as a function called at once with the outermost iterator), and
 * calls of every shape (PRECALL/CALL, KW_NAMES, LOAD_METHOD,
 * CALL_FUNCTION_EX). */
#include <string.h>

#include "compile_internal.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

#define ADDOP(op) RETURN_IF_FALSE(mp_addop(c, MP_OP_##op))
#define ADDOP_I(op, arg) RETURN_IF_FALSE(mp_addop_i(c, MP_OP_##op, (arg)))
#define ADDOP_JUMP(op, b) RETURN_IF_FALSE(mp_addop_j(c, MP_OP_##op, (b)))
#define ADDOP_LOAD_CONST(o) RETURN_IF_FALSE(mp_addop_load_const(c, (o)))
#define VISIT(e) RETURN_IF_FALSE(mp_compile_expr(c, (e)))
#define NEW_BLOCK(b) RETURN_IF_FALSE((b) = mp_new_block(c))
#define RETURN_IF_FALSE(x) \
    do {                   \
        if (!(x))          \
            return 0;      \
    } while (0)

#define STACK_USE_GUIDELINE 30

int mp_compile_starunpack(mp_compiler *c, const mp_seq *elts, int pushed);
int mp_compile_yield_value(mp_compiler *c);
int mp_compile_annexpr(mp_compiler *c, const mp_expr *annotation);
void mp_update_start_location_to_match_attr(mp_compiler *c, const mp_expr *attr);

/* A tuple of interned strs, one per name (strings from the tree). */
static mp_obj names_tuple(const char *const *names, int n)
{
    mp_obj t = mp_tuple_new(n);
    if (!t)
        return NULL;
    for (int i = 0; i < n; i++) {
        mp_obj s = mp_str_intern(names[i]);
        if (!s) {
            for (int j = i; j < n; j++)
                MP_TUPLE_ITEMS(t)[j] = mp_newref(mp_none);
            mp_decref(t);
            return NULL;
        }
        MP_TUPLE_ITEMS(t)[i] = mp_newref(s);
    }
    return t;
}

static mp_obj keyword_names(const mp_seq *keywords, int begin, int end)
{
    const char *names[end - begin + 1];
    for (int i = begin; i < end; i++)
        names[i - begin] = ((const mp_keyword *)MP_SEQ_GET(keywords, i))->arg;
    return names_tuple(names, end - begin);
}

/* ---- closures ---------------------------------------------------------------------- */

/* How the current unit sees name: as its cell or as its free variable. */
static int ref_type(mp_compiler *c, const char *name)
{
    if (c->u->scope_type == MP_SCOPE_TYPE_CLASS && strcmp(name, "__class__") == 0)
        return MP_SCOPE_CELL;
    return mp_ste_scope(c->u->ste, name);
}

int mp_compile_make_closure(mp_compiler *c, mp_code *co, int flags, const char *qualname)
{
    (void)qualname;
    if (co->nfreevars) {
        int first = co->nlocalsplus - co->nfreevars;
        for (int i = first; i < co->nlocalsplus; i++) {
            /* LOAD_CLOSURE, not LOAD_DEREF: the cell itself.  A method's
             * free variable named like a class local is found as the
             * class's free variable. */
            const char *name = mp_str_utf8(MP_TUPLE_GET(co->localsplusnames, i));
            int reftype = ref_type(c, name);
            int arg = mp_strmap_get(reftype == MP_SCOPE_CELL ? &c->u->cellvars : &c->u->freevars,
                                    name, -1);
            if (arg < 0) {
                mp_err_format(&mp_type_SystemError,
                              "compiler_lookup_arg(name='%s') with reftype=%d failed", name,
                              reftype);
                return 0;
            }
            ADDOP_I(LOAD_CLOSURE, arg);
        }
        flags |= 0x08;
        ADDOP_I(BUILD_TUPLE, co->nfreevars);
    }
    ADDOP_LOAD_CONST((mp_obj)co);
    ADDOP_I(MAKE_FUNCTION, flags);
    return 1;
}

/* ---- functions ----------------------------------------------------------------------- */

static int apply_decorators(mp_compiler *c, const mp_seq *decos)
{
    mp_location saved = c->u->loc;
    for (int i = MP_SEQ_LEN(decos) - 1; i >= 0; i--) {
        mp_set_loc(c, ((const mp_expr *)MP_SEQ_GET(decos, i))->pos);
        ADDOP_I(PRECALL, 0);
        ADDOP_I(CALL, 0);
    }
    c->u->loc = saved;
    return 1;
}

/* Pushes a dict of the keyword-only defaults; returns 1 if it did, -1 if
 * there are none, 0 on error. */
static int visit_kwonlydefaults(mp_compiler *c, const mp_seq *kwonlyargs,
                                const mp_seq *kw_defaults)
{
    int n = MP_SEQ_LEN(kwonlyargs), count = 0;
    const char *keys[n + 1];
    for (int i = 0; i < n; i++) {
        const mp_arg *arg = MP_SEQ_GET(kwonlyargs, i);
        const mp_expr *dflt = MP_SEQ_GET(kw_defaults, i);
        if (dflt) {
            const char *mangled = mp_compiler_mangle(c, arg->arg);
            RETURN_IF_FALSE(mangled);
            keys[count++] = mangled;
            VISIT(dflt);
        }
    }
    if (!count)
        return -1;
    RETURN_IF_FALSE(mp_addop_load_const_new(c, names_tuple(keys, count)));
    ADDOP_I(BUILD_CONST_KEY_MAP, count);
    return 1;
}

static int visit_argannotation(mp_compiler *c, const char *id, const mp_expr *annotation,
                               int *len)
{
    if (!annotation)
        return 1;
    const char *mangled = mp_compiler_mangle(c, id);
    RETURN_IF_FALSE(mangled);
    RETURN_IF_FALSE(mp_addop_load_const_new(c, mp_str_from_cstr(mangled)));
    if (c->future_annotations) {
        RETURN_IF_FALSE(mp_compile_annexpr(c, annotation));
    } else if (annotation->kind == MP_EXPR_Starred) {
        /* *args: *Ts */
        VISIT(annotation->v.Starred.value);
        ADDOP_I(UNPACK_SEQUENCE, 1);
    } else {
        VISIT(annotation);
    }
    *len += 2;
    return 1;
}

static int visit_argannotations(mp_compiler *c, const mp_seq *args, int *len)
{
    for (int i = 0; i < MP_SEQ_LEN(args); i++) {
        const mp_arg *a = MP_SEQ_GET(args, i);
        RETURN_IF_FALSE(visit_argannotation(c, a->arg, a->annotation, len));
    }
    return 1;
}

/* Pushes the annotations as a tuple (name, value, ...): 1, -1 when there
 * are none, 0 on error. */
static int visit_annotations(mp_compiler *c, const mp_arguments *args, const mp_expr *returns)
{
    int len = 0;
    RETURN_IF_FALSE(visit_argannotations(c, args->args, &len));
    RETURN_IF_FALSE(visit_argannotations(c, args->posonlyargs, &len));
    if (args->vararg)
        RETURN_IF_FALSE(visit_argannotation(c, args->vararg->arg, args->vararg->annotation, &len));
    RETURN_IF_FALSE(visit_argannotations(c, args->kwonlyargs, &len));
    if (args->kwarg)
        RETURN_IF_FALSE(visit_argannotation(c, args->kwarg->arg, args->kwarg->annotation, &len));
    RETURN_IF_FALSE(visit_argannotation(c, "return", returns, &len));
    if (!len)
        return -1;
    ADDOP_I(BUILD_TUPLE, len);
    return 1;
}

/* MAKE_FUNCTION's flags for the defaults pushed: 1 positional, 2
 * keyword-only; -1 on error. */
static int default_arguments(mp_compiler *c, const mp_arguments *args)
{
    int flags = 0;
    if (MP_SEQ_LEN(args->defaults) > 0) {
        if (!mp_compile_exprs(c, args->defaults) ||
            !mp_addop_i(c, MP_OP_BUILD_TUPLE, MP_SEQ_LEN(args->defaults)))
            return -1;
        flags |= 0x01;
    }
    if (MP_SEQ_LEN(args->kwonlyargs)) {
        int res = visit_kwonlydefaults(c, args->kwonlyargs, args->kw_defaults);
        if (res == 0)
            return -1;
        if (res > 0)
            flags |= 0x02;
    }
    return flags;
}

static int check_debug_arg(mp_compiler *c, const mp_arg *a)
{
    if (a && strcmp(a->arg, "__debug__") == 0)
        return mp_compiler_error(c, "cannot assign to __debug__");
    return 1;
}

static int check_debug_args(mp_compiler *c, const mp_arguments *args)
{
    const mp_seq *seqs[] = {args->posonlyargs, args->args, args->kwonlyargs};
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < MP_SEQ_LEN(seqs[k]); i++)
            RETURN_IF_FALSE(check_debug_arg(c, MP_SEQ_GET(seqs[k], i)));
    return check_debug_arg(c, args->vararg) && check_debug_arg(c, args->kwarg);
}

static void set_argcounts(mp_compiler *c, const mp_arguments *args)
{
    c->u->argcount = MP_SEQ_LEN(args->args);
    c->u->posonlyargcount = MP_SEQ_LEN(args->posonlyargs);
    c->u->kwonlyargcount = MP_SEQ_LEN(args->kwonlyargs);
}

/* Leaves the unit: its code object (a new reference) and qualname. */
static mp_code *finish_unit(mp_compiler *c, int add_none, const char **qualname)
{
    mp_code *co = mp_assemble(c, add_none);
    *qualname = c->u->qualname;
    mp_exit_scope(c);
    return co;
}

int mp_compile_function(mp_compiler *c, const mp_stmt *s, int is_async)
{
    const mp_arguments *args = s->v.FunctionDef.args;
    const mp_seq *decos = s->v.FunctionDef.decorator_list;
    const mp_seq *body = s->v.FunctionDef.body;
    RETURN_IF_FALSE(check_debug_args(c, args));
    RETURN_IF_FALSE(mp_compile_exprs(c, decos));
    int firstlineno = s->pos.lineno;
    if (MP_SEQ_LEN(decos))
        firstlineno = ((const mp_expr *)MP_SEQ_GET(decos, 0))->pos.lineno;
    int flags = default_arguments(c, args);
    if (flags < 0)
        return 0;
    int annotations = visit_annotations(c, args, s->v.FunctionDef.returns);
    RETURN_IF_FALSE(annotations);
    if (annotations > 0)
        flags |= 0x04;
    RETURN_IF_FALSE(mp_enter_scope(c, s->v.FunctionDef.name,
                                   is_async ? MP_SCOPE_TYPE_ASYNC_FUNCTION
                                            : MP_SCOPE_TYPE_FUNCTION,
                                   s, firstlineno));
    /* co_consts[0] is the docstring, or None. */
    const mp_expr *doc = c->optimize < 2 ? mp_get_docstring(c, body) : NULL;
    mp_obj docv = doc ? mp_const_value(c, doc) : mp_none;
    if (!docv || mp_add_const(c, docv) < 0) {
        mp_exit_scope(c);
        return 0;
    }
    set_argcounts(c, args);
    for (int i = doc ? 1 : 0; i < MP_SEQ_LEN(body); i++) {
        if (!mp_compile_stmt(c, MP_SEQ_GET(body, i))) {
            mp_exit_scope(c);
            return 0;
        }
    }
    const char *qualname;
    mp_code *co = finish_unit(c, 1, &qualname);
    RETURN_IF_FALSE(co);
    int ok = mp_compile_make_closure(c, co, flags, qualname);
    mp_decref((mp_obj)co);
    RETURN_IF_FALSE(ok);
    RETURN_IF_FALSE(apply_decorators(c, decos));
    return mp_compiler_nameop(c, s->v.FunctionDef.name, MP_Store);
}

static int compile_class_body(mp_compiler *c, const mp_stmt *s)
{
    c->u->private_ = s->v.ClassDef.name;
    RETURN_IF_FALSE(mp_compiler_nameop(c, "__name__", MP_Load));
    RETURN_IF_FALSE(mp_compiler_nameop(c, "__module__", MP_Store));
    RETURN_IF_FALSE(mp_addop_load_const_new(c, mp_str_from_cstr(c->u->qualname)));
    RETURN_IF_FALSE(mp_compiler_nameop(c, "__qualname__", MP_Store));
    RETURN_IF_FALSE(mp_compile_body(c, s->v.ClassDef.body));
    /* Return the __class__ cell (stored as __classcell__) if methods use
     * it, else None. */
    mp_unset_loc(c);
    if (c->u->ste->needs_class_closure) {
        int i = mp_strmap_get(&c->u->cellvars, "__class__", -1);
        ADDOP_I(LOAD_CLOSURE, i);
        ADDOP_I(COPY, 1);
        RETURN_IF_FALSE(mp_compiler_nameop(c, "__classcell__", MP_Store));
    } else {
        ADDOP_LOAD_CONST(mp_none);
    }
    ADDOP(RETURN_VALUE);
    return 1;
}

int mp_compile_class(mp_compiler *c, const mp_stmt *s)
{
    const mp_seq *decos = s->v.ClassDef.decorator_list;
    RETURN_IF_FALSE(mp_compile_exprs(c, decos));
    int firstlineno = s->pos.lineno;
    if (MP_SEQ_LEN(decos))
        firstlineno = ((const mp_expr *)MP_SEQ_GET(decos, 0))->pos.lineno;
    /* <name> = __build_class__(<func>, <name>, *<bases>, **<keywords>) */
    RETURN_IF_FALSE(mp_enter_scope(c, s->v.ClassDef.name, MP_SCOPE_TYPE_CLASS, s, firstlineno));
    if (!compile_class_body(c, s)) {
        mp_exit_scope(c);
        return 0;
    }
    const char *qualname;
    mp_code *co = finish_unit(c, 1, &qualname);
    RETURN_IF_FALSE(co);
    int ok = mp_addop(c, MP_OP_PUSH_NULL) && mp_addop(c, MP_OP_LOAD_BUILD_CLASS) &&
             mp_compile_make_closure(c, co, 0, NULL);
    mp_decref((mp_obj)co);
    RETURN_IF_FALSE(ok);
    mp_obj name = mp_str_intern(s->v.ClassDef.name);
    RETURN_IF_FALSE(name);
    ADDOP_LOAD_CONST(name);
    RETURN_IF_FALSE(mp_compile_call_helper(c, 2, s->v.ClassDef.bases, s->v.ClassDef.keywords));
    RETURN_IF_FALSE(apply_decorators(c, decos));
    return mp_compiler_nameop(c, s->v.ClassDef.name, MP_Store);
}

int mp_compile_lambda(mp_compiler *c, const mp_expr *e)
{
    const mp_arguments *args = e->v.Lambda.args;
    RETURN_IF_FALSE(check_debug_args(c, args));
    int flags = default_arguments(c, args);
    if (flags < 0)
        return 0;
    RETURN_IF_FALSE(mp_enter_scope(c, "<lambda>", MP_SCOPE_TYPE_LAMBDA, e, e->pos.lineno));
    /* None first, so that a lambda has no docstring. */
    int ok = mp_add_const(c, mp_none) >= 0;
    set_argcounts(c, args);
    ok = ok && mp_compile_expr(c, e->v.Lambda.body);
    int is_gen = c->u->ste->generator;
    if (ok && !is_gen)
        ok = mp_addop(c, MP_OP_RETURN_VALUE);
    if (!ok) {
        mp_exit_scope(c);
        return 0;
    }
    const char *qualname;
    mp_code *co = finish_unit(c, !is_gen, &qualname);
    RETURN_IF_FALSE(co);
    ok = mp_compile_make_closure(c, co, flags, qualname);
    mp_decref((mp_obj)co);
    return ok;
}

/* ---- comprehensions ------------------------------------------------------------------------ */

enum { COMP_GENEXP, COMP_LISTCOMP, COMP_SETCOMP, COMP_DICTCOMP };

static int comprehension_generator(mp_compiler *c, const mp_seq *generators, int gen_index,
                                   int depth, const mp_expr *elt, const mp_expr *val,
                                   int type);

/* What the innermost loop does with each element. */
static int comprehension_element(mp_compiler *c, const mp_expr *elt, const mp_expr *val,
                                 int type, int depth)
{
    switch (type) {
    case COMP_GENEXP:
        VISIT(elt);
        RETURN_IF_FALSE(mp_compile_yield_value(c));
        ADDOP(POP_TOP);
        return 1;
    case COMP_LISTCOMP:
        VISIT(elt);
        ADDOP_I(LIST_APPEND, depth + 1);
        return 1;
    case COMP_SETCOMP:
        VISIT(elt);
        ADDOP_I(SET_ADD, depth + 1);
        return 1;
    default:
        /* {k: v}: the key first. */
        VISIT(elt);
        VISIT(val);
        ADDOP_I(MAP_ADD, depth + 1);
        return 1;
    }
}

static int sync_comprehension_generator(mp_compiler *c, const mp_seq *generators,
                                        int gen_index, int depth, const mp_expr *elt,
                                        const mp_expr *val, int type)
{
    mp_bblock *start, *if_cleanup, *anchor;
    NEW_BLOCK(start);
    NEW_BLOCK(if_cleanup);
    NEW_BLOCK(anchor);
    const mp_comprehension *gen = MP_SEQ_GET(generators, gen_index);
    if (gen_index == 0) {
        /* The outermost iterator is the implicit argument .0. */
        c->u->argcount = 1;
        ADDOP_I(LOAD_FAST, 0);
    } else {
        /* `for y in [f(x)]`: bind y without a loop. */
        const mp_seq *elts = NULL;
        if (gen->iter->kind == MP_EXPR_List)
            elts = gen->iter->v.List.elts;
        else if (gen->iter->kind == MP_EXPR_Tuple)
            elts = gen->iter->v.Tuple.elts;
        if (MP_SEQ_LEN(elts) == 1) {
            const mp_expr *only = MP_SEQ_GET(elts, 0);
            if (only->kind != MP_EXPR_Starred) {
                VISIT(only);
                start = NULL;
            }
        }
        if (start) {
            VISIT(gen->iter);
            ADDOP(GET_ITER);
        }
    }
    if (start) {
        depth++;
        mp_use_next_block(c, start);
        ADDOP_JUMP(FOR_ITER, anchor);
    }
    VISIT(gen->target);
    for (int i = 0; i < MP_SEQ_LEN(gen->ifs); i++)
        RETURN_IF_FALSE(mp_compile_jump_if(c, MP_SEQ_GET(gen->ifs, i), if_cleanup, 0));
    if (++gen_index < MP_SEQ_LEN(generators))
        RETURN_IF_FALSE(
            comprehension_generator(c, generators, gen_index, depth, elt, val, type));
    if (gen_index >= MP_SEQ_LEN(generators))
        RETURN_IF_FALSE(comprehension_element(c, elt, val, type, depth));
    mp_use_next_block(c, if_cleanup);
    if (start) {
        ADDOP_JUMP(JUMP, start);
        mp_use_next_block(c, anchor);
    }
    return 1;
}

static int async_comprehension_generator(mp_compiler *c, const mp_seq *generators,
                                         int gen_index, int depth, const mp_expr *elt,
                                         const mp_expr *val, int type)
{
    mp_bblock *start, *if_cleanup, *except;
    NEW_BLOCK(start);
    NEW_BLOCK(except);
    NEW_BLOCK(if_cleanup);
    const mp_comprehension *gen = MP_SEQ_GET(generators, gen_index);
    if (gen_index == 0) {
        c->u->argcount = 1;
        ADDOP_I(LOAD_FAST, 0);
    } else {
        VISIT(gen->iter);
        ADDOP(GET_AITER);
    }
    mp_use_next_block(c, start);
    RETURN_IF_FALSE(mp_push_fblock(c, FB_ASYNC_COMPREHENSION_GENERATOR, start, NULL, NULL));
    ADDOP_JUMP(SETUP_FINALLY, except);
    ADDOP(GET_ANEXT);
    ADDOP_LOAD_CONST(mp_none);
    RETURN_IF_FALSE(mp_compile_add_yield_from(c, 1));
    ADDOP(POP_BLOCK);
    VISIT(gen->target);
    for (int i = 0; i < MP_SEQ_LEN(gen->ifs); i++)
        RETURN_IF_FALSE(mp_compile_jump_if(c, MP_SEQ_GET(gen->ifs, i), if_cleanup, 0));
    depth++;
    if (++gen_index < MP_SEQ_LEN(generators))
        RETURN_IF_FALSE(
            comprehension_generator(c, generators, gen_index, depth, elt, val, type));
    if (gen_index >= MP_SEQ_LEN(generators))
        RETURN_IF_FALSE(comprehension_element(c, elt, val, type, depth));
    mp_use_next_block(c, if_cleanup);
    ADDOP_JUMP(JUMP, start);
    mp_pop_fblock(c, FB_ASYNC_COMPREHENSION_GENERATOR, start);
    mp_use_next_block(c, except);
    ADDOP(END_ASYNC_FOR);
    return 1;
}

static int comprehension_generator(mp_compiler *c, const mp_seq *generators, int gen_index,
                                   int depth, const mp_expr *elt, const mp_expr *val, int type)
{
    const mp_comprehension *gen = MP_SEQ_GET(generators, gen_index);
    if (gen->is_async)
        return async_comprehension_generator(c, generators, gen_index, depth, elt, val, type);
    return sync_comprehension_generator(c, generators, gen_index, depth, elt, val, type);
}

static int comprehension_body(mp_compiler *c, const mp_expr *e, int type,
                              const mp_seq *generators, const mp_expr *elt,
                              const mp_expr *val, int outer_scope_type)
{
    mp_set_loc(c, e->pos);
    int is_async_generator = c->u->ste->coroutine;
    if (is_async_generator && type != COMP_GENEXP &&
        outer_scope_type != MP_SCOPE_TYPE_ASYNC_FUNCTION &&
        outer_scope_type != MP_SCOPE_TYPE_COMPREHENSION)
        return mp_compiler_error(c, "asynchronous comprehension outside of "
                                    "an asynchronous function");
    if (type != COMP_GENEXP) {
        static const int build[] = {[COMP_LISTCOMP] = MP_OP_BUILD_LIST,
                                    [COMP_SETCOMP] = MP_OP_BUILD_SET,
                                    [COMP_DICTCOMP] = MP_OP_BUILD_MAP};
        RETURN_IF_FALSE(mp_addop_i(c, build[type], 0));
    }
    RETURN_IF_FALSE(comprehension_generator(c, generators, 0, 0, elt, val, type));
    if (type != COMP_GENEXP)
        ADDOP(RETURN_VALUE);
    return 1;
}

int mp_compile_comprehension(mp_compiler *c, const mp_expr *e)
{
    int type;
    const char *name;
    const mp_seq *generators;
    const mp_expr *elt, *val = NULL;
    switch (e->kind) {
    case MP_EXPR_GeneratorExp:
        type = COMP_GENEXP, name = "<genexpr>";
        generators = e->v.GeneratorExp.generators, elt = e->v.GeneratorExp.elt;
        break;
    case MP_EXPR_ListComp:
        type = COMP_LISTCOMP, name = "<listcomp>";
        generators = e->v.ListComp.generators, elt = e->v.ListComp.elt;
        break;
    case MP_EXPR_SetComp:
        type = COMP_SETCOMP, name = "<setcomp>";
        generators = e->v.SetComp.generators, elt = e->v.SetComp.elt;
        break;
    default:
        type = COMP_DICTCOMP, name = "<dictcomp>";
        generators = e->v.DictComp.generators;
        elt = e->v.DictComp.key, val = e->v.DictComp.value;
        break;
    }
    const mp_comprehension *outermost = MP_SEQ_GET(generators, 0);
    int outer_scope_type = c->u->scope_type;
    RETURN_IF_FALSE(mp_enter_scope(c, name, MP_SCOPE_TYPE_COMPREHENSION, e, e->pos.lineno));
    int is_async_generator = c->u->ste->coroutine;
    if (!comprehension_body(c, e, type, generators, elt, val, outer_scope_type)) {
        mp_exit_scope(c);
        return 0;
    }
    const char *qualname;
    mp_code *co = finish_unit(c, 1, &qualname);
    RETURN_IF_FALSE(co);
    int ok = mp_compile_make_closure(c, co, 0, qualname);
    mp_decref((mp_obj)co);
    RETURN_IF_FALSE(ok);
    VISIT(outermost->iter);
    if (outermost->is_async)
        ADDOP(GET_AITER);
    else
        ADDOP(GET_ITER);
    ADDOP_I(PRECALL, 0);
    ADDOP_I(CALL, 0);
    if (is_async_generator && type != COMP_GENEXP) {
        ADDOP_I(GET_AWAITABLE, 0);
        ADDOP_LOAD_CONST(mp_none);
        RETURN_IF_FALSE(mp_compile_add_yield_from(c, 1));
    }
    return 1;
}

/* ---- calls ------------------------------------------------------------------------------------ */

static int validate_keywords(mp_compiler *c, const mp_seq *keywords)
{
    int n = MP_SEQ_LEN(keywords);
    for (int i = 0; i < n; i++) {
        const mp_keyword *key = MP_SEQ_GET(keywords, i);
        if (!key->arg)
            continue;
        if (strcmp(key->arg, "__debug__") == 0)
            return mp_compiler_error(c, "cannot assign to __debug__");
        for (int j = i + 1; j < n; j++) {
            const mp_keyword *other = MP_SEQ_GET(keywords, j);
            if (other->arg && strcmp(key->arg, other->arg) == 0) {
                mp_set_loc(c, other->pos);
                return mp_compiler_error(c, "keyword argument repeated: %s", key->arg);
            }
        }
    }
    return 1;
}

static int visit_keyword_values(mp_compiler *c, const mp_seq *keywords)
{
    for (int i = 0; i < MP_SEQ_LEN(keywords); i++)
        VISIT(((const mp_keyword *)MP_SEQ_GET(keywords, i))->value);
    return 1;
}

static int call_simple_kw_helper(mp_compiler *c, const mp_seq *keywords, int n)
{
    mp_obj names = keyword_names(keywords, 0, n);
    RETURN_IF_FALSE(names);
    int arg = mp_add_const(c, names);
    mp_decref(names);
    return arg >= 0 && mp_addop_i(c, MP_OP_KW_NAMES, arg);
}

/* A dict of keywords[begin:end] (none of them **). */
static int subkwargs(mp_compiler *c, const mp_seq *keywords, int begin, int end)
{
    int n = end - begin;
    int big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
        for (int i = begin; i < end; i++)
            VISIT(((const mp_keyword *)MP_SEQ_GET(keywords, i))->value);
        RETURN_IF_FALSE(mp_addop_load_const_new(c, keyword_names(keywords, begin, end)));
        ADDOP_I(BUILD_CONST_KEY_MAP, n);
        return 1;
    }
    if (big)
        RETURN_IF_FALSE(mp_addop_i_noline(c, MP_OP_BUILD_MAP, 0));
    for (int i = begin; i < end; i++) {
        const mp_keyword *kw = MP_SEQ_GET(keywords, i);
        mp_obj key = mp_str_intern(kw->arg);
        RETURN_IF_FALSE(key);
        ADDOP_LOAD_CONST(key);
        VISIT(kw->value);
        if (big)
            RETURN_IF_FALSE(mp_addop_i_noline(c, MP_OP_MAP_ADD, 1));
    }
    if (!big)
        ADDOP_I(BUILD_MAP, n);
    return 1;
}

/* Calls with * or ** (or too many arguments): CALL_FUNCTION_EX with a
 * tuple of the positional arguments and a dict of the keywords. */
static int call_ex(mp_compiler *c, int n, const mp_seq *args, const mp_seq *keywords)
{
    int nelts = MP_SEQ_LEN(args), nkwelts = MP_SEQ_LEN(keywords);
    if (n == 0 && nelts == 1 && ((const mp_expr *)MP_SEQ_GET(args, 0))->kind == MP_EXPR_Starred)
        VISIT(((const mp_expr *)MP_SEQ_GET(args, 0))->v.Starred.value);
    else
        RETURN_IF_FALSE(mp_compile_starunpack(c, args, n));
    if (nkwelts) {
        int have_dict = 0, nseen = 0;
        for (int i = 0; i < nkwelts; i++) {
            const mp_keyword *kw = MP_SEQ_GET(keywords, i);
            if (kw->arg) {
                nseen++;
                continue;
            }
            /* **mapping */
            if (nseen) {
                RETURN_IF_FALSE(subkwargs(c, keywords, i - nseen, i));
                if (have_dict)
                    ADDOP_I(DICT_MERGE, 1);
                have_dict = 1;
                nseen = 0;
            }
            if (!have_dict) {
                ADDOP_I(BUILD_MAP, 0);
                have_dict = 1;
            }
            VISIT(kw->value);
            ADDOP_I(DICT_MERGE, 1);
        }
        if (nseen) {
            RETURN_IF_FALSE(subkwargs(c, keywords, nkwelts - nseen, nkwelts));
            if (have_dict)
                ADDOP_I(DICT_MERGE, 1);
        }
    }
    ADDOP_I(CALL_FUNCTION_EX, nkwelts > 0);
    return 1;
}

/* The arguments and the call, for a callable already pushed with n
 * arguments (the class body and name for __build_class__). */
int mp_compile_call_helper(mp_compiler *c, int n, const mp_seq *args, const mp_seq *keywords)
{
    RETURN_IF_FALSE(validate_keywords(c, keywords));
    int nelts = MP_SEQ_LEN(args), nkwelts = MP_SEQ_LEN(keywords);
    if (nelts + nkwelts * 2 > STACK_USE_GUIDELINE)
        return call_ex(c, n, args, keywords);
    for (int i = 0; i < nelts; i++)
        if (((const mp_expr *)MP_SEQ_GET(args, i))->kind == MP_EXPR_Starred)
            return call_ex(c, n, args, keywords);
    for (int i = 0; i < nkwelts; i++)
        if (!((const mp_keyword *)MP_SEQ_GET(keywords, i))->arg)
            return call_ex(c, n, args, keywords);
    RETURN_IF_FALSE(mp_compile_exprs(c, args));
    if (nkwelts) {
        RETURN_IF_FALSE(visit_keyword_values(c, keywords));
        RETURN_IF_FALSE(call_simple_kw_helper(c, keywords, nkwelts));
    }
    ADDOP_I(PRECALL, n + nelts + nkwelts);
    ADDOP_I(CALL, n + nelts + nkwelts);
    return 1;
}

/* Whether e names something the module imports (a module: its methods
 * are not worth LOAD_METHOD). */
static int is_import_originated(mp_compiler *c, const mp_expr *e)
{
    return e->kind == MP_EXPR_Name &&
           (mp_ste_flags(c->st->top, e->v.Name.id) & MP_DEF_IMPORT);
}

/* obj.meth(args) with LOAD_METHOD: 1 if done, -1 if not applicable, 0 on
 * error. */
static int maybe_optimize_method_call(mp_compiler *c, const mp_expr *e)
{
    const mp_expr *meth = e->v.Call.func;
    const mp_seq *args = e->v.Call.args, *kwds = e->v.Call.keywords;
    if (meth->kind != MP_EXPR_Attribute || meth->v.Attribute.ctx != MP_Load)
        return -1;
    if (is_import_originated(c, meth->v.Attribute.value))
        return -1;
    int argsl = MP_SEQ_LEN(args), kwdsl = MP_SEQ_LEN(kwds);
    if (argsl + kwdsl + (kwdsl != 0) >= STACK_USE_GUIDELINE)
        return -1;
    for (int i = 0; i < argsl; i++)
        if (((const mp_expr *)MP_SEQ_GET(args, i))->kind == MP_EXPR_Starred)
            return -1;
    for (int i = 0; i < kwdsl; i++)
        if (!((const mp_keyword *)MP_SEQ_GET(kwds, i))->arg)
            return -1;
    VISIT(meth->v.Attribute.value);
    mp_set_loc(c, meth->pos);
    mp_update_start_location_to_match_attr(c, meth);
    RETURN_IF_FALSE(mp_addop_name(c, MP_OP_LOAD_METHOD, meth->v.Attribute.attr));
    RETURN_IF_FALSE(mp_compile_exprs(c, args));
    if (kwdsl) {
        RETURN_IF_FALSE(visit_keyword_values(c, kwds));
        RETURN_IF_FALSE(call_simple_kw_helper(c, kwds, kwdsl));
    }
    mp_set_loc(c, e->pos);
    mp_update_start_location_to_match_attr(c, meth);
    ADDOP_I(PRECALL, argsl + kwdsl);
    ADDOP_I(CALL, argsl + kwdsl);
    return 1;
}

static int check_caller(mp_compiler *c, const mp_expr *e);

int mp_compile_call(mp_compiler *c, const mp_expr *e)
{
    RETURN_IF_FALSE(validate_keywords(c, e->v.Call.keywords));
    int ret = maybe_optimize_method_call(c, e);
    if (ret >= 0)
        return ret;
    RETURN_IF_FALSE(check_caller(c, e->v.Call.func));
    mp_set_loc(c, e->v.Call.func->pos);
    ADDOP(PUSH_NULL);
    mp_set_loc(c, e->pos);
    VISIT(e->v.Call.func);
    return mp_compile_call_helper(c, 0, e->v.Call.args, e->v.Call.keywords);
}

static int check_caller(mp_compiler *c, const mp_expr *e)
{
    const char *type = NULL;
    switch (e->kind) {
    case MP_EXPR_Constant: {
        mp_obj v = mp_const_value(c, e);
        RETURN_IF_FALSE(v);
        type = mp_type_of(v)->name;
        break;
    }
    case MP_EXPR_Tuple: type = "tuple"; break;
    case MP_EXPR_List: case MP_EXPR_ListComp: type = "list"; break;
    case MP_EXPR_Dict: case MP_EXPR_DictComp: type = "dict"; break;
    case MP_EXPR_Set: case MP_EXPR_SetComp: type = "set"; break;
    case MP_EXPR_GeneratorExp: type = "generator"; break;
    case MP_EXPR_JoinedStr: case MP_EXPR_FormattedValue: type = "str"; break;
    default: return 1;
    }
    return mp_compiler_warn(c, "'%.200s' object is not callable; perhaps you missed a comma?",
                            type);
}
