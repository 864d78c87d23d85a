/* sys.settrace and sys.setprofile, with CPython 3.11's events (settrace.c
 * in the tracer; sys stores the functions through mp_trace_set_*).
 *
 *   call       at a frame's RESUME: its start, and each resumption of a
 *              generator; the global trace function's result becomes the
 *              frame's f_trace (the local trace function)
 *   line       when an instruction starts a new line, or a backward jump
 *              lands on one (f_trace_lines)
 *   opcode     before each instruction (f_trace_opcodes)
 *   return     at a return or a yield, and with None when the frame ends
 *              by an exception
 *   exception  when an exception is raised in the frame or arrives in it
 *              from a callee, with (type, value, traceback)
 *
 * The profile function hears call and return, and around each call of a
 * builtin function or method descriptor made by CALL or CALL_FUNCTION_EX,
 * c_call, then c_return or c_exception, with the function.  Inside a trace or profile
 * function nothing is traced (ts->tracing).  A trace function that raises
 * is removed (as sys.settrace(None)) and its exception propagates. */
#include "minipy/abstract.h"
#include "minipy/call.h"
#include "minipy/descr.h"
#include "minipy/exc.h"
#include "minipy/func.h"
#include "minipy/list.h"
#include "minipy/singletons.h"
#include "minipy/str.h"
#include "minipy/tuple.h"
#include "trace_internal.h"

static int set_func(mp_obj *slot, mp_obj f)
{
#ifdef MP_NO_TRACE
    /* The eval loop of this build never looks at the functions. */
    if (f && f != mp_none) {
        mp_err_set_str(&mp_type_NotImplementedError,
                       "sys.settrace and sys.setprofile are not available: this minipy was "
                       "built without tracing (MP_NO_TRACE)");
        return -1;
    }
#endif
    MP_SETREF(*slot, (f && f != mp_none) ? mp_newref(f) : NULL);
    mp_trace_update_active();
    return 0;
}

int mp_trace_set_trace(mp_obj f) { return set_func(&mp_ts()->trace_func, f); }
int mp_trace_set_profile(mp_obj f) { return set_func(&mp_ts()->profile_func, f); }

/* Calls fn(frame, event, arg) with tracing off; the result (new) or NULL. */
static mp_obj call_tracer(mp_tstate *ts, mp_obj fn, mp_frame_object *fo, const char *event,
                          mp_obj arg)
{
    mp_obj args[3] = {(mp_obj)fo, mp_str_intern(event), arg ? arg : mp_none};
    mp_obj keep = mp_newref(fn); /* the function may unset itself */
    ts->tracing++;
    mp_obj r = mp_call(keep, args, 3, NULL);
    ts->tracing--;
    mp_decref(keep);
    return r;
}

/* The trace function of f gets event; its result replaces f_trace unless
 * None.  0, or -1 with the trace function's exception (it is removed). */
static int local_event(mp_tstate *ts, mp_frame_object *fo, const char *event, mp_obj arg)
{
    mp_obj r = call_tracer(ts, fo->trace, fo, event, arg);
    if (!r) {
        set_func(&ts->trace_func, NULL);
        MP_CLEAR(fo->trace);
        return -1;
    }
    if (r != mp_none)
        MP_SETREF(fo->trace, r);
    else
        mp_decref(r);
    return 0;
}

static int call_event(mp_tstate *ts, mp_frame *f, intptr_t i)
{
    mp_frame_object *fo = mp_frame_get_object(f);
    if (!fo)
        return -1;
    if (ts->profile_func) {
        mp_obj r = call_tracer(ts, ts->profile_func, fo, "call", NULL);
        if (!r) {
            set_func(&ts->profile_func, NULL);
            return -1;
        }
        mp_decref(r);
    }
    if (ts->trace_func) {
        mp_obj r = call_tracer(ts, ts->trace_func, fo, "call", NULL);
        if (!r) {
            set_func(&ts->trace_func, NULL);
            return -1;
        }
        if (r != mp_none)
            MP_SETREF(fo->trace, r);
        else
            mp_decref(r);
    }
    return 0;
}

