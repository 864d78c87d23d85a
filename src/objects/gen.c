/* Generators and coroutines (gen.h).  The object holds its frame inline:
 * RETURN_GENERATOR moves the function's fresh frame here, send() runs it
 * in the eval loop until YIELD_VALUE or the return.  Async generators share
 * the layout and most of the code; their own parts are in asyncgen.c. */
#include <stddef.h>
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/call.h"
#include "minipy/code.h"
#include "minipy/dict.h"
#include "minipy/eval.h"
#include "minipy/exc.h"
#include "minipy/frame.h"
#include "minipy/gc.h"
#include "minipy/gen.h"
#include "minipy/names.h"
#include "minipy/opcodes.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/traceback.h"
#include "minipy/tuple.h"
#include "minipy/warnings.h"
#include "minipy/weakref.h"

#include "gen_internal.h"

#define FRAME_GEN(f) ((mp_gen *)((char *)(f) - offsetof(mp_gen, frame_data)))

static int is_coro_type(mp_type *t) { return t == &mp_type_coroutine; }
static int is_gen_like(mp_obj o)
{
    mp_type *t = mp_type_of(o);
    return t == &mp_type_generator || t == &mp_type_coroutine;
}

const char *mp_gen_kind(mp_gen *g)
{
    mp_type *t = mp_type_of((mp_obj)g);
    return t == &mp_type_coroutine ? "coroutine"
           : t == &mp_type_async_generator ? "async generator"
                                           : "generator";
}

mp_obj mp_gen_new_from_frame(mp_tstate *ts, mp_frame *f)
{
    mp_code *co = f->code;
    mp_type *type = (co->flags & MP_CO_COROUTINE) ? &mp_type_coroutine
                    : (co->flags & MP_CO_ASYNC_GENERATOR) ? &mp_type_async_generator
                                                          : &mp_type_generator;
    size_t fsize = mp_frame_size(co);
    mp_gen *g = (mp_gen *)mp_obj_alloc_var(type, (intptr_t)fsize);
    if (!g)
        return NULL;
    g->name = mp_newref(f->func->name);
    g->qualname = mp_newref(f->func->qualname);
    g->code = (mp_code *)mp_newref((mp_obj)co);
    g->state = GEN_CREATED;
    mp_frame *gf = MP_GEN_FRAME(g);
    /* Move the frame: the values change owner, the header is copied. */
    memcpy(gf, f, sizeof(mp_frame) + sizeof(mp_obj) * (size_t)(co->nlocalsplus + f->stacktop));
    memset(f->localsplus, 0, sizeof(mp_obj) * (size_t)(co->nlocalsplus + f->stacktop));
    f->stacktop = 0;
    gf->func = (mp_func *)mp_newref((mp_obj)f->func);
    gf->code = (mp_code *)mp_newref((mp_obj)co);
    gf->locals = NULL;
    gf->owner = MP_FRAME_OWNED_BY_GENERATOR;
    gf->previous = NULL;
    gf->is_entry = 0;
    if (f->frame_obj) {
        ((mp_frame_object *)f->frame_obj)->frame = gf;
        gf->frame_obj = f->frame_obj;
        f->frame_obj = NULL;
    }
    return (mp_obj)g;
}

/* Drops the frame's contents once the generator is done.  A frame object
 * still in use (by a traceback, say) keeps a copy of the locals, as when
 * an ordinary call returns. */
static void gen_clear_frame(mp_gen *g)
{
    mp_frame *f = MP_GEN_FRAME(g);
    if (!f->code)
        return;
    for (int i = 0; i < f->stacktop; i++)
        MP_CLEAR(f->localsplus[f->code->nlocalsplus + i]);
    f->stacktop = 0;
    mp_frame_release_object(f);
    if (!f->code)
        return; /* the frame object took everything */
    mp_frame_clear(f);
    MP_CLEAR(f->func);
    MP_CLEAR(f->code);
}

void mp_gen_frame_returned(mp_frame *f)
{
    mp_gen *g = FRAME_GEN(f);
    g->state = GEN_COMPLETED;
}

