/* Async generators (PEP 525): `async def` with `yield`.  The generator is
 * an mp_gen (gen_internal.h) run by gen.c; what is special is how it is
 * driven.  Each step of `async for` awaits an asend object (__anext__,
 * asend(v)) or an athrow object (athrow(), aclose()), and those are
 * iterators whose __next__/send resume the generator.  Inside it, awaits
 * pass their values straight out to the event loop, while `yield v` hands
 * v out wrapped (ASYNC_GEN_WRAP), so that the asend object can tell the two
 * apart: a wrapped value ends the await with StopIteration(v).
 *
 * Also here: the async-iteration opcodes (GET_AITER, GET_ANEXT,
 * END_ASYNC_FOR, ASYNC_GEN_WRAP), the first-iteration and finalizer hooks
 * an event loop installs with sys.set_asyncgen_hooks, and anext()'s
 * awaitable with a default.  The states and messages are CPython 3.11's
 * (Objects/genobject.c). */
#include <stddef.h>
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/dict.h"
#include "minipy/exc.h"
#include "minipy/gc.h"
#include "minipy/gen.h"
#include "minipy/names.h"
#include "minipy/opcodes.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/structseq.h"
#include "minipy/tuple.h"

#include "gen_internal.h"

/* The states of an asend or athrow awaitable. */
enum { AWAIT_INIT, AWAIT_ITER, AWAIT_CLOSED };

/* ---- the hooks (sys.set_asyncgen_hooks) ------------------------------------------------------ */

/* They are per thread, as in CPython: kept in the thread state's dict,
 * which is dropped with the thread (and at exit). */
static const char FIRSTITER_KEY[] = "asyncgen_hooks.firstiter";
static const char FINALIZER_KEY[] = "asyncgen_hooks.finalizer";

/* The hook stored under key (borrowed), or NULL. */
static mp_obj get_hook(const char *key)
{
    mp_tstate *ts = mp_ts();
    return ts->dict ? mp_dict_getitem_str(ts->dict, key) : NULL;
}

/* Stores hook (None removes it): 0 or -1. */
static int set_hook(const char *key, mp_obj hook)
{
    mp_tstate *ts = mp_ts();
    if (!ts->dict && !(ts->dict = mp_dict_new()))
        return -1;
    if (hook != mp_none)
        return mp_dict_setitem_str(ts->dict, key, hook);
    if (!mp_dict_getitem_str(ts->dict, key))
        return 0;
    mp_obj k = mp_str_from_format("%s", key);
    if (!k)
        return -1;
    int r = mp_dict_delitem(ts->dict, k);
    mp_decref(k);
    return r;
}

static const mp_member_def hooks_fields[] = {
    MP_STRUCTSEQ_FIELD(0, "firstiter", "Hook to intercept first iteration"),
    MP_STRUCTSEQ_FIELD(1, "finalizer", "Hook to intercept finalization"),
    {NULL},
};

mp_structseq_type mp_type_asyncgen_hooks = MP_STRUCTSEQ_TYPE(
    "asyncgen_hooks",
    "asyncgen_hooks\n\nA named tuple providing information about asynchronous\n"
    "generators hooks.  The attributes are read only.",
    hooks_fields, 2, 2, mp_structseq_no_new);

mp_obj mp_sys_get_asyncgen_hooks(mp_obj self)
{
    if (mp_structseq_ready(&mp_type_asyncgen_hooks) < 0)
        return NULL;
    mp_obj values[2] = {get_hook(FIRSTITER_KEY), get_hook(FINALIZER_KEY)};
    return mp_structseq_pack(&mp_type_asyncgen_hooks, values);
}

