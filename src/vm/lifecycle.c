/* Start-up and shut-down (lifecycle.h). */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/call.h"
#include "minipy/descr.h"
#include "minipy/dict.h"
#include "minipy/eval.h"
#include "minipy/exc.h"
#include "minipy/fileio.h"
#include "minipy/float.h"
#include "minipy/frame.h"
#include "minipy/gc.h"
#include "minipy/gen.h"
#include "minipy/iter.h"
#include "minipy/lifecycle.h"
#include "minipy/list.h"
#include "minipy/mem.h"
#include "minipy/module.h"
#include "minipy/names.h"
#include "minipy/singletons.h"
#include "minipy/sourcecache.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/traceback.h"
#include "minipy/tuple.h"

mp_interp mp_the_interp;
__thread mp_tstate *mp_current_tstate;
static mp_tstate main_tstate;

/* Every static type, bases before subclasses. */
extern mp_type *const mp_exception_types[];
extern mp_type *const mp_object_types[];

int mp_errors_init(void);
void mp_errors_fini(void);
void mp_frame_stack_free(mp_tstate *ts);
void mp_warnings_fini(void);
void mp_gil_take(mp_tstate *ts);
void mp_gil_drop(void);
int mp_builtins_init(void);
int mp_sys_init(void);
extern volatile sig_atomic_t mp_pending_sigint;

static void on_sigint(int sig)
{
    (void)sig;
    mp_pending_sigint = 1;
    mp_eval_breaker = 1;
}

int mp_runtime_init(void)
{
    mp_tstate *ts = &main_tstate;
    memset(ts, 0, sizeof *ts);
    ts->exc_info = &ts->exc_state;
    ts->thread_id = (unsigned long)pthread_self();
    mp_current_tstate = ts;
    mp_the_interp.tstates = ts;
    mp_the_interp.recursion_limit = 1000;
    mp_gil_take(ts);
    mp_eval_init();
    /* Types first (their dicts need strs, which need only their own
     * type to exist), then names, then everything else. */
    if (mp_str_init() < 0 || mp_names_init() < 0)
        goto fail;
    /* io.UnsupportedOperation derives from OSError and ValueError, as in
     * CPython; a static type names one base, so the pair is given here. */
    mp_type_unsupported_operation.bases =
        mp_tuple_pack(2, (mp_obj)&mp_type_OSError, (mp_obj)&mp_type_ValueError);
    if (!mp_type_unsupported_operation.bases)
        goto fail;
    for (mp_type *const *t = mp_object_types; *t; t++)
        if (mp_type_ready(*t) < 0)
            goto fail;
    for (mp_type *const *t = mp_exception_types; *t; t++)
        if (mp_type_ready(*t) < 0)
            goto fail;
    if (mp_errors_init() < 0)
        goto fail;
    if (!(mp_the_interp.modules = mp_dict_new()))
        goto fail;
    if (mp_builtins_init() < 0 || mp_sys_init() < 0)
        goto fail;
    signal(SIGINT, on_sigint);
    return 0;
fail:
    if (mp_err_occurred())
        mp_err_print();
    fprintf(stderr, "minipy: start-up failed\n");
    return -1;
}

/* Clears a module's dict in CPython's order: names starting with one
 * underscore first, then the rest but __builtins__, so that __del__
 * methods running during the teardown still find the builtins. */
static void clear_module_dict(mp_obj d)
{
    for (int pass = 0; pass < 2; pass++) {
        mp_obj keys = mp_dict_keys(d);
        if (!keys) {
            mp_err_clear();
            return;
        }
        for (intptr_t i = 0; i < MP_LIST_LEN(keys); i++) {
            mp_obj k = MP_LIST_GET(keys, i);
            if (!mp_str_check(k))
                continue;
            const char *s = mp_str_utf8(k);
            int underscore = s[0] == '_' && s[1] != '_';
            if ((pass == 0) != underscore || strcmp(s, "__builtins__") == 0)
                continue;
            mp_obj v = mp_dict_getitem(d, k);
            if (v && v != mp_none && mp_dict_setitem(d, k, mp_none) < 0)
                mp_err_clear();
        }
        mp_decref(keys);
    }
}

#ifdef MP_DEBUG
/* MINIPY_DEBUG_LEAKS=1: name the containers still alive at exit. */
static int report_leak(mp_obj o, void *arg)
{
    fprintf(stderr, "  alive: %s at %p, refcount %ld\n", o->type->name, (void *)o, (long)o->refcnt);
    return 0;
}
#endif

/* As CPython before it finalizes: if the program imported threading,
 * threading._shutdown() joins the threads that are not daemons.  Daemon
 * threads stay where they are: they stop for good the next time they try
 * to take the GIL (gil.c). */