/* Turns the StopIteration (or, in an async generator, StopAsyncIteration)
 * that escaped g's frame into RuntimeError, as PEP 479 asks. */
static void replace_stop_iteration(mp_gen *g)
{
    const char *what;
    if (mp_err_matches(&mp_type_StopIteration))
        what = "StopIteration";
    else if (mp_gen_is_async((mp_obj)g) && mp_err_matches(&mp_type_StopAsyncIteration))
        what = "StopAsyncIteration";
    else
        return;
    mp_obj cause = mp_err_fetch();
    mp_err_format(&mp_type_RuntimeError, "%s raised %s", mp_gen_kind(g), what);
    mp_obj e = mp_err_fetch();
    mp_exc_set_cause(e, cause);
    mp_exc_set_context(e, mp_newref(cause));
    mp_err_restore(e);
}

/* Runs the generator: value is sent in (or, with exc set, the current
 * exception is thrown in).  Returns the yielded value; or NULL, with
 * *retval the return value, or with an exception. */
static mp_obj gen_run(mp_gen *g, mp_obj value, int exc, mp_obj *retval)
{
    mp_tstate *ts = mp_ts();
    mp_frame *f = MP_GEN_FRAME(g);
    *retval = NULL;
    if (g->state == GEN_RUNNING)
        return mp_err_format(&mp_type_ValueError, "%s already executing", mp_gen_kind(g));
    if (g->state == GEN_COMPLETED) {
        if (is_coro_type(mp_type_of((mp_obj)g)) && !exc)
            return mp_err_set_str(&mp_type_RuntimeError, "cannot reuse already awaited coroutine");
        if (exc)
            return NULL; /* the thrown exception propagates */
        *retval = mp_newref(mp_none);
        return NULL;
    }
    if (g->state == GEN_CREATED && value != mp_none && !exc)
        return mp_err_format(&mp_type_TypeError, "can't send non-None value to a just-started %s",
                             mp_gen_kind(g));
    /* The value sent becomes the result of the suspended yield. */
    f->localsplus[f->code->nlocalsplus + f->stacktop++] = mp_newref(value);
    g->exc_state.previous = ts->exc_info;
    ts->exc_info = &g->exc_state;
    g->state = GEN_RUNNING;
    mp_incref((mp_obj)g);
    mp_obj r = mp_eval_frame(ts, f, exc);
    ts->exc_info = g->exc_state.previous;
    g->exc_state.previous = NULL;
    if (g->state == GEN_RUNNING) {
        /* A suspended frame has no caller. */
        f->previous = NULL;
        g->state = GEN_SUSPENDED;
        mp_decref((mp_obj)g);
        return r;
    }
    /* Finished: by return (r is the value) or by an exception.  The frame
     * object, if it lives on, gets its f_back from the caller first. */
    g->state = GEN_COMPLETED;
    MP_CLEAR(g->exc_state.exc);
    gen_clear_frame(g);
    f->previous = NULL;
    if (r) {
        *retval = r;
        mp_decref((mp_obj)g);
        return NULL;
    }
    replace_stop_iteration(g);
    mp_decref((mp_obj)g);
    return NULL;
}

/* Raises StopIteration(value) for a generator that returned. */
static void set_stop_iteration(mp_obj value)
{
    if (value == mp_none) {
        mp_err_set_object(&mp_type_StopIteration, NULL);
        return;
    }
    /* StopIteration(value) with a tuple value must not spread it. */
    mp_obj args = mp_tuple_pack(1, value);
    if (!args)
        return;
    mp_obj e = mp_exc_new(&mp_type_StopIteration, args);
    mp_decref(args);
    if (e) {
        mp_err_set_exc(e);
        mp_decref(e);
    }
}

mp_obj mp_gen_send_ex(mp_gen *g, mp_obj value, int exc)
{
    mp_obj retval;
    mp_obj r = gen_run(g, value, exc, &retval);
    if (r)
        return r;
    if (retval) {
        /* An async generator can only return None: it ends the iteration. */
        if (mp_gen_is_async((mp_obj)g))
            mp_err_set_object(&mp_type_StopAsyncIteration, NULL);
        else
            set_stop_iteration(retval);
        mp_decref(retval);
    }
    return NULL;
}