mp_obj mp_sys_set_asyncgen_hooks(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    /* Parsed as CPython's PyArg_ParseTupleAndKeywords("|OO") does, with
     * its anonymous messages. */
    static const char *const kwlist[] = {"firstiter", "finalizer"};
    mp_obj given[2] = {NULL, NULL};
    size_t nkw = kwnames ? (size_t)MP_TUPLE_LEN(kwnames) : 0;
    if (nargs + nkw > 2)
        return mp_err_format(&mp_type_TypeError, "function takes at most 2 arguments (%zu given)",
                             nargs + nkw);
    for (size_t i = 0; i < nargs; i++)
        given[i] = args[i];
    for (size_t k = 0; k < nkw; k++) {
        mp_obj name = MP_TUPLE_GET(kwnames, k);
        int which = -1;
        for (int j = 0; j < 2; j++)
            if (strcmp(mp_str_utf8(name), kwlist[j]) == 0)
                which = j;
        if (which < 0)
            return mp_err_format(&mp_type_TypeError,
                                 "'%U' is an invalid keyword argument for this function", name);
        if ((size_t)which < nargs)
            return mp_err_format(&mp_type_TypeError,
                                 "argument for function given by name ('%s') and position (%d)",
                                 kwlist[which], which + 1);
        given[which] = args[nargs + k];
    }
    mp_obj firstiter = given[0], finalizer = given[1];
    /* Both are checked before either is stored, in CPython's order. */
    if (finalizer && finalizer != mp_none && !mp_callable(finalizer))
        return mp_err_format(&mp_type_TypeError, "callable finalizer expected, got %s",
                             mp_type_of(finalizer)->name);
    if (firstiter && firstiter != mp_none && !mp_callable(firstiter))
        return mp_err_format(&mp_type_TypeError, "callable firstiter expected, got %s",
                             mp_type_of(firstiter)->name);
    if (finalizer && set_hook(FINALIZER_KEY, finalizer) < 0)
        return NULL;
    if (firstiter && set_hook(FIRSTITER_KEY, firstiter) < 0)
        return NULL;
    MP_RETURN_NONE;
}

/* On the first asend/athrow/aclose: remember the finalizer and call
 * firstiter(gen) (asyncio tracks the generator so that it can close it when
 * the loop ends).  0 or -1. */
static int init_hooks(mp_gen *g)
{
    if (g->hooks_inited)
        return 0;
    g->hooks_inited = 1;
    mp_obj finalizer = get_hook(FINALIZER_KEY);
    if (finalizer)
        MP_SETREF(g->finalizer, mp_newref(finalizer));
    mp_obj firstiter = get_hook(FIRSTITER_KEY);
    if (firstiter) {
        mp_incref(firstiter);
        mp_obj r = mp_call1(firstiter, (mp_obj)g);
        mp_decref(firstiter);
        if (!r)
            return -1;
        mp_decref(r);
    }
    return 0;
}

/* ---- the wrapped value of `yield v` ----------------------------------------------------------- */

typedef struct {
    mp_object ob;
    mp_obj value;
} wrapped_value;

static void wrapped_dealloc(mp_obj self)
{
    if (mp_gc_is_tracked(self))
        mp_gc_untrack(self);
    mp_decref(((wrapped_value *)self)->value);
    mp_obj_free(self);
}

static int wrapped_traverse(mp_obj self, mp_visitproc visit, void *arg)
{
    return visit(((wrapped_value *)self)->value, arg);
}

mp_type mp_type_async_gen_wrapped_value = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "async_generator_wrapped_value",
    .basicsize = sizeof(wrapped_value),
    .flags = MP_TPFLAGS_GC,
    .dealloc = wrapped_dealloc,
    .traverse = wrapped_traverse,
    .getattro = mp_obj_generic_getattr,
};

/* What came out of the generator, seen by asend/athrow: a wrapped value
 * (the `yield`) ends the await with StopIteration(value); the end of the
 * generator is StopAsyncIteration; anything else is an await's value on
 * its way to the event loop.  Takes result. */