static void wait_for_thread_shutdown(void)
{
    mp_obj modules = mp_the_interp.modules;
    mp_obj threading = modules ? mp_dict_getitem_str(modules, "threading") : NULL;
    if (!threading)
        return;
    mp_incref(threading);
    mp_obj r = mp_call_method(threading, "_shutdown", NULL, 0);
    if (r)
        mp_decref(r);
    else
        mp_err_write_unraisable(threading);
    mp_decref(threading);
}

/* Then the functions registered with atexit (lib/atexit.py), if the
 * program imported it. */
static void run_atexit_functions(void)
{
    mp_obj modules = mp_the_interp.modules;
    mp_obj atexit = modules ? mp_dict_getitem_str(modules, "atexit") : NULL;
    if (!atexit)
        return;
    mp_incref(atexit);
    mp_obj r = mp_call_method(atexit, "_run_exitfuncs", NULL, 0);
    if (r)
        mp_decref(r);
    else
        mp_err_write_unraisable(atexit);
    mp_decref(atexit);
}

void mp_runtime_fini(void)
{
    mp_tstate *ts = mp_ts();
    if (!ts)
        return;
    wait_for_thread_shutdown();
    run_atexit_functions();
    mp_the_interp.finalizing = 1;
    mp_stdio_flush_stdout();
    if (mp_err_occurred())
        mp_err_clear();
    /* Modules: __main__ first (its objects' __del__ run as CPython runs
     * them at exit), then the rest, then the builtins. */
    mp_obj modules = mp_the_interp.modules;
    if (modules) {
        mp_obj main = mp_dict_getitem(modules, MP_NAME(__main__));
        if (main && mp_type_of(main) == &mp_type_module)
            clear_module_dict(mp_module_get_dict(main));
        mp_obj values = mp_dict_values(modules);
        if (values) {
            for (intptr_t i = 0; i < MP_LIST_LEN(values); i++) {
                mp_obj m = MP_LIST_GET(values, i);
                if (mp_type_of(m) == &mp_type_module && m != mp_the_interp.builtins_module &&
                    mp_module_get_dict(m) != mp_the_interp.sysdict)
                    clear_module_dict(mp_module_get_dict(m));
            }
            mp_decref(values);
        }
        mp_err_clear();
        mp_gc_collect();
        mp_stdio_flush_stdout();
        mp_dict_clear(modules);
    }
    mp_gc_collect();
    mp_stdio_flush_stdout();
    if (mp_the_interp.sysdict) {
        mp_obj err = mp_dict_getitem_str(mp_the_interp.sysdict, "stderr");
        if (err && err != mp_none && mp_file_flush(err) < 0)
            mp_err_clear();
        mp_dict_clear(mp_the_interp.sysdict);
    }
    if (mp_the_interp.builtins)
        mp_dict_clear(mp_the_interp.builtins);
    MP_CLEAR(mp_the_interp.modules);
    MP_CLEAR(mp_the_interp.sysdict);
    MP_CLEAR(mp_the_interp.builtins);
    MP_CLEAR(mp_the_interp.builtins_module);
    mp_gc_collect();
    MP_CLEAR(ts->exc_state.exc);
    MP_CLEAR(ts->curexc);
    MP_CLEAR(ts->dict);
    MP_CLEAR(ts->trace_func);
    MP_CLEAR(ts->profile_func);
    mp_warnings_fini();
    mp_errors_fini();
    /* Static types own dicts, MROs and bases tuples that point at each
     * other: clear them all, then collect what is left. */
    for (mp_type *const *t = mp_exception_types; *t; t++) {
        if ((*t)->dict)
            mp_dict_clear((*t)->dict);
    }
    for (mp_type *const *t = mp_object_types; *t; t++)
        if ((*t)->dict)
            mp_dict_clear((*t)->dict);
    mp_gc_collect();
    for (int pass = 0; pass < 2; pass++) {
        mp_type *const *lists[2] = {mp_exception_types, mp_object_types};
        for (mp_type *const *t = lists[pass]; *t; t++) {
            MP_CLEAR((*t)->dict);
            MP_CLEAR((*t)->mro);
            MP_CLEAR((*t)->bases);
            MP_CLEAR((*t)->subclasses);
            (*t)->flags &= ~(unsigned long)MP_TPFLAGS_READY;
        }
    }
    mp_gc_collect();
    mp_float_fini();
    mp_tuple_fini();
    mp_source_cache_clear();
    mp_frame_stack_free(ts);
    mp_str_fini();
    mp_gil_drop();
    mp_current_tstate = NULL;
#ifdef MP_DEBUG
    /* Daemon threads still running own what their frames hold. */
    if (mp_debug_live_objects != 0 && !getenv("MINIPY_FAIL_ALLOC") &&
        mp_the_interp.tstates == ts && !ts->next) {
        fprintf(stderr, "minipy: %ld objects still alive at exit\n", (long)mp_debug_live_objects);
        if (getenv("MINIPY_DEBUG_LEAKS"))
            mp_gc_for_each(report_leak, NULL);
    }
#endif
}