int mp_gen_send_value(mp_obj receiver, mp_obj value, mp_obj *result)
{
    if (is_gen_like(receiver)) {
        mp_obj retval;
        mp_obj r = gen_run((mp_gen *)receiver, value, 0, &retval);
        if (r) {
            *result = r;
            return 0;
        }
        if (retval) {
            *result = retval;
            return 1;
        }
        return -1;
    }
    mp_obj r;
    mp_type *t = mp_type_of(receiver);
    if (value == mp_none && (t->flags & MP_TPFLAGS_HEAPTYPE))
        /* A class's __next__ is called as such: its slot would swallow the
         * StopIteration, whose value is the result of the yield from. */
        r = mp_call_method(receiver, "__next__", NULL, 0);
    else if (value == mp_none && t->iternext)
        r = t->iternext(receiver);
    else
        r = mp_call_method(receiver, "send", &value, 1);
    if (r) {
        *result = r;
        return 0;
    }
    if (!mp_err_occurred() || mp_err_matches(&mp_type_StopIteration)) {
        mp_obj e = mp_err_fetch();
        *result = e ? mp_newref(((mp_exc_stopiteration *)e)->value
                                    ? ((mp_exc_stopiteration *)e)->value
                                    : mp_none)
                    : mp_newref(mp_none);
        mp_xdecref(e);
        return 1;
    }
    return -1;
}

/* The sub-iterator a suspended generator is delegating to (yield from,
 * await), borrowed, or NULL. */
static mp_obj gen_yieldfrom(mp_gen *g)
{
    if (g->state != GEN_SUSPENDED)
        return NULL;
    mp_frame *f = MP_GEN_FRAME(g);
    mp_codeunit next = f->prev_instr[1];
    if (next.op != MP_OP_RESUME || next.arg < 2)
        return NULL;
    return f->localsplus[f->code->nlocalsplus + f->stacktop - 1];
}

/* close() of a sub-iterator: 0, or -1 with an exception. */
static int close_iter(mp_obj yf)
{
    if (is_gen_like(yf) || mp_gen_is_async(yf)) {
        mp_obj c = mp_gen_close((mp_gen *)yf);
        mp_xdecref(c);
        return c ? 0 : -1;
    }
    mp_obj meth;
    int found = mp_obj_lookup_attr(yf, MP_NAME(close), &meth);
    if (found <= 0)
        return found;
    mp_obj c = mp_call0(meth);
    mp_decref(meth);
    mp_xdecref(c);
    return c ? 0 : -1;
}

/* Whether throw()'s first argument, a class or an instance, is a
 * GeneratorExit. */
static int given_is_generator_exit(mp_obj typ)
{
    mp_type *t = mp_exc_type_check(typ) ? (mp_type *)typ
                 : mp_exc_check(typ)    ? mp_type_of(typ)
                                        : NULL;
    return t && mp_type_is_subtype(t, &mp_type_GeneratorExit);
}

/* The exception throw(typ, val, tb) raises, normalized as CPython does
 * (val and tb may be NULL).  A new reference, or NULL with TypeError. */
static mp_obj make_thrown_exception(mp_obj typ, mp_obj val, mp_obj tb)
{
    if (tb == mp_none)
        tb = NULL;
    else if (tb && mp_type_of(tb) != &mp_type_traceback)
        return mp_err_set_str(&mp_type_TypeError, "throw() third argument must be a traceback object");
    mp_obj exc;
    if (mp_exc_type_check(typ)) {
        if (!val || val == mp_none)
            exc = mp_call0(typ);
        else if (mp_exc_check(val) && mp_type_is_subtype(mp_type_of(val), (mp_type *)typ))
            exc = mp_newref(val);
        else
            exc = mp_tuple_check(val) ? mp_call_tuple_dict(typ, val, NULL) : mp_call1(typ, val);
        if (!exc)
            return NULL;
        if (!mp_exc_check(exc)) {
            mp_err_format(&mp_type_TypeError,
                          "calling %R should have returned an instance of BaseException, not %s",
                          typ, mp_type_of(exc)->name);
            mp_decref(exc);
            return NULL;
        }
    } else if (mp_exc_check(typ)) {
        if (val && val != mp_none)
            return mp_err_set_str(&mp_type_TypeError,
                                  "instance exception may not have a separate value");
        exc = mp_newref(typ);
    } else {
        return mp_err_format(&mp_type_TypeError,
                             "exceptions must be classes or instances deriving from BaseException, not %s",
                             mp_type_of(typ)->name);
    }
    if (tb)
        mp_exc_set_traceback(exc, tb);
    return exc;
}