static mp_obj unwrap_value(mp_gen *g, mp_obj result)
{
    if (!result) {
        if (!mp_err_occurred())
            mp_err_set_object(&mp_type_StopAsyncIteration, NULL);
        if (mp_err_matches(&mp_type_StopAsyncIteration) || mp_err_matches(&mp_type_GeneratorExit))
            g->ag_closed = 1;
        g->running_async = 0;
        return NULL;
    }
    if (mp_type_of(result) == &mp_type_async_gen_wrapped_value) {
        mp_obj v = ((wrapped_value *)result)->value;
        /* StopIteration(v), with a tuple or exception v kept whole. */
        mp_obj args = mp_tuple_pack(1, v);
        mp_obj e = args ? mp_exc_new(&mp_type_StopIteration, args) : NULL;
        mp_xdecref(args);
        if (e) {
            mp_err_set_exc(e);
            mp_decref(e);
        }
        mp_decref(result);
        g->running_async = 0;
        return NULL;
    }
    return result;
}

/* ---- asend: the awaitable of __anext__() and asend(v) ------------------------------------------ */

typedef struct {
    mp_object ob;
    mp_gen *gen;
    mp_obj sendval;
    int state;
} asend_obj;

static mp_obj asend_new(mp_gen *g, mp_obj sendval)
{
    asend_obj *a = (asend_obj *)mp_obj_alloc(&mp_type_async_gen_asend);
    if (!a)
        return NULL;
    a->gen = (mp_gen *)mp_newref((mp_obj)g);
    a->sendval = mp_newref(sendval);
    a->state = AWAIT_INIT;
    return (mp_obj)a;
}

static mp_obj asend_send(mp_obj self, mp_obj arg)
{
    asend_obj *a = (asend_obj *)self;
    if (a->state == AWAIT_CLOSED)
        return mp_err_set_str(&mp_type_RuntimeError,
                              "cannot reuse already awaited __anext__()/asend()");
    if (a->state == AWAIT_INIT) {
        if (a->gen->running_async)
            return mp_err_set_str(&mp_type_RuntimeError,
                                  "anext(): asynchronous generator is already running");
        /* The first send carries the value given to asend(). */
        if (!arg || arg == mp_none)
            arg = a->sendval;
        a->state = AWAIT_ITER;
    }
    a->gen->running_async = 1;
    mp_obj r = unwrap_value(a->gen, mp_gen_send_ex(a->gen, arg ? arg : mp_none, 0));
    if (!r)
        a->state = AWAIT_CLOSED;
    return r;
}

static mp_obj asend_iternext(mp_obj self) { return asend_send(self, NULL); }

static mp_obj asend_throw(mp_obj self, mp_obj const *args, size_t nargs)
{
    asend_obj *a = (asend_obj *)self;
    if (a->state == AWAIT_CLOSED)
        return mp_err_set_str(&mp_type_RuntimeError,
                              "cannot reuse already awaited __anext__()/asend()");
    if (mp_arg_check_count("throw", nargs, 1, 3) < 0)
        return NULL;
    mp_obj r = unwrap_value(a->gen, mp_gen_throw(a->gen, 1, args[0], nargs > 1 ? args[1] : NULL,
                                                 nargs > 2 ? args[2] : NULL));
    if (!r)
        a->state = AWAIT_CLOSED;
    return r;
}

static mp_obj asend_close(mp_obj self)
{
    ((asend_obj *)self)->state = AWAIT_CLOSED;
    MP_RETURN_NONE;
}

static void asend_dealloc(mp_obj self)
{
    asend_obj *a = (asend_obj *)self;
    if (mp_gc_is_tracked(self))
        mp_gc_untrack(self);
    MP_CLEAR(a->gen);
    MP_CLEAR(a->sendval);
    mp_obj_free(self);
}

static int asend_traverse(mp_obj self, mp_visitproc visit, void *arg)
{
    asend_obj *a = (asend_obj *)self;
    if (a->gen && visit((mp_obj)a->gen, arg))
        return 1;
    return a->sendval && visit(a->sendval, arg);
}

static int asend_clear(mp_obj self)
{
    asend_obj *a = (asend_obj *)self;
    MP_CLEAR(a->sendval);
    return 0;
}