int mp_settrace_instruction(mp_tstate *ts, mp_frame *f, mp_codeunit *instr, mp_codeunit *last)
{
    mp_code *co = f->code;
    intptr_t i = instr - co->code;
    int op = instr->op;
    if (op == MP_OP_RESUME)
        return call_event(ts, f, i);
    mp_frame_object *fo = (mp_frame_object *)f->frame_obj;
    if (!ts->trace_func || !fo || !fo->trace)
        return 0;
    intptr_t prev = last - co->code;
    int line = mp_code_line_at(co, i);
    int lastline = prev >= 0 && prev < co->ncode ? mp_code_line_at(co, prev) : -1;
    if (line != -1 && fo->trace_lines &&
        (line != lastline || (i < prev && op != MP_OP_SEND))) {
        if (local_event(ts, fo, "line", NULL) < 0)
            return -1;
    }
    if (fo->trace && fo->trace_opcodes)
        return local_event(ts, fo, "opcode", NULL);
    return 0;
}

/* An event that cannot fail the frame (it ends anyway): a failing trace
 * function is removed and reported as unraisable. */
static void ending_event(mp_tstate *ts, mp_obj fn, mp_frame_object *fo, const char *event,
                         mp_obj arg, int is_trace)
{
    mp_obj saved = mp_err_fetch(); /* an exception in flight, or NULL */
    mp_obj r = call_tracer(ts, fn, fo, event, arg);
    if (r) {
        if (is_trace && r != mp_none)
            MP_SETREF(fo->trace, r);
        else
            mp_decref(r);
    } else {
        set_func(is_trace ? &ts->trace_func : &ts->profile_func, NULL);
        if (is_trace)
            MP_CLEAR(fo->trace);
        mp_err_write_unraisable(fn);
    }
    if (saved)
        mp_err_restore(saved);
}

void mp_settrace_return(mp_tstate *ts, mp_frame *f, mp_obj value)
{
    mp_frame_object *fo = (mp_frame_object *)f->frame_obj;
    if (ts->trace_func && fo && fo->trace)
        ending_event(ts, fo->trace, fo, "return", value, 1);
    if (ts->profile_func) {
        fo = mp_frame_get_object(f);
        if (fo)
            ending_event(ts, ts->profile_func, fo, "return", value, 0);
        else
            mp_err_clear();
    }
}

void mp_settrace_exception(mp_tstate *ts, mp_frame *f)
{
    mp_frame_object *fo = (mp_frame_object *)f->frame_obj;
    mp_obj exc = ts->curexc;
    if (!fo || !fo->trace || !exc)
        return;
    mp_obj tb = mp_exc_check(exc) ? mp_exc_get_traceback(exc) : NULL;
    mp_obj arg = mp_tuple_new(3);
    if (!arg)
        return;
    MP_TUPLE_ITEMS(arg)[0] = mp_newref((mp_obj)mp_type_of(exc));
    MP_TUPLE_ITEMS(arg)[1] = mp_newref(exc);
    MP_TUPLE_ITEMS(arg)[2] = mp_newref(tb ? tb : mp_none);
    mp_obj saved = mp_err_fetch();
    if (local_event(ts, fo, "exception", arg) < 0)
        mp_decref(saved); /* the trace function's exception replaces it */
    else
        mp_err_restore(saved);
    mp_decref(arg);
}

/* ---- calls of C functions (the profile function's c_call, c_return, c_exception) ---- */

/* The profile function hears event with the function called.  0, or -1
 * with its exception (it is removed, as CPython's profile_trampoline does). */