mp_obj mp_gen_throw(mp_gen *g, int close_on_genexit, mp_obj typ, mp_obj val, mp_obj tb)
{
    mp_obj yf = gen_yieldfrom(g);
    if (yf) {
        mp_incref(yf);
        mp_obj r = NULL;
        if (close_on_genexit && given_is_generator_exit(typ)) {
            /* Close the sub-iterator, then raise GeneratorExit here. */
            g->state = GEN_RUNNING;
            int err = close_iter(yf);
            g->state = GEN_SUSPENDED;
            mp_decref(yf);
            if (err < 0)
                return mp_gen_send_ex(g, mp_none, 1);
            goto throw_here;
        }
        if (is_gen_like(yf)) {
            g->state = GEN_RUNNING;
            r = mp_gen_throw((mp_gen *)yf, close_on_genexit, typ, val, tb);
        } else {
            /* Any other sub-iterator gets the arguments as they were
             * given, if it has a throw() at all. */
            mp_obj meth;
            int found = mp_obj_lookup_attr(yf, MP_NAME(throw), &meth);
            if (found <= 0) {
                mp_decref(yf);
                if (found < 0)
                    return NULL;
                goto throw_here;
            }
            mp_obj args[3] = {typ, val, tb};
            g->state = GEN_RUNNING;
            r = mp_call(meth, args, val ? (tb ? 3 : 2) : 1, NULL);
            mp_decref(meth);
        }
        g->state = GEN_SUSPENDED;
        if (r) {
            mp_decref(yf);
            return r;
        }
        /* The sub-iterator finished (or failed): the yield from ends. */
        mp_frame *f = MP_GEN_FRAME(g);
        mp_obj popped = f->localsplus[f->code->nlocalsplus + --f->stacktop];
        mp_decref(popped);
        mp_decref(yf);
        /* Back up to the SEND so that its jump skips the loop. */
        mp_codeunit *send = f->prev_instr - 1;
        f->prev_instr += send->arg - 1;
        if (!mp_err_occurred() || mp_err_matches(&mp_type_StopIteration)) {
            mp_obj e = mp_err_fetch();
            mp_obj v = e && ((mp_exc_stopiteration *)e)->value ? ((mp_exc_stopiteration *)e)->value
                                                               : mp_none;
            mp_incref(v);
            mp_xdecref(e);
            /* The frame's stack holds the value SEND would have pushed;
             * sending v resumes after the loop. */
            mp_obj res = mp_gen_send_ex(g, v, 0);
            mp_decref(v);
            return res;
        }
        return mp_gen_send_ex(g, mp_none, 1);
    }
throw_here:;
    mp_obj exc = make_thrown_exception(typ, val, tb);
    if (!exc)
        return NULL;
    mp_err_set_exc(exc);
    mp_decref(exc);
    return mp_gen_send_ex(g, mp_none, 1);
}

mp_obj mp_gen_close(mp_gen *g)
{
    if (g->state == GEN_CREATED) {
        g->state = GEN_COMPLETED;
        gen_clear_frame(g);
        MP_RETURN_NONE;
    }
    if (g->state == GEN_COMPLETED)
        MP_RETURN_NONE;
    /* The sub-iterator is closed first; if that fails, its exception is
     * what the generator sees instead of GeneratorExit. */
    mp_obj yf = gen_yieldfrom(g);
    int err = 0;
    if (yf) {
        mp_incref(yf);
        g->state = GEN_RUNNING;
        err = close_iter(yf);
        g->state = GEN_SUSPENDED;
        mp_decref(yf);
    }
    if (err == 0)
        mp_err_set_object(&mp_type_GeneratorExit, NULL);
    mp_obj r = mp_gen_send_ex(g, mp_none, 1);
    if (r) {
        mp_decref(r);
        return mp_err_format(&mp_type_RuntimeError, "%s ignored GeneratorExit", mp_gen_kind(g));
    }
    if (mp_err_matches(&mp_type_StopIteration) || mp_err_matches(&mp_type_GeneratorExit)) {
        mp_err_clear();
        MP_RETURN_NONE;
    }
    return NULL;
}