static const mp_method_def asend_methods[] = {
    {"send", (void (*)(void))asend_send, MP_METH_O,
     "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", (void (*)(void))asend_throw, MP_METH_FASTCALL,
     "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration."},
    {"close", (void (*)(void))asend_close, MP_METH_NOARGS, "close() -> raise GeneratorExit inside generator."},
    {"__await__", (void (*)(void))mp_self_iter, MP_METH_NOARGS,
     "Return an iterator to be used in await expression."},
    {NULL},
};

mp_type mp_type_async_gen_asend = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "async_generator_asend",
    .basicsize = sizeof(asend_obj),
    .flags = MP_TPFLAGS_GC,
    .dealloc = asend_dealloc,
    .traverse = asend_traverse,
    .clear = asend_clear,
    .getattro = mp_obj_generic_getattr,
    .iter = mp_self_iter,
    .iternext = asend_iternext,
    .methods = asend_methods,
};

/* ---- athrow: the awaitable of athrow() and aclose() ------------------------------------------- */

typedef struct {
    mp_object ob;
    mp_gen *gen;
    mp_obj args;    /* athrow()'s arguments, a tuple; NULL for aclose() */
    int state;
} athrow_obj;

static mp_obj athrow_new(mp_gen *g, mp_obj args)
{
    athrow_obj *a = (athrow_obj *)mp_obj_alloc(&mp_type_async_gen_athrow);
    if (!a)
        return NULL;
    a->gen = (mp_gen *)mp_newref((mp_obj)g);
    a->args = args ? mp_newref(args) : NULL;
    a->state = AWAIT_INIT;
    return (mp_obj)a;
}

/* The generator ended an aclose(): StopAsyncIteration and GeneratorExit
 * mean it closed, which ends the await with StopIteration.  Always NULL. */
static mp_obj athrow_check_error(athrow_obj *a)
{
    a->gen->running_async = 0;
    a->state = AWAIT_CLOSED;
    if (!a->args &&
        (mp_err_matches(&mp_type_StopAsyncIteration) || mp_err_matches(&mp_type_GeneratorExit))) {
        mp_err_clear();
        mp_err_set_object(&mp_type_StopIteration, NULL);
    }
    return NULL;
}

/* aclose() saw the generator yield a value: it must not, GeneratorExit
 * is meant to end it. */
static mp_obj athrow_ignored_exit(athrow_obj *a, mp_obj value)
{
    mp_decref(value);
    a->gen->running_async = 0;
    a->state = AWAIT_CLOSED;
    return mp_err_set_str(&mp_type_RuntimeError, "async generator ignored GeneratorExit");
}

static mp_obj athrow_send(mp_obj self, mp_obj arg)
{
    athrow_obj *a = (athrow_obj *)self;
    mp_gen *g = a->gen;
    if (!arg)
        arg = mp_none;
    if (a->state == AWAIT_CLOSED)
        return mp_err_set_str(&mp_type_RuntimeError,
                              "cannot reuse already awaited aclose()/athrow()");
    if (g->state == GEN_COMPLETED) {
        a->state = AWAIT_CLOSED;
        return mp_err_set_object(&mp_type_StopIteration, NULL);
    }
    if (a->state == AWAIT_INIT) {
        if (g->running_async) {
            a->state = AWAIT_CLOSED;
            return mp_err_set_str(&mp_type_RuntimeError,
                                  a->args ? "athrow(): asynchronous generator is already running"
                                          : "aclose(): asynchronous generator is already running");
        }
        if (g->ag_closed) {
            a->state = AWAIT_CLOSED;
            return mp_err_set_object(&mp_type_StopAsyncIteration, NULL);
        }
        if (arg != mp_none)
            return mp_err_set_str(&mp_type_RuntimeError,
                                  "can't send non-None value to a just-started coroutine");
        a->state = AWAIT_ITER;
        g->running_async = 1;
        mp_obj r;
        if (!a->args) {
            /* aclose(): GeneratorExit, with the awaits of the generator's
             * finally blocks allowed to run (so no closing of what it is
             * awaiting). */
            g->ag_closed = 1;
            r = mp_gen_throw(g, 0, (mp_obj)&mp_type_GeneratorExit, NULL, NULL);
            if (r && mp_type_of(r) == &mp_type_async_gen_wrapped_value)
                return athrow_ignored_exit(a, r);
        } else {
            size_t n = (size_t)MP_TUPLE_LEN(a->args);
            if (mp_arg_check_count("athrow", n, 1, 3) < 0)
                return athrow_check_error(a);
            mp_obj *items = MP_TUPLE_ITEMS(a->args);
            r = unwrap_value(g, mp_gen_throw(g, 0, items[0], n > 1 ? items[1] : NULL,
                                             n > 2 ? items[2] : NULL));
        }
        return r ? r : athrow_check_error(a);
    }
    /* AWAIT_ITER: an await inside the generator is being driven. */
    mp_obj r = mp_gen_send_ex(g, arg, 0);
    if (a->args)
        return unwrap_value(g, r);
    if (!r)
        return athrow_check_error(a);
    if (mp_type_of(r) == &mp_type_async_gen_wrapped_value)
        return athrow_ignored_exit(a, r);
    return r;
}