static int c_event(mp_tstate *ts, mp_frame *f, const char *event, mp_obj fn)
{
    mp_frame_object *fo = mp_frame_get_object(f);
    if (!fo)
        return -1;
    mp_obj r = call_tracer(ts, ts->profile_func, fo, event, fn);
    if (!r) {
        set_func(&ts->profile_func, NULL);
        return -1;
    }
    mp_decref(r);
    return 0;
}

/* What CPython's C_TRACE shows for callable, with the positional
 * arguments it is called with: a builtin function itself, a method
 * descriptor bound to its first argument (new references), or NULL
 * (no events: a Python function, a type, any other callable). */
static mp_obj c_function_shown(mp_obj callable, mp_obj const *args, size_t npos)
{
    mp_type *t = mp_type_of(callable);
    if (t == &mp_type_builtin_function)
        return mp_newref(callable);
    if (t == &mp_type_method_descr && npos > 0)
        return t->descr_get(callable, args[0], (mp_obj)mp_type_of(args[0]));
    return NULL;
}

/* After the call: c_return, or c_exception with the call's exception kept
 * (unless the profile function raises its own). */
static mp_obj c_result(mp_tstate *ts, mp_frame *f, mp_obj shown, mp_obj r)
{
    if (!ts->profile_func)
        return r;
    if (!r) {
        mp_obj saved = mp_err_fetch();
        if (c_event(ts, f, "c_exception", shown) < 0)
            mp_xdecref(saved);
        else if (saved)
            mp_err_restore(saved);
        return NULL;
    }
    if (c_event(ts, f, "c_return", shown) < 0)
        MP_CLEAR(r);
    return r;
}

mp_obj mp_trace_c_call(mp_tstate *ts, mp_frame *f, mp_obj callable, mp_obj const *args,
                       size_t npos, mp_obj names)
{
    if (!ts->profile_func || ts->tracing)
        return mp_call(callable, args, npos, names);
    mp_obj shown = c_function_shown(callable, args, npos);
    if (!shown)
        return mp_err_occurred() ? NULL : mp_call(callable, args, npos, names);
    if (mp_type_of(callable) == &mp_type_method_descr) {
        /* Called as the bound method shown, as CPython does. */
        callable = shown;
        args++;
        npos--;
    }
    mp_obj r = NULL;
    if (c_event(ts, f, "c_call", shown) == 0)
        r = c_result(ts, f, shown, mp_call(callable, args, npos, names));
    mp_decref(shown);
    return r;
}

mp_obj mp_trace_c_call_ex(mp_tstate *ts, mp_frame *f, mp_obj callable, mp_obj callargs,
                          mp_obj kwargs)
{
    /* f(*a) passes a list (BUILD_LIST, LIST_EXTEND), as in CPython, whose
     * CALL_FUNCTION_EX makes it a tuple before C_TRACE looks at it. */
    mp_type *t = mp_type_of(callargs);
    if (!ts->profile_func || ts->tracing || (t != &mp_type_tuple && t != &mp_type_list))
        return mp_call_ex(callable, callargs, kwargs);
    mp_obj *items = t == &mp_type_tuple ? MP_TUPLE_ITEMS(callargs) : MP_LIST_ITEMS(callargs);
    intptr_t n = t == &mp_type_tuple ? MP_TUPLE_LEN(callargs) : MP_LIST_LEN(callargs);
    mp_obj shown = c_function_shown(callable, items, (size_t)n);
    if (!shown)
        return mp_err_occurred() ? NULL : mp_call_ex(callable, callargs, kwargs);
    mp_obj rest = NULL;
    if (mp_type_of(callable) == &mp_type_method_descr) {
        rest = mp_tuple_from_array(items + 1, n - 1);
        if (!rest) {
            mp_decref(shown);
            return NULL;
        }
        callable = shown;
        callargs = rest;
    }
    mp_obj r = NULL;
    if (c_event(ts, f, "c_call", shown) == 0)
        r = c_result(ts, f, shown, mp_call_ex(callable, callargs, kwargs));
    mp_xdecref(rest);
    mp_decref(shown);
    return r;
}