/* ---- Python-visible methods ------------------------------------------------------------- */

static mp_obj gen_iternext(mp_obj self)
{
    mp_gen *g = (mp_gen *)self;
    mp_obj retval;
    mp_obj r = gen_run(g, mp_none, 0, &retval);
    if (r)
        return r;
    if (retval) {
        /* for-loops end quietly; a return value other than None still
         * travels in StopIteration for callers that look. */
        if (retval != mp_none)
            set_stop_iteration(retval);
        mp_decref(retval);
    }
    return NULL;
}

static mp_obj gen_send(mp_obj self, mp_obj value)
{
    return mp_gen_send_ex((mp_gen *)self, value, 0);
}

static mp_obj gen_throw(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("throw", nargs, 1, 3) < 0)
        return NULL;
    return mp_gen_throw((mp_gen *)self, 1, args[0], nargs > 1 ? args[1] : NULL,
                        nargs > 2 ? args[2] : NULL);
}

static mp_obj gen_close(mp_obj self)
{
    return mp_gen_close((mp_gen *)self);
}

/* "coroutine 'f' was never awaited": through the warnings module, which
 * adds the tracemalloc hint for the coroutine (its source object), as
 * CPython's _PyErr_WarnUnawaitedCoroutine does (vm/warnings.c). */
static void warn_unawaited(mp_gen *g)
{
    mp_warn_unawaited_coroutine((mp_obj)g, g->qualname);
}

/* A generator dropped while suspended is closed, so its finally blocks
 * run (GeneratorExit), as CPython does in its finaliser.  An async
 * generator whose event loop installed a finalizer hook is handed to it
 * instead (asyncio schedules aclose(), so awaits in finally blocks work). */
void mp_gen_finalize(mp_obj self)
{
    mp_gen *g = (mp_gen *)self;
    if (g->state == GEN_COMPLETED)
        return;
    mp_obj saved = mp_err_fetch();
    if (mp_gen_is_async(self) && g->finalizer && !g->ag_closed) {
        mp_obj r = mp_call1(g->finalizer, self);
        if (r)
            mp_decref(r);
        else
            mp_err_write_unraisable(self);
        mp_err_restore(saved);
        return;
    }
    mp_obj r = NULL;
    if (g->state == GEN_CREATED && is_coro_type(mp_type_of(self))) {
        warn_unawaited(g);
        if (!mp_err_occurred())
            r = mp_newref(mp_none);
    } else {
        r = mp_gen_close(g);
    }
    if (r)
        mp_decref(r);
    else if (mp_err_occurred())
        mp_err_write_unraisable(self);
    mp_err_restore(saved);
}

void mp_gen_dealloc(mp_obj self)
{
    mp_gen *g = (mp_gen *)self;
    if (mp_gc_is_tracked(self))
        mp_gc_untrack(self);
    if (g->weakreflist)
        mp_weakref_clear_refs(self);
    gen_clear_frame(g);
    MP_CLEAR(g->exc_state.exc);
    MP_CLEAR(g->name);
    MP_CLEAR(g->qualname);
    MP_CLEAR(g->code);
    MP_CLEAR(g->finalizer);
    mp_obj_free(self);
}