static mp_obj athrow_iternext(mp_obj self) { return athrow_send(self, NULL); }

static mp_obj athrow_throw(mp_obj self, mp_obj const *args, size_t nargs)
{
    athrow_obj *a = (athrow_obj *)self;
    if (a->state == AWAIT_CLOSED)
        return mp_err_set_str(&mp_type_RuntimeError,
                              "cannot reuse already awaited aclose()/athrow()");
    if (mp_arg_check_count("throw", nargs, 1, 3) < 0)
        return NULL;
    mp_obj r = mp_gen_throw(a->gen, 1, args[0], nargs > 1 ? args[1] : NULL,
                            nargs > 2 ? args[2] : NULL);
    if (a->args)
        return unwrap_value(a->gen, r);
    /* aclose() */
    if (r && mp_type_of(r) == &mp_type_async_gen_wrapped_value)
        return athrow_ignored_exit(a, r);
    if (!r && (mp_err_matches(&mp_type_StopAsyncIteration) || mp_err_matches(&mp_type_GeneratorExit))) {
        mp_err_clear();
        mp_err_set_object(&mp_type_StopIteration, NULL);
    }
    return r;
}

static mp_obj athrow_close(mp_obj self)
{
    ((athrow_obj *)self)->state = AWAIT_CLOSED;
    MP_RETURN_NONE;
}

static void athrow_dealloc(mp_obj self)
{
    athrow_obj *a = (athrow_obj *)self;
    if (mp_gc_is_tracked(self))
        mp_gc_untrack(self);
    MP_CLEAR(a->gen);
    MP_CLEAR(a->args);
    mp_obj_free(self);
}

static int athrow_traverse(mp_obj self, mp_visitproc visit, void *arg)
{
    athrow_obj *a = (athrow_obj *)self;
    if (a->gen && visit((mp_obj)a->gen, arg))
        return 1;
    return a->args && visit(a->args, arg);
}

static int athrow_clear(mp_obj self)
{
    MP_CLEAR(((athrow_obj *)self)->args);
    return 0;
}

static const mp_method_def athrow_methods[] = {
    {"send", (void (*)(void))athrow_send, MP_METH_O,
     "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", (void (*)(void))athrow_throw, MP_METH_FASTCALL,
     "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration."},
    {"close", (void (*)(void))athrow_close, MP_METH_NOARGS, "close() -> raise GeneratorExit inside generator."},
    {"__await__", (void (*)(void))mp_self_iter, MP_METH_NOARGS,
     "Return an iterator to be used in await expression."},
    {NULL},
};

mp_type mp_type_async_gen_athrow = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "async_generator_athrow",
    .basicsize = sizeof(athrow_obj),
    .flags = MP_TPFLAGS_GC,
    .dealloc = athrow_dealloc,
    .traverse = athrow_traverse,
    .clear = athrow_clear,
    .getattro = mp_obj_generic_getattr,
    .iter = mp_self_iter,
    .iternext = athrow_iternext,
    .methods = athrow_methods,
};