int mp_gen_traverse(mp_obj self, mp_visitproc visit, void *arg)
{
    mp_gen *g = (mp_gen *)self;
    mp_frame *f = MP_GEN_FRAME(g);
    if (g->name && visit(g->name, arg))
        return 1;
    if (g->qualname && visit(g->qualname, arg))
        return 1;
    if (g->exc_state.exc && visit(g->exc_state.exc, arg))
        return 1;
    if (g->finalizer && visit(g->finalizer, arg))
        return 1;
    if (g->code && visit((mp_obj)g->code, arg))
        return 1;
    if (f->code && g->state != GEN_RUNNING) {
        int n = f->code->nlocalsplus + f->stacktop;
        for (int i = 0; i < n; i++)
            if (f->localsplus[i] && visit(f->localsplus[i], arg))
                return 1;
        if (visit((mp_obj)f->func, arg) || visit((mp_obj)f->code, arg))
            return 1;
    }
    return 0;
}

int mp_gen_clear(mp_obj self)
{
    mp_gen *g = (mp_gen *)self;
    if (g->state != GEN_RUNNING) {
        g->state = GEN_COMPLETED;
        gen_clear_frame(g);
    }
    MP_CLEAR(g->exc_state.exc);
    MP_CLEAR(g->finalizer);
    return 0;
}

mp_obj mp_gen_repr(mp_obj self)
{
    mp_gen *g = (mp_gen *)self;
    return mp_str_from_format("<%s object %U at %p>", mp_type_of(self)->name, g->qualname,
                              (void *)self);
}

mp_obj mp_gen_get_frame(mp_obj self, void *c)
{
    mp_gen *g = (mp_gen *)self;
    if (g->state == GEN_COMPLETED)
        MP_RETURN_NONE;
    mp_frame_object *fo = mp_frame_get_object(MP_GEN_FRAME(g));
    return fo ? mp_newref((mp_obj)fo) : NULL;
}

static mp_obj gen_get_running(mp_obj self, void *c)
{
    return mp_bool(((mp_gen *)self)->state == GEN_RUNNING);
}

mp_obj mp_gen_get_suspended(mp_obj self, void *c)
{
    return mp_bool(((mp_gen *)self)->state == GEN_SUSPENDED);
}

mp_obj mp_gen_get_code(mp_obj self, void *c)
{
    /* Kept apart from the frame: gi_code outlives the run, as in CPython. */
    return mp_newref((mp_obj)((mp_gen *)self)->code);
}

mp_obj mp_gen_get_yieldfrom(mp_obj self, void *c)
{
    mp_obj yf = gen_yieldfrom((mp_gen *)self);
    return mp_newref(yf ? yf : mp_none);
}

mp_obj mp_gen_get_name(mp_obj self, void *c) { return mp_newref(((mp_gen *)self)->name); }
mp_obj mp_gen_get_qualname(mp_obj self, void *c) { return mp_newref(((mp_gen *)self)->qualname); }
int mp_gen_set_name(mp_obj self, mp_obj v, void *which)
{
    if (!v || !mp_str_check(v)) {
        mp_err_format(&mp_type_TypeError, "%s must be set to a string object",
                      which ? "__qualname__" : "__name__");
        return -1;
    }
    mp_gen *g = (mp_gen *)self;
    if (which)
        MP_SETREF(g->qualname, mp_newref(v));
    else
        MP_SETREF(g->name, mp_newref(v));
    return 0;
}

/* cr_origin: minipy does not record where coroutines were created
 * (sys.set_coroutine_origin_tracking_depth only stores the depth). */
static mp_obj coro_get_origin(mp_obj self, void *c) { MP_RETURN_NONE; }

static const mp_getset_def gen_getsets[] = {
    {"__name__", mp_gen_get_name, mp_gen_set_name, "name of the generator", NULL},
    {"__qualname__", mp_gen_get_qualname, mp_gen_set_name, "qualified name of the generator", (void *)1},
    {"gi_yieldfrom", mp_gen_get_yieldfrom, NULL, "object being iterated by yield from, or None", NULL},
    {"gi_running", gen_get_running, NULL, NULL, NULL},
    {"gi_frame", mp_gen_get_frame, NULL, NULL, NULL},
    {"gi_suspended", mp_gen_get_suspended, NULL, NULL, NULL},
    {"gi_code", mp_gen_get_code, NULL, NULL, NULL},
    {NULL},
};