/* ---- the async generator type ------------------------------------------------------------------ */

static mp_obj agen_anext(mp_obj self)
{
    mp_gen *g = (mp_gen *)self;
    if (init_hooks(g) < 0)
        return NULL;
    return asend_new(g, mp_none);
}

static mp_obj agen_asend(mp_obj self, mp_obj value)
{
    mp_gen *g = (mp_gen *)self;
    if (init_hooks(g) < 0)
        return NULL;
    return asend_new(g, value);
}

static mp_obj agen_athrow(mp_obj self, mp_obj const *args, size_t nargs)
{
    mp_gen *g = (mp_gen *)self;
    if (init_hooks(g) < 0)
        return NULL;
    /* Checked when awaited, as CPython 3.11 does. */
    mp_obj t = mp_tuple_new((intptr_t)nargs);
    if (!t)
        return NULL;
    for (size_t i = 0; i < nargs; i++)
        MP_TUPLE_ITEMS(t)[i] = mp_newref(args[i]);
    mp_obj r = athrow_new(g, t);
    mp_decref(t);
    return r;
}

static mp_obj agen_aclose(mp_obj self)
{
    mp_gen *g = (mp_gen *)self;
    if (init_hooks(g) < 0)
        return NULL;
    return athrow_new(g, NULL);
}

static mp_obj agen_get_running(mp_obj self, void *c)
{
    return mp_bool(((mp_gen *)self)->running_async);
}

static const mp_getset_def agen_getsets[] = {
    {"__name__", mp_gen_get_name, mp_gen_set_name, "name of the async generator", NULL},
    {"__qualname__", mp_gen_get_qualname, mp_gen_set_name,
     "qualified name of the async generator", (void *)1},
    {"ag_await", mp_gen_get_yieldfrom, NULL, "object being awaited on, or None", NULL},
    {"ag_frame", mp_gen_get_frame, NULL, NULL, NULL},
    {"ag_code", mp_gen_get_code, NULL, NULL, NULL},
    {"ag_suspended", mp_gen_get_suspended, NULL, NULL, NULL},
    {"ag_running", agen_get_running, NULL, NULL, NULL},
    {NULL},
};

static const mp_method_def agen_methods[] = {
    {"asend", (void (*)(void))agen_asend, MP_METH_O, "asend(v) -> send 'v' in generator."},
    {"athrow", (void (*)(void))agen_athrow, MP_METH_FASTCALL,
     "athrow(typ[,val[,tb]]) -> raise exception in generator."},
    {"aclose", (void (*)(void))agen_aclose, MP_METH_NOARGS,
     "aclose() -> raise GeneratorExit inside generator."},
    {"__aiter__", (void (*)(void))mp_self_iter, MP_METH_NOARGS,
     "Return an awaitable, that resolves in asynchronous iterator."},
    {"__anext__", (void (*)(void))agen_anext, MP_METH_NOARGS,
     "Return a value or raise StopAsyncIteration."},
    {NULL},
};

mp_type mp_type_async_generator = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "async_generator",
    .basicsize = sizeof(mp_gen),
    .itemsize = 1,
    .flags = MP_TPFLAGS_GC,
    .dealloc = mp_gen_dealloc,
    .repr = mp_gen_repr,
    .hash = mp_obj_identity_hash,
    .getattro = mp_obj_generic_getattr,
    .finalize = mp_gen_finalize,
    .traverse = mp_gen_traverse,
    .clear = mp_gen_clear,
    .methods = agen_methods,
    .getsets = agen_getsets,
    .weaklistoffset = offsetof(mp_gen, weakreflist),
};

/* ---- anext(aiterator, default) ---------------------------------------------------------------- */

/* The awaitable of anext() given a default: it awaits what __anext__()
 * returned, and turns StopAsyncIteration into the default value. */
typedef struct {
    mp_object ob;
    mp_obj wrapped, default_value;
} anext_awaitable;