static const mp_getset_def coro_getsets[] = {
    {"__name__", mp_gen_get_name, mp_gen_set_name, "name of the coroutine", NULL},
    {"__qualname__", mp_gen_get_qualname, mp_gen_set_name, "qualified name of the coroutine", (void *)1},
    {"cr_await", mp_gen_get_yieldfrom, NULL, "object being awaited on, or None", NULL},
    {"cr_running", gen_get_running, NULL, NULL, NULL},
    {"cr_frame", mp_gen_get_frame, NULL, NULL, NULL},
    {"cr_code", mp_gen_get_code, NULL, NULL, NULL},
    {"cr_suspended", mp_gen_get_suspended, NULL, NULL, NULL},
    {"cr_origin", coro_get_origin, NULL, NULL, NULL},
    {NULL},
};

static const mp_method_def gen_methods[] = {
    {"send", (void (*)(void))gen_send, MP_METH_O,
     "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", (void (*)(void))gen_throw, MP_METH_FASTCALL,
     "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration."},
    {"close", (void (*)(void))gen_close, MP_METH_NOARGS, "close() -> raise GeneratorExit inside generator."},
    {NULL},
};

mp_type mp_type_generator = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "generator",
    .basicsize = sizeof(mp_gen),
    .itemsize = 1,
    .flags = MP_TPFLAGS_GC,
    .dealloc = mp_gen_dealloc,
    .repr = mp_gen_repr,
    .hash = mp_obj_identity_hash,
    .getattro = mp_obj_generic_getattr,
    .iter = mp_self_iter,
    .iternext = gen_iternext,
    .finalize = mp_gen_finalize,
    .traverse = mp_gen_traverse,
    .clear = mp_gen_clear,
    .methods = gen_methods,
    .getsets = gen_getsets,
    .weaklistoffset = offsetof(mp_gen, weakreflist),
};

/* ---- coroutines ---------------------------------------------------------------------------- */

/* `await coro` iterates the coroutine through this wrapper. */
typedef struct {
    mp_object ob;
    mp_obj coro;
} coro_wrapper;

static mp_obj coro_await(mp_obj self)
{
    coro_wrapper *w = (coro_wrapper *)mp_obj_alloc(&mp_type_coroutine_wrapper);
    if (w)
        w->coro = mp_newref(self);
    return (mp_obj)w;
}

static void coro_wrapper_dealloc(mp_obj self)
{
    if (mp_gc_is_tracked(self))
        mp_gc_untrack(self);
    mp_decref(((coro_wrapper *)self)->coro);
    mp_obj_free(self);
}

static int coro_wrapper_traverse(mp_obj self, mp_visitproc visit, void *arg)
{
    return visit(((coro_wrapper *)self)->coro, arg);
}

static mp_obj coro_wrapper_next(mp_obj self)
{
    return mp_gen_send_ex((mp_gen *)((coro_wrapper *)self)->coro, mp_none, 0);
}

static mp_obj coro_wrapper_send(mp_obj self, mp_obj v)
{
    return gen_send(((coro_wrapper *)self)->coro, v);
}

static mp_obj coro_wrapper_throw(mp_obj self, mp_obj const *args, size_t nargs)
{
    return gen_throw(((coro_wrapper *)self)->coro, args, nargs);
}

static mp_obj coro_wrapper_close(mp_obj self)
{
    return gen_close(((coro_wrapper *)self)->coro);
}

static const mp_method_def coro_wrapper_methods[] = {
    {"send", (void (*)(void))coro_wrapper_send, MP_METH_O,
     "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration."},
    {"throw", (void (*)(void))coro_wrapper_throw, MP_METH_FASTCALL,
     "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration."},
    {"close", (void (*)(void))coro_wrapper_close, MP_METH_NOARGS, "close() -> raise GeneratorExit inside coroutine."},
    {NULL},
};

mp_type mp_type_coroutine_wrapper = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "coroutine_wrapper",
    .basicsize = sizeof(coro_wrapper),
    .flags = MP_TPFLAGS_GC,
    .dealloc = coro_wrapper_dealloc,
    .traverse = coro_wrapper_traverse,
    .getattro = mp_obj_generic_getattr,
    .iter = mp_self_iter,
    .iternext = coro_wrapper_next,
    .methods = coro_wrapper_methods,
};