mp_obj mp_anext_awaitable_new(mp_obj awaitable, mp_obj default_value)
{
    anext_awaitable *a = (anext_awaitable *)mp_obj_alloc(&mp_type_anext_awaitable);
    if (!a)
        return NULL;
    a->wrapped = mp_newref(awaitable);
    a->default_value = mp_newref(default_value);
    return (mp_obj)a;
}

/* The iterator under the wrapped awaitable: a coroutine is reached through
 * its __await__(), having no __next__ of its own. */
static mp_obj anext_getiter(anext_awaitable *a)
{
    mp_obj it = mp_get_awaitable(a->wrapped);
    if (!it)
        return NULL;
    if (!mp_type_of(it)->iternext) {
        mp_obj w = mp_call_method(it, "__await__", NULL, 0);
        mp_decref(it);
        if (!w)
            return NULL;
        if (!mp_iter_check(w)) {
            mp_decref(w);
            return mp_err_set_str(&mp_type_TypeError, "__await__ returned a non-iterable");
        }
        it = w;
    }
    return it;
}

static void anext_default(anext_awaitable *a)
{
    if (!mp_err_matches(&mp_type_StopAsyncIteration))
        return;
    mp_err_clear();
    mp_obj args = mp_tuple_pack(1, a->default_value);
    mp_obj e = args ? mp_exc_new(&mp_type_StopIteration, args) : NULL;
    mp_xdecref(args);
    if (e) {
        mp_err_set_exc(e);
        mp_decref(e);
    }
}

static mp_obj anext_iternext(mp_obj self)
{
    anext_awaitable *a = (anext_awaitable *)self;
    mp_obj it = anext_getiter(a);
    if (!it)
        return NULL;
    mp_obj r = mp_type_of(it)->iternext(it);
    mp_decref(it);
    if (!r)
        anext_default(a);
    return r;
}

static mp_obj anext_proxy(mp_obj self, const char *meth, mp_obj const *args, size_t nargs)
{
    anext_awaitable *a = (anext_awaitable *)self;
    mp_obj it = anext_getiter(a);
    if (!it)
        return NULL;
    mp_obj r = mp_call_method(it, meth, args, nargs);
    mp_decref(it);
    if (!r)
        anext_default(a);
    return r;
}

static mp_obj anext_send(mp_obj self, mp_obj v) { return anext_proxy(self, "send", &v, 1); }
static mp_obj anext_throw(mp_obj self, mp_obj const *args, size_t nargs)
{
    return anext_proxy(self, "throw", args, nargs);
}
static mp_obj anext_close(mp_obj self) { return anext_proxy(self, "close", NULL, 0); }

static void anext_dealloc(mp_obj self)
{
    anext_awaitable *a = (anext_awaitable *)self;
    if (mp_gc_is_tracked(self))
        mp_gc_untrack(self);
    MP_CLEAR(a->wrapped);
    MP_CLEAR(a->default_value);
    mp_obj_free(self);
}

static int anext_traverse(mp_obj self, mp_visitproc visit, void *arg)
{
    anext_awaitable *a = (anext_awaitable *)self;
    if (a->wrapped && visit(a->wrapped, arg))
        return 1;
    return a->default_value && visit(a->default_value, arg);
}

static int anext_clear(mp_obj self)
{
    anext_awaitable *a = (anext_awaitable *)self;
    MP_CLEAR(a->wrapped);
    MP_CLEAR(a->default_value);
    return 0;
}

static const mp_method_def anext_methods[] = {
    {"send", (void (*)(void))anext_send, MP_METH_O,
     "send(arg) -> send 'arg' into the wrapped iterator,\nreturn next yielded value or raise StopIteration."},
    {"throw", (void (*)(void))anext_throw, MP_METH_FASTCALL,
     "throw(typ[,val[,tb]]) -> raise exception in the wrapped iterator,\nreturn next yielded value or raise StopIteration."},
    {"close", (void (*)(void))anext_close, MP_METH_NOARGS, "close() -> raise GeneratorExit inside generator."},
    {"__await__", (void (*)(void))mp_self_iter, MP_METH_NOARGS,
     "Return an iterator to be used in await expression."},
    {NULL},
};