static const mp_method_def coro_methods[] = {
    {"send", (void (*)(void))gen_send, MP_METH_O,
     "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration."},
    {"throw", (void (*)(void))gen_throw, MP_METH_FASTCALL,
     "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration."},
    {"close", (void (*)(void))gen_close, MP_METH_NOARGS, "close() -> raise GeneratorExit inside coroutine."},
    {"__await__", (void (*)(void))coro_await, MP_METH_NOARGS, "Return an iterator to be used in await expression."},
    {NULL},
};

mp_type mp_type_coroutine = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "coroutine",
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
    .methods = coro_methods,
    .getsets = coro_getsets,
    .weaklistoffset = offsetof(mp_gen, weakreflist),
};

/* ---- awaitables and the generator opcodes ---------------------------------------------------- */

/* A coroutine, or a generator made awaitable by types.coroutine (its code
 * flagged CO_ITERABLE_COROUTINE). */
static int is_coroutine_like(mp_obj o)
{
    mp_type *t = mp_type_of(o);
    if (t == &mp_type_coroutine)
        return 1;
    if (t != &mp_type_generator)
        return 0;
    return (((mp_gen *)o)->code->flags & MP_CO_ITERABLE_COROUTINE) != 0;
}

mp_obj mp_get_awaitable(mp_obj o)
{
    if (is_coroutine_like(o))
        return mp_newref(o);
    mp_type *t = mp_type_of(o);
    if (!mp_type_lookup(t, MP_NAME(__await__)))
        return mp_err_format(&mp_type_TypeError, "object %s can't be used in 'await' expression",
                             t->name);
    mp_obj it = mp_call_method(o, "__await__", NULL, 0);
    if (!it)
        return NULL;
    if (is_coroutine_like(it)) {
        mp_decref(it);
        return mp_err_set_str(&mp_type_TypeError, "__await__() returned a coroutine");
    }
    if (!mp_iter_check(it)) {
        mp_err_format(&mp_type_TypeError, "__await__() returned non-iterator of type '%s'",
                      mp_type_of(it)->name);
        mp_decref(it);
        return NULL;
    }
    return it;
}

int mp_gen_opcode(mp_tstate *ts, mp_frame *f, int opcode, int oparg)
{
    mp_obj *sp = f->localsplus + f->code->nlocalsplus + f->stacktop;
    mp_obj top = sp[-1];
    switch (opcode) {
    case MP_OP_GET_YIELD_FROM_ITER: {
        if (mp_type_of(top) == &mp_type_coroutine) {
            if (!(f->code->flags & (MP_CO_COROUTINE | MP_CO_ITERABLE_COROUTINE))) {
                mp_err_set_str(&mp_type_TypeError,
                               "cannot 'yield from' a coroutine object in a non-coroutine generator");
                return -1;
            }
            return 0;
        }
        if (mp_type_of(top) == &mp_type_generator)
            return 0;
        mp_obj it = mp_obj_getiter(top);
        if (!it)
            return -1;
        sp[-1] = it;
        mp_decref(top);
        return 0;
    }
    case MP_OP_GET_AWAITABLE: {
        /* async with names the object __aenter__ or __aexit__ returned
         * when it has no __await__ at all. */
        if (oparg && !is_coroutine_like(top) &&
            !mp_type_lookup(mp_type_of(top), MP_NAME(__await__))) {
            mp_err_format(&mp_type_TypeError,
                          oparg == 1 ? "'async with' received an object from __aenter__ that does not implement __await__: %s"
                                     : "'async with' received an object from __aexit__ that does not implement __await__: %s",
                          mp_type_of(top)->name);
            return -1;
        }
        mp_obj it = mp_get_awaitable(top);
        if (!it)
            return -1;
        if (mp_type_of(it) == &mp_type_coroutine && gen_yieldfrom((mp_gen *)it)) {
            mp_decref(it);
            mp_err_set_str(&mp_type_RuntimeError, "coroutine is being awaited already");
            return -1;
        }
        sp[-1] = it;
        mp_decref(top);
        return 0;
    }
    default:
        return mp_asyncgen_opcode(f, opcode, oparg);
    }
}