mp_type mp_type_anext_awaitable = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "anext_awaitable",
    .basicsize = sizeof(anext_awaitable),
    .flags = MP_TPFLAGS_GC,
    .dealloc = anext_dealloc,
    .traverse = anext_traverse,
    .clear = anext_clear,
    .getattro = mp_obj_generic_getattr,
    .iter = mp_self_iter,
    .iternext = anext_iternext,
    .methods = anext_methods,
};

/* ---- the opcodes ------------------------------------------------------------------------------ */

/* Raises a TypeError whose cause and context are the exception in flight,
 * as CPython's _PyErr_FormatFromCause. */
static void type_error_from_cause(const char *fmt, const char *name)
{
    mp_obj cause = mp_err_fetch();
    mp_err_format(&mp_type_TypeError, fmt, name);
    if (!cause)
        return;
    mp_obj e = mp_err_fetch();
    mp_exc_set_cause(e, mp_newref(cause));
    mp_exc_set_context(e, cause);
    mp_err_restore(e);
}

int mp_asyncgen_opcode(mp_frame *f, int opcode, int oparg)
{
    mp_obj *sp = f->localsplus + f->code->nlocalsplus + f->stacktop;
    mp_obj top = sp[-1];
    switch (opcode) {
    case MP_OP_GET_AITER: {
        mp_type *t = mp_type_of(top);
        if (!mp_type_lookup(t, MP_NAME(__aiter__))) {
            mp_err_format(&mp_type_TypeError,
                          "'async for' requires an object with __aiter__ method, got %s", t->name);
            return -1;
        }
        mp_obj it = mp_call_method(top, "__aiter__", NULL, 0);
        if (!it)
            return -1;
        if (!mp_type_lookup(mp_type_of(it), MP_NAME(__anext__))) {
            mp_err_format(&mp_type_TypeError,
                          "'async for' received an object from __aiter__ that does not implement __anext__: %s",
                          mp_type_of(it)->name);
            mp_decref(it);
            return -1;
        }
        sp[-1] = it;
        mp_decref(top);
        return 0;
    }
    case MP_OP_GET_ANEXT: {
        mp_obj awaitable;
        if (mp_gen_is_async(top)) {
            awaitable = agen_anext(top);
        } else {
            mp_type *t = mp_type_of(top);
            if (!mp_type_lookup(t, MP_NAME(__anext__))) {
                mp_err_format(&mp_type_TypeError,
                              "'async for' requires an iterator with __anext__ method, got %s",
                              t->name);
                return -1;
            }
            mp_obj next = mp_call_method(top, "__anext__", NULL, 0);
            if (!next)
                return -1;
            awaitable = mp_get_awaitable(next);
            if (!awaitable)
                type_error_from_cause("'async for' received an invalid object from __anext__: %s",
                                      mp_type_of(next)->name);
            mp_decref(next);
        }
        if (!awaitable)
            return -1;
        sp[0] = awaitable;
        f->stacktop++;
        return 0;
    }
    case MP_OP_END_ASYNC_FOR: {
        /* Stack: aiter, exc.  StopAsyncIteration ends the loop; any other
         * exception goes on unwinding (2: without a new traceback entry). */
        f->stacktop--;
        if (mp_type_is_subtype(mp_type_of(top), &mp_type_StopAsyncIteration)) {
            mp_decref(top);
            mp_decref(sp[-2]);
            f->stacktop--;
            return 0;
        }
        mp_err_restore(top);
        return 2;
    }
    case MP_OP_ASYNC_GEN_WRAP: {
        wrapped_value *w = (wrapped_value *)mp_obj_alloc(&mp_type_async_gen_wrapped_value);
        if (!w)
            return -1;
        w->value = top; /* the stack's reference moves into the wrapper */
        sp[-1] = (mp_obj)w;
        return 0;
    }
    default:
        mp_err_format(&mp_type_SystemError, "unknown generator opcode %d", opcode);
        return -1;
    }
}
