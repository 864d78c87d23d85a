/* The _thread module: threads, locks and thread-local data, the low level
 * under lib/threading.py (as CPython's Modules/_threadmodule.c).
 *
 * A thread started here gets its own thread state (state.h: its frame
 * stack, its current exception, its recursion depth), linked into
 * mp_the_interp.tstates; it takes the GIL (vm/gil.c) before running any
 * Python code, and drops it around every blocking wait.  When its function
 * returns, the thread clears its state, releases the "sentinel" lock that
 * threading.Thread.join() waits for, unlinks the state and lets the GIL go.
 *
 * Locks are a flag guarded by a pthread mutex and a condition variable,
 * not a pthread mutex alone, because a Python lock may be released by a
 * thread other than the one that acquired it.  A wait on a lock releases
 * the GIL; in the main thread it wakes up every 50 ms to see whether
 * Ctrl-C was pressed, so that a join() can be interrupted as in CPython. */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/call.h"
#include "minipy/descr.h"
#include "minipy/dict.h"
#include "minipy/exc.h"
#include "minipy/fileio.h"
#include "minipy/float.h"
#include "minipy/gc.h"
#include "minipy/gil.h"
#include "minipy/int.h"
#include "minipy/mem.h"
#include "minipy/module.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/structseq.h"
#include "minipy/traceback.h"
#include "minipy/tuple.h"
#include "minipy/weakref.h"

#define FN(f) ((void (*)(void))(f))
#define NS_PER_SEC 1000000000LL

/* PY_TIMEOUT_MAX on Linux, in microseconds: LLONG_MAX / 1000. */
#define TIMEOUT_MAX_US (LLONG_MAX / 1000)

extern volatile sig_atomic_t mp_pending_sigint;
void mp_frame_stack_free(mp_tstate *ts);

/* ---- the waiting primitive ------------------------------------------------------------------ */

/* A binary semaphore: taken or free, with a queue of waiters. */
typedef struct {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int locked;
} sem;

static void sem_init(sem *s)
{
    pthread_condattr_t attr;
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    pthread_mutex_init(&s->mu, NULL);
    pthread_cond_init(&s->cv, &attr);
    pthread_condattr_destroy(&attr);
    s->locked = 0;
}

static void sem_destroy(sem *s)
{
    pthread_mutex_destroy(&s->mu);
    pthread_cond_destroy(&s->cv);
}

static int sem_try(sem *s)
{
    pthread_mutex_lock(&s->mu);
    int got = !s->locked;
    s->locked = 1;
    pthread_mutex_unlock(&s->mu);
    return got;
}

static void sem_release(sem *s)
{
    pthread_mutex_lock(&s->mu);
    s->locked = 0;
    pthread_cond_signal(&s->cv);
    pthread_mutex_unlock(&s->mu);
}

static int sem_is_locked(sem *s)
{
    pthread_mutex_lock(&s->mu);
    int l = s->locked;
    pthread_mutex_unlock(&s->mu);
    return l;
}

static struct timespec ts_after(long long ns)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    long long total = (long long)t.tv_nsec + ns % NS_PER_SEC;
    t.tv_sec += (time_t)(ns / NS_PER_SEC + total / NS_PER_SEC);
    t.tv_nsec = (long)(total % NS_PER_SEC);
    return t;
}

static int ts_before(struct timespec a, struct timespec b)
{
    return a.tv_sec < b.tv_sec || (a.tv_sec == b.tv_sec && a.tv_nsec < b.tv_nsec);
}

/* Takes s, waiting at most timeout_ns (-1: for ever; 0: not at all) with
 * the GIL released.  1 taken, 0 timed out, -1 with KeyboardInterrupt
 * (Ctrl-C in the main thread). */
static int sem_acquire(sem *s, long long timeout_ns)
{
    if (sem_try(s))
        return 1;
    if (timeout_ns == 0)
        return 0;
    int in_main = mp_gil_is_main_thread();
    struct timespec deadline = ts_after(timeout_ns > 0 ? timeout_ns : 0);
    for (;;) {
        int got = 0, expired = 0;
        MP_BEGIN_ALLOW_THREADS
        pthread_mutex_lock(&s->mu);
        while (s->locked) {
            if (!in_main && timeout_ns < 0) {
                pthread_cond_wait(&s->cv, &s->mu);
                continue;
            }
            struct timespec until = deadline;
            if (in_main) {
                /* Wake up now and then to see Ctrl-C. */
                struct timespec poll = ts_after(50 * 1000000LL);
                if (timeout_ns < 0 || ts_before(poll, until))
                    until = poll;
            }
            int r = pthread_cond_timedwait(&s->cv, &s->mu, &until);
            if (r == ETIMEDOUT) {
                struct timespec now;
                clock_gettime(CLOCK_MONOTONIC, &now);
                if (timeout_ns > 0 && !ts_before(now, deadline)) {
                    expired = 1;
                    break;
                }
                if (in_main && mp_pending_sigint)
                    break;
            }
        }
        if (!s->locked && !expired) {
            s->locked = 1;
            got = 1;
        }
        pthread_mutex_unlock(&s->mu);
        MP_END_ALLOW_THREADS
        if (got)
            return 1;
        if (expired)
            return 0;
        /* Ctrl-C: KeyboardInterrupt, or keep waiting if it was handled. */
        if (mp_handle_eval_breaker() < 0)
            return -1;
    }
}

/* acquire(blocking=True, timeout=-1)'s arguments, as nanoseconds for
 * sem_acquire, with CPython's checks and messages. */
static int parse_timeout(mp_obj const *args, size_t nargs, mp_obj kwnames, long long *out)
{
    static const char *const kwlist[] = {"blocking", "timeout", NULL};
    mp_obj blocking_obj = NULL, timeout_obj = NULL;
    if (mp_arg_parse(args, nargs, kwnames, "acquire", kwlist, 0, 2, &blocking_obj,
                     &timeout_obj) < 0)
        return -1;
    int blocking = 1;
    if (blocking_obj && (blocking = mp_obj_is_true(blocking_obj)) < 0)
        return -1;
    /* The timeout in nanoseconds; -1 s means none, as in CPython. */
    long long ns = -NS_PER_SEC;
    if (timeout_obj) {
        double d;
        if (mp_float_check(timeout_obj)) {
            d = mp_float_value(timeout_obj);
            if (isnan(d)) {
                mp_err_set_str(&mp_type_ValueError, "Invalid value NaN (not a number)");
                return -1;
            }
        } else {
            mp_obj i = mp_number_index(timeout_obj);
            if (!i)
                return -1;
            int r = mp_int_as_double(i, &d);
            mp_decref(i);
            if (r < 0) {
                mp_err_clear();
                d = HUGE_VAL;
            }
        }
        d = ceil(d * 1e9); /* CPython rounds timeouts up */
        if (!(d >= -9.2e18 && d < 9.2e18)) {
            mp_err_set_str(&mp_type_OverflowError, "timestamp out of range for platform time_t");
            return -1;
        }
        ns = (long long)d;
    }
    if (!blocking && ns != -NS_PER_SEC) {
        mp_err_set_str(&mp_type_ValueError, "can't specify a timeout for a non-blocking call");
        return -1;
    }
    if (ns < 0 && ns != -NS_PER_SEC) {
        mp_err_set_str(&mp_type_ValueError, "timeout value must be positive");
        return -1;
    }
    if (!blocking) {
        *out = 0;
        return 0;
    }
    if (ns == -NS_PER_SEC) {
        *out = -1;
        return 0;
    }
    if ((ns + 999) / 1000 > TIMEOUT_MAX_US) {
        mp_err_set_str(&mp_type_OverflowError, "timeout value is too large");
        return -1;
    }
    /* A zero timeout still blocks, briefly: one try, as CPython. */
    *out = ns > 0 ? ns : 0;
    return 0;
}

static unsigned long current_ident(void) { return (unsigned long)pthread_self(); }

/* ---- _thread.lock ----------------------------------------------------------------------------- */

typedef struct {
    mp_object ob;
    sem s;
    mp_obj weakreflist;
} mp_lock;

extern mp_type mp_type_thread_lock, mp_type_thread_rlock, mp_type_thread_local;

static mp_obj lock_new_obj(void)
{
    mp_lock *l = (mp_lock *)mp_obj_alloc(&mp_type_thread_lock);
    if (!l)
        return NULL;
    sem_init(&l->s);
    return (mp_obj)l;
}

static void lock_dealloc(mp_obj self)
{
    mp_lock *l = (mp_lock *)self;
    if (l->weakreflist)
        mp_weakref_clear_refs(self);
    sem_destroy(&l->s);
    mp_obj_free(self);
}

static mp_obj lock_repr(mp_obj self)
{
    mp_lock *l = (mp_lock *)self;
    return mp_str_from_format("<%s %s object at %p>", sem_is_locked(&l->s) ? "locked" : "unlocked",
                              mp_type_of(self)->name, (void *)self);
}

static mp_obj lock_acquire(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    long long timeout;
    if (parse_timeout(args, nargs, kwnames, &timeout) < 0)
        return NULL;
    int r = sem_acquire(&((mp_lock *)self)->s, timeout);
    return r < 0 ? NULL : mp_bool(r);
}

static mp_obj lock_enter(mp_obj self)
{
    int r = sem_acquire(&((mp_lock *)self)->s, -1);
    return r < 0 ? NULL : mp_bool(r);
}

static mp_obj lock_release(mp_obj self)
{
    mp_lock *l = (mp_lock *)self;
    if (!sem_is_locked(&l->s))
        return mp_err_set_str(&mp_type_RuntimeError, "release unlocked lock");
    sem_release(&l->s);
    MP_RETURN_NONE;
}

static mp_obj lock_exit(mp_obj self, mp_obj const *args, size_t nargs)
{
    return lock_release(self);
}

static mp_obj lock_locked(mp_obj self)
{
    return mp_bool(sem_is_locked(&((mp_lock *)self)->s));
}

/* After fork() in the child: a fresh, free lock (threading's use). */
static mp_obj lock_at_fork_reinit(mp_obj self)
{
    mp_lock *l = (mp_lock *)self;
    sem_init(&l->s);
    MP_RETURN_NONE;
}

static mp_obj lock_new(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return mp_err_format(&mp_type_TypeError, "cannot create '%s' instances", type->name);
}

#define ACQUIRE_DOC                                                                          \
    "acquire(blocking=True, timeout=-1) -> bool\n(acquire_lock() is an obsolete synonym)\n\n"   \
    "Lock the lock.  Without argument, this blocks if the lock is already\n"                    \
    "locked (even by the same thread), waiting for another thread to release\n"                 \
    "the lock, and return True once the lock is acquired.\n"                                    \
    "With an argument, this will only block if the argument is true,\n"                         \
    "and the return value reflects whether the lock is acquired.\n"                             \
    "The blocking operation is interruptible."
#define RELEASE_DOC                                                                          \
    "release()\n(release_lock() is an obsolete synonym)\n\n"                                    \
    "Release the lock, allowing another thread that is blocked waiting for\n"                   \
    "the lock to acquire the lock.  The lock must be in the locked state,\n"                    \
    "but it needn't be locked by the same thread that unlocks it."
#define LOCKED_DOC                                                                           \
    "locked() -> bool\n(locked_lock() is an obsolete synonym)\n\n"                              \
    "Return whether the lock is in the locked state."

static const mp_method_def lock_methods[] = {
    {"acquire_lock", FN(lock_acquire), MP_METH_FASTCALL | MP_METH_KEYWORDS, ACQUIRE_DOC},
    {"acquire", FN(lock_acquire), MP_METH_FASTCALL | MP_METH_KEYWORDS, ACQUIRE_DOC},
    {"release_lock", FN(lock_release), MP_METH_NOARGS, RELEASE_DOC},
    {"release", FN(lock_release), MP_METH_NOARGS, RELEASE_DOC},
    {"locked_lock", FN(lock_locked), MP_METH_NOARGS, LOCKED_DOC},
    {"locked", FN(lock_locked), MP_METH_NOARGS, LOCKED_DOC},
    {"__enter__", FN(lock_enter), MP_METH_NOARGS, ACQUIRE_DOC},
    {"__exit__", FN(lock_exit), MP_METH_FASTCALL, RELEASE_DOC},
    {"_at_fork_reinit", FN(lock_at_fork_reinit), MP_METH_NOARGS, NULL},
    {NULL},
};

mp_type mp_type_thread_lock = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "_thread.lock",
    .basicsize = sizeof(mp_lock),
    .doc = "A lock object is a synchronization primitive.  To create a lock,\n"
           "call threading.Lock().  Methods are:\n\n"
           "acquire() -- lock the lock, possibly blocking until it can be obtained\n"
           "release() -- unlock of the lock\n"
           "locked() -- test whether the lock is currently locked\n\n"
           "A lock is not owned by the thread that locked it; another thread may\n"
           "unlock it.  A thread attempting to lock a lock that it has already locked\n"
           "will block until another thread unlocks it.  Deadlocks may ensue.",
    .dealloc = lock_dealloc,
    .repr = lock_repr,
    .getattro = mp_obj_generic_getattr,
    .new_ = lock_new,
    .methods = lock_methods,
    .weaklistoffset = offsetof(mp_lock, weakreflist),
};

/* ---- _thread.RLock ---------------------------------------------------------------------------- */

/* owner and count change only under the GIL, by the owning thread. */
typedef struct {
    mp_object ob;
    sem s;
    unsigned long owner;
    unsigned long count;
    mp_obj weakreflist;
} mp_rlock;

static mp_obj rlock_new(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    mp_rlock *r = (mp_rlock *)mp_obj_alloc(type);
    if (!r)
        return NULL;
    sem_init(&r->s);
    return (mp_obj)r;
}

static void rlock_dealloc(mp_obj self)
{
    mp_rlock *r = (mp_rlock *)self;
    if (r->weakreflist)
        mp_weakref_clear_refs(self);
    sem_destroy(&r->s);
    mp_obj_free(self);
}

static mp_obj rlock_repr(mp_obj self)
{
    mp_rlock *r = (mp_rlock *)self;
    return mp_str_from_format("<%s %s object owner=%lu count=%lu at %p>",
                              r->count ? "locked" : "unlocked", mp_type_of(self)->name, r->owner,
                              r->count, (void *)self);
}

static int rlock_take(mp_rlock *r, long long timeout)
{
    unsigned long me = current_ident();
    if (r->count > 0 && r->owner == me) {
        if (r->count == ULONG_MAX) {
            mp_err_set_str(&mp_type_OverflowError, "Internal lock count overflowed");
            return -1;
        }
        r->count++;
        return 1;
    }
    int got = sem_acquire(&r->s, timeout);
    if (got == 1) {
        r->owner = me;
        r->count = 1;
    }
    return got;
}

static mp_obj rlock_acquire(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    long long timeout;
    if (parse_timeout(args, nargs, kwnames, &timeout) < 0)
        return NULL;
    int r = rlock_take((mp_rlock *)self, timeout);
    return r < 0 ? NULL : mp_bool(r);
}

static mp_obj rlock_enter(mp_obj self)
{
    int r = rlock_take((mp_rlock *)self, -1);
    return r < 0 ? NULL : mp_bool(r);
}

static mp_obj rlock_release(mp_obj self)
{
    mp_rlock *r = (mp_rlock *)self;
    if (r->count == 0 || r->owner != current_ident())
        return mp_err_set_str(&mp_type_RuntimeError, "cannot release un-acquired lock");
    if (--r->count == 0) {
        r->owner = 0;
        sem_release(&r->s);
    }
    MP_RETURN_NONE;
}

static mp_obj rlock_exit(mp_obj self, mp_obj const *args, size_t nargs)
{
    return rlock_release(self);
}

/* For threading.Condition: let go entirely, returning (count, owner). */
static mp_obj rlock_release_save(mp_obj self)
{
    mp_rlock *r = (mp_rlock *)self;
    if (r->count == 0)
        return mp_err_set_str(&mp_type_RuntimeError, "cannot release un-acquired lock");
    mp_obj count = mp_int_from_size(r->count), owner = mp_int_from_size(r->owner);
    mp_obj t = count && owner ? mp_tuple_pack(2, count, owner) : NULL;
    mp_xdecref(count);
    mp_xdecref(owner);
    if (!t)
        return NULL;
    r->count = 0;
    r->owner = 0;
    sem_release(&r->s);
    return t;
}

static int ulong_arg(mp_obj o, unsigned long *out)
{
    if (!mp_int_check(o)) {
        mp_err_format(&mp_type_TypeError, "an integer is required (got type %s)",
                      mp_type_of(o)->name);
        return -1;
    }
    mpz_t z;
    mpz_init(z);
    mp_int_get_mpz(o, z);
    int ok = mpz_sgn(z) >= 0 && mpz_fits_ulong_p(z);
    if (ok)
        *out = mpz_get_ui(z);
    mpz_clear(z);
    if (!ok)
        mp_err_set_str(&mp_type_OverflowError, "Python int too large to convert to C unsigned long");
    return ok ? 0 : -1;
}

/* The other half: take it again with the saved (count, owner). */
static mp_obj rlock_acquire_restore(mp_obj self, mp_obj state)
{
    mp_rlock *r = (mp_rlock *)self;
    if (!mp_tuple_check(state) || MP_TUPLE_LEN(state) != 2)
        return mp_err_set_str(&mp_type_TypeError, "_acquire_restore() argument must be (count, owner)");
    unsigned long count, owner;
    if (ulong_arg(MP_TUPLE_ITEMS(state)[0], &count) < 0 ||
        ulong_arg(MP_TUPLE_ITEMS(state)[1], &owner) < 0)
        return NULL;
    if (sem_acquire(&r->s, -1) < 0)
        return NULL;
    r->owner = owner;
    r->count = count;
    MP_RETURN_NONE;
}

static mp_obj rlock_is_owned(mp_obj self)
{
    mp_rlock *r = (mp_rlock *)self;
    return mp_bool(r->count > 0 && r->owner == current_ident());
}

static mp_obj rlock_recursion_count(mp_obj self)
{
    mp_rlock *r = (mp_rlock *)self;
    return mp_int_from_size(r->owner == current_ident() ? r->count : 0);
}

static mp_obj rlock_at_fork_reinit(mp_obj self)
{
    mp_rlock *r = (mp_rlock *)self;
    sem_init(&r->s);
    r->owner = 0;
    r->count = 0;
    MP_RETURN_NONE;
}

static const mp_method_def rlock_methods[] = {
    {"acquire", FN(rlock_acquire), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "acquire(blocking=True) -> bool\n\n"
     "Lock the lock.  `blocking` indicates whether we should wait\n"
     "for the lock to be available or not.  If `blocking` is False\n"
     "and another thread holds the lock, the method will return False\n"
     "immediately.  If `blocking` is True and another thread holds\n"
     "the lock, the method will wait for the lock to be released,\n"
     "take it and then return True.\n"
     "(note: the blocking operation is interruptible.)\n\n"
     "In all other cases, the method will return True immediately.\n"
     "Precisely, if the current thread already holds the lock, its\n"
     "internal counter is simply incremented. If nobody holds the lock,\n"
     "the lock is taken and its internal counter initialized to 1."},
    {"release", FN(rlock_release), MP_METH_NOARGS,
     "release()\n\n"
     "Release the lock, allowing another thread that is blocked waiting for\n"
     "the lock to acquire the lock.  The lock must be in the locked state,\n"
     "and must be locked by the same thread that unlocks it; otherwise a\n"
     "`RuntimeError` is raised.\n\n"
     "Do note that if the lock was acquire()d several times in a row by the\n"
     "current thread, release() needs to be called as many times for the lock\n"
     "to be available for other threads."},
    {"_is_owned", FN(rlock_is_owned), MP_METH_NOARGS,
     "_is_owned() -> bool\n\nFor internal use by `threading.Condition`."},
    {"_release_save", FN(rlock_release_save), MP_METH_NOARGS,
     "_release_save() -> tuple\n\nFor internal use by `threading.Condition`."},
    {"_acquire_restore", FN(rlock_acquire_restore), MP_METH_O,
     "_acquire_restore(state) -> None\n\nFor internal use by `threading.Condition`."},
    {"_recursion_count", FN(rlock_recursion_count), MP_METH_NOARGS,
     "_recursion_count() -> int\n\nFor internal use by reentrancy checks."},
    {"__enter__", FN(rlock_enter), MP_METH_NOARGS, "acquire(blocking=True) -> bool"},
    {"__exit__", FN(rlock_exit), MP_METH_FASTCALL, "release()"},
    {"_at_fork_reinit", FN(rlock_at_fork_reinit), MP_METH_NOARGS, NULL},
    {NULL},
};

mp_type mp_type_thread_rlock = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "_thread.RLock",
    .basicsize = sizeof(mp_rlock),
    .flags = MP_TPFLAGS_BASETYPE,
    .dealloc = rlock_dealloc,
    .repr = rlock_repr,
    .getattro = mp_obj_generic_getattr,
    .new_ = rlock_new,
    .methods = rlock_methods,
    .weaklistoffset = offsetof(mp_rlock, weakreflist),
};

/* ---- _thread._local ------------------------------------------------------------------------------
 * Each thread sees its own attributes.  A thread's state keeps, in
 * ts->dict, a dict {key: attributes} with one entry per local object it
 * has touched (key: the object's address as an int).  Every attribute
 * access points the object's own dict slot at the calling thread's
 * attributes, then does the ordinary lookup.  A thread that touches the
 * object for the first time gets a fresh dict and the class's __init__ is
 * called with the arguments the object was made with (as CPython does). */

typedef struct {
    mp_object ob;
    mp_obj key;        /* int: this object's address */
    mp_obj args;       /* tuple: the construction's arguments (positional, then keyword values) */
    mp_obj kwnames;    /* tuple or NULL */
    size_t nargs;
    mp_obj dict;       /* the attributes of the thread that touched it last */
    mp_obj weakreflist;
} mp_local;

static int local_has_init(mp_type *t) { return t->init != mp_type_object.init; }

/* Calls type(self).__init__ with the construction's arguments. */
static int local_call_init(mp_local *self)
{
    mp_type *t = mp_type_of((mp_obj)self);
    if (!local_has_init(t))
        return 0;
    return t->init((mp_obj)self, MP_TUPLE_ITEMS(self->args), self->nargs, self->kwnames);
}

/* The calling thread's attribute dict for self (borrowed), made on first
 * use; self->dict points at it afterwards.  NULL with an exception. */
static mp_obj local_dict(mp_local *self)
{
    mp_tstate *ts = mp_ts();
    if (!ts->dict && !(ts->dict = mp_dict_new()))
        return NULL;
    mp_obj d = mp_dict_getitem(ts->dict, self->key);
    if (d) {
        if (self->dict != d)
            MP_SETREF(self->dict, mp_newref(d));
        return d;
    }
    if (mp_err_occurred())
        return NULL;
    d = mp_dict_new();
    if (!d)
        return NULL;
    if (mp_dict_setitem(ts->dict, self->key, d) < 0) {
        mp_decref(d);
        return NULL;
    }
    MP_SETREF(self->dict, d);
    if (local_call_init(self) < 0) {
        /* Not initialised: the next access tries again. */
        mp_obj exc = mp_err_fetch();
        if (ts->dict && mp_dict_pop(ts->dict, self->key, NULL) < 0)
            mp_err_clear();
        mp_err_restore(exc);
        return NULL;
    }
    return self->dict;
}

static mp_obj local_new(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    size_t nkw = kwnames ? (size_t)MP_TUPLE_LEN(kwnames) : 0;
    if ((nargs || nkw) && !local_has_init(type))
        return mp_err_set_str(&mp_type_TypeError, "Initialization arguments are not supported");
    mp_local *self = (mp_local *)mp_obj_alloc(type);
    if (!self)
        return NULL;
    self->key = mp_int_from_size((size_t)self);
    self->args = mp_tuple_new((intptr_t)(nargs + nkw));
    if (!self->key || !self->args) {
        mp_decref((mp_obj)self);
        return NULL;
    }
    for (size_t i = 0; i < nargs + nkw; i++)
        MP_TUPLE_ITEMS(self->args)[i] = mp_newref(args[i]);
    self->nargs = nargs;
    self->kwnames = nkw ? mp_newref(kwnames) : NULL;
    /* The creating thread's dict, without __init__: the call that made
     * the object runs __init__ next. */
    mp_tstate *ts = mp_ts();
    if (!ts->dict && !(ts->dict = mp_dict_new())) {
        mp_decref((mp_obj)self);
        return NULL;
    }
    mp_obj d = mp_dict_new();
    if (!d || mp_dict_setitem(ts->dict, self->key, d) < 0) {
        mp_xdecref(d);
        mp_decref((mp_obj)self);
        return NULL;
    }
    self->dict = d;
    return (mp_obj)self;
}

static int local_traverse(mp_obj o, mp_visitproc visit, void *arg)
{
    mp_local *self = (mp_local *)o;
    if (self->args && visit(self->args, arg))
        return 1;
    if (self->kwnames && visit(self->kwnames, arg))
        return 1;
    if (self->dict && visit(self->dict, arg))
        return 1;
    if (mp_type_of(o)->flags & MP_TPFLAGS_HEAPTYPE)
        return visit((mp_obj)mp_type_of(o), arg);
    return 0;
}

static int local_clear(mp_obj o)
{
    mp_local *self = (mp_local *)o;
    MP_CLEAR(self->args);
    MP_CLEAR(self->kwnames);
    MP_CLEAR(self->dict);
    return 0;
}

static void local_dealloc(mp_obj o)
{
    mp_local *self = (mp_local *)o;
    if (mp_gc_is_tracked(o))
        mp_gc_untrack(o);
    if (self->weakreflist)
        mp_weakref_clear_refs(o);
    /* Every thread forgets its attributes for this object. */
    if (self->key) {
        for (mp_tstate *ts = mp_the_interp.tstates; ts; ts = ts->next) {
            if (ts->dict && mp_dict_pop(ts->dict, self->key, NULL) < 0)
                mp_err_clear();
        }
    }
    local_clear(o);
    MP_CLEAR(self->key);
    mp_obj_free(o);
}

static mp_obj local_getattro(mp_obj o, mp_obj name)
{
    if (!local_dict((mp_local *)o))
        return NULL;
    return mp_obj_generic_getattr(o, name);
}

static int local_setattro(mp_obj o, mp_obj name, mp_obj value)
{
    if (!local_dict((mp_local *)o))
        return -1;
    if (mp_str_check(name) && mp_str_eq_cstr(name, "__dict__")) {
        mp_err_format(&mp_type_AttributeError, "'%s' object attribute '__dict__' is read-only",
                      mp_type_of(o)->name);
        return -1;
    }
    return mp_obj_generic_setattr(o, name, value);
}

static mp_obj local_get_dict(mp_obj o, void *c)
{
    mp_obj d = local_dict((mp_local *)o);
    return d ? mp_newref(d) : NULL;
}

static const mp_getset_def local_getsets[] = {
    {"__dict__", local_get_dict, NULL, NULL, NULL},
    {NULL},
};

mp_type mp_type_thread_local = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "_thread._local",
    .basicsize = sizeof(mp_local),
    .flags = MP_TPFLAGS_BASETYPE | MP_TPFLAGS_GC,
    .doc = "Thread-local data",
    .dealloc = local_dealloc,
    .getattro = local_getattro,
    .setattro = local_setattro,
    .new_ = local_new,
    .traverse = local_traverse,
    .clear = local_clear,
    .getsets = local_getsets,
    .dictoffset = offsetof(mp_local, dict),
    .weaklistoffset = offsetof(mp_local, weakreflist),
};

/* ---- _thread._ExceptHookArgs and _excepthook ---------------------------------------------------- */

static const mp_member_def excepthook_args_fields[] = {
    MP_STRUCTSEQ_FIELD(0, "exc_type", "Exception type"),
    MP_STRUCTSEQ_FIELD(1, "exc_value", "Exception value"),
    MP_STRUCTSEQ_FIELD(2, "exc_traceback", "Exception traceback"),
    MP_STRUCTSEQ_FIELD(3, "thread", "Thread"),
    {NULL},
};

mp_structseq_type mp_type_thread_excepthook_args = MP_STRUCTSEQ_TYPE(
    "_thread._ExceptHookArgs", "ExceptHookArgs\n\nType used to pass arguments to threading.excepthook.",
    excepthook_args_fields, 4, 4, mp_structseq_new_from_args);

static int write_str(mp_obj file, const char *s)
{
    return mp_file_write_cstr(file, s, strlen(s));
}

/* threading.excepthook's default: "Exception in thread NAME:" and the
 * traceback on sys.stderr (or the thread's saved stderr). */
static mp_obj thread_excepthook(mp_obj self, mp_obj args)
{
    if (mp_type_of(args) != &mp_type_thread_excepthook_args.type)
        return mp_err_set_str(&mp_type_TypeError,
                              "_thread.excepthook argument type must be ExceptHookArgs");
    mp_obj *items = MP_TUPLE_ITEMS(args);
    mp_obj exc_type = items[0], exc_value = items[1], thread = items[3];
    if (exc_type == (mp_obj)&mp_type_SystemExit)
        MP_RETURN_NONE;
    mp_obj file = mp_the_interp.sysdict ? mp_dict_getitem_str(mp_the_interp.sysdict, "stderr") : NULL;
    if (file && file != mp_none) {
        mp_incref(file);
    } else {
        if (thread == mp_none)
            MP_RETURN_NONE;
        if (!(file = mp_obj_getattr_s(thread, "_stderr")))
            return NULL;
        if (file == mp_none) {
            mp_decref(file);
            MP_RETURN_NONE;
        }
    }
    mp_stdio_flush_stdout();
    int ok = write_str(file, "Exception in thread ") == 0;
    mp_obj name = ok && thread != mp_none ? mp_obj_getattr_s(thread, "name") : NULL;
    mp_obj s = NULL;
    if (name) {
        s = mp_obj_str(name);
        mp_decref(name);
    }
    if (!s) {
        mp_err_clear();
        s = mp_str_from_format("%lu", current_ident());
    }
    ok = ok && s && mp_file_write_str(file, s) == 0 && write_str(file, ":\n") == 0 &&
         mp_file_flush(file) == 0;
    mp_xdecref(s);
    if (ok && exc_value != mp_none) {
        mp_traceback_print_exception(exc_value, file);
        ok = mp_file_flush(file) == 0;
    }
    mp_decref(file);
    if (!ok)
        return NULL;
    MP_RETURN_NONE;
}

/* ---- threads ---------------------------------------------------------------------------------- */

/* What a new thread needs: the call to make and its state. */
typedef struct boot {
    mp_obj func, args, kwargs;
    mp_tstate *ts;
    mp_obj sentinel;  /* a lock from _set_sentinel(), released at the end, or NULL */
} boot;

/* The boot of the calling thread (NULL in the main thread). */
static __thread boot *current_boot;
/* Threads started here and still running (_count()); under the GIL. */
static intptr_t nthreads;
/* The stack size for new threads (0: the default), as stack_size() sets. */
static size_t stack_size_setting;

static void tstate_unlink(mp_tstate *ts)
{
    for (mp_tstate **p = &mp_the_interp.tstates; *p; p = &(*p)->next) {
        if (*p == ts) {
            *p = ts->next;
            break;
        }
    }
}

/* Prints an exception that ended a thread of start_new_thread, as
 * CPython: "Exception ignored in thread started by: <func>" and the
 * traceback. */
static void report_thread_exception(mp_obj func)
{
    mp_obj exc = mp_err_fetch();
    mp_obj r = mp_obj_repr(func);
    mp_stdio_flush_stdout();
    static const char head[] = "Exception ignored in thread started by: ";
    mp_write_stderr(NULL, head, sizeof head - 1);
    if (r) {
        mp_write_stderr(NULL, mp_str_utf8(r), mp_str_nbytes(r));
        mp_decref(r);
    } else {
        static const char failed[] = "<object repr() failed>";
        mp_err_clear();
        mp_write_stderr(NULL, failed, sizeof failed - 1);
    }
    mp_write_stderr(NULL, "\n", 1);
    mp_traceback_print_exception(exc, NULL);
    mp_decref(exc);
}

static void *thread_main(void *arg)
{
    boot *b = arg;
    mp_tstate *ts = b->ts;
    /* Ctrl-C goes to the main thread, which handles it. */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    mp_gil_take(ts);
    current_boot = b;
    mp_obj res = mp_call_tuple_dict(b->func, b->args, b->kwargs);
    if (res)
        mp_decref(res);
    else if (mp_err_matches(&mp_type_SystemExit))
        mp_err_clear(); /* _thread.exit() or sys.exit(): the thread ends quietly */
    else
        report_thread_exception(b->func);
    MP_CLEAR(b->func);
    MP_CLEAR(b->args);
    MP_CLEAR(b->kwargs);
    /* The thread state goes: what it holds first (that may run __del__
     * methods, still on this thread), then the sentinel that join()
     * waits for, then the state itself. */
    MP_CLEAR(ts->curexc);
    MP_CLEAR(ts->exc_state.exc);
    MP_CLEAR(ts->dict);
    MP_CLEAR(ts->trace_func);
    MP_CLEAR(ts->profile_func);
    if (mp_err_occurred())
        mp_err_clear();
    if (b->sentinel) {
        mp_lock *l = (mp_lock *)b->sentinel;
        if (sem_is_locked(&l->s))
            sem_release(&l->s);
        MP_CLEAR(b->sentinel);
    }
    current_boot = NULL;
    nthreads--;
    tstate_unlink(ts);
    mp_frame_stack_free(ts);
    mp_free(b);
    mp_free(ts);
    mp_current_tstate = NULL;
    mp_gil_drop();
    return NULL;
}

static mp_obj thread_start_new_thread(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("start_new_thread", nargs, 2, 3) < 0)
        return NULL;
    mp_obj func = args[0], fargs = args[1], kwargs = nargs > 2 ? args[2] : NULL;
    if (!mp_callable(func))
        return mp_err_set_str(&mp_type_TypeError, "first arg must be callable");
    if (!mp_tuple_check(fargs))
        return mp_err_set_str(&mp_type_TypeError, "2nd arg must be a tuple");
    if (kwargs && !mp_dict_check(kwargs))
        return mp_err_set_str(&mp_type_TypeError, "optional 3rd arg must be a dictionary");
    boot *b = mp_calloc(1, sizeof *b);
    mp_tstate *ts = mp_calloc(1, sizeof *ts);
    if (!b || !ts) {
        mp_free(b);
        mp_free(ts);
        return mp_err_no_memory();
    }
    ts->exc_info = &ts->exc_state;
    b->ts = ts;
    b->func = mp_newref(func);
    b->args = mp_newref(fargs);
    b->kwargs = kwargs ? mp_newref(kwargs) : NULL;
    /* Registered now, so that the collector and sys._current_frames see
     * it; it runs once this thread lets the GIL go. */
    ts->next = mp_the_interp.tstates;
    mp_the_interp.tstates = ts;
    /* Written once, before the first thread exists: the threads read it
     * without the GIL. */
    if (!mp_gil_threads_started)
        mp_gil_threads_started = 1;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    /* Python frames recurse on the C stack: give threads at least 8 MiB,
     * as the main thread usually has. */
    size_t size = stack_size_setting ? stack_size_setting : 8 * 1024 * 1024;
    pthread_attr_setstacksize(&attr, size);
    pthread_t tid;
    int err = pthread_create(&tid, &attr, thread_main, b);
    pthread_attr_destroy(&attr);
    if (err) {
        tstate_unlink(ts);
        mp_decref(b->func);
        mp_decref(b->args);
        mp_xdecref(b->kwargs);
        mp_free(b);
        mp_free(ts);
        return mp_err_set_str(&mp_type_RuntimeError, "can't start new thread");
    }
    ts->thread_id = (unsigned long)tid;
    nthreads++;
    return mp_int_from_size((size_t)tid);
}

static mp_obj thread_allocate_lock(mp_obj self)
{
    return lock_new_obj();
}

static mp_obj thread_exit(mp_obj self)
{
    return mp_err_set_object(&mp_type_SystemExit, NULL);
}

static mp_obj thread_get_ident(mp_obj self)
{
    return mp_int_from_size(current_ident());
}

static mp_obj thread_get_native_id(mp_obj self)
{
    return mp_int_from_ssize((intptr_t)gettid());
}

static mp_obj thread_count(mp_obj self)
{
    return mp_int_from_ssize(nthreads);
}

static mp_obj thread_stack_size(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("stack_size", nargs, 0, 1) < 0)
        return NULL;
    size_t old = stack_size_setting;
    if (nargs) {
        mp_obj i = mp_number_index(args[0]);
        if (!i)
            return NULL;
        intptr_t v;
        int r = mp_int_as_ssize(i, &v);
        mp_decref(i);
        if (r < 0)
            return NULL;
        if (v < 0)
            return mp_err_set_str(&mp_type_ValueError, "size must be 0 or a positive value");
        if (v != 0 && v < 32768)
            return mp_err_format(&mp_type_ValueError, "size not valid: %zd bytes", (ssize_t)v);
        stack_size_setting = (size_t)v;
    }
    return mp_int_from_size(old);
}

/* interrupt_main(signum=SIGINT): as if the signal had arrived.  minipy
 * handles only SIGINT (KeyboardInterrupt); other signals have no Python
 * handler and so do nothing, as CPython does for those. */
static mp_obj thread_interrupt_main(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("interrupt_main", nargs, 0, 1) < 0)
        return NULL;
    intptr_t signum = SIGINT;
    if (nargs) {
        mp_obj i = mp_number_index(args[0]);
        if (!i)
            return NULL;
        int r = mp_int_as_ssize(i, &signum);
        mp_decref(i);
        if (r < 0)
            return NULL;
    }
    if (signum < 1 || signum >= NSIG)
        return mp_err_set_str(&mp_type_ValueError, "signal number out of range");
    if (signum == SIGINT) {
        mp_pending_sigint = 1;
        mp_eval_breaker = 1;
    }
    MP_RETURN_NONE;
}

/* A new lock that is released, if locked, when this thread's state is
 * gone: threading takes it at once, and Thread.join() waits for it. */
static mp_obj thread_set_sentinel(mp_obj self)
{
    mp_obj l = lock_new_obj();
    if (!l)
        return NULL;
    if (current_boot)
        MP_SETREF(current_boot->sentinel, mp_newref(l));
    return l;
}

static const mp_method_def thread_methods[] = {
    {"start_new_thread", FN(thread_start_new_thread), MP_METH_FASTCALL,
     "start_new_thread(function, args[, kwargs])\n(start_new() is an obsolete synonym)\n\n"
     "Start a new thread and return its identifier.  The thread will call the\n"
     "function with positional arguments from the tuple args and keyword arguments\n"
     "taken from the optional dictionary kwargs.  The thread exits when the\n"
     "function returns; the return value is ignored.  The thread will also exit\n"
     "when the function raises an unhandled exception; a stack trace will be\n"
     "printed unless the exception is SystemExit.\n"},
    {"start_new", FN(thread_start_new_thread), MP_METH_FASTCALL,
     "start_new_thread(function, args[, kwargs])\n(start_new() is an obsolete synonym)"},
    {"allocate_lock", FN(thread_allocate_lock), MP_METH_NOARGS,
     "allocate_lock() -> lock object\n(allocate() is an obsolete synonym)\n\n"
     "Create a new lock object. See help(type(threading.Lock())) for\n"
     "information about locks."},
    {"allocate", FN(thread_allocate_lock), MP_METH_NOARGS,
     "allocate_lock() -> lock object\n(allocate() is an obsolete synonym)"},
    {"exit_thread", FN(thread_exit), MP_METH_NOARGS,
     "exit()\n(exit_thread() is an obsolete synonym)\n\n"
     "This is synonymous to ``raise SystemExit''.  It will cause the current\n"
     "thread to exit silently unless the exception is caught."},
    {"exit", FN(thread_exit), MP_METH_NOARGS,
     "exit()\n(exit_thread() is an obsolete synonym)\n\n"
     "This is synonymous to ``raise SystemExit''.  It will cause the current\n"
     "thread to exit silently unless the exception is caught."},
    {"interrupt_main", FN(thread_interrupt_main), MP_METH_FASTCALL,
     "interrupt_main(signum=signal.SIGINT, /)\n\n"
     "Simulate the arrival of the given signal in the main thread,\n"
     "where the corresponding signal handler will be executed.\n"
     "If *signum* is omitted, SIGINT is assumed.\n"
     "A subthread can use this function to interrupt the main thread.\n\n"
     "Note: the default signal handler for SIGINT raises ``KeyboardInterrupt``."},
    {"get_ident", FN(thread_get_ident), MP_METH_NOARGS,
     "get_ident() -> integer\n\n"
     "Return a non-zero integer that uniquely identifies the current thread\n"
     "amongst other threads that exist simultaneously.\n"
     "This may be used to identify per-thread resources.\n"
     "Even though on some platforms threads identities may appear to be\n"
     "allocated consecutive numbers starting at 1, this behavior should not\n"
     "be relied upon, and the number should be seen purely as a magic cookie.\n"
     "A thread's identity may be reused for another thread after it exits."},
    {"get_native_id", FN(thread_get_native_id), MP_METH_NOARGS,
     "get_native_id() -> integer\n\n"
     "Return a non-negative integer identifying the thread as reported\n"
     "by the OS (kernel). This may be used to uniquely identify a\n"
     "particular thread within a system."},
    {"_count", FN(thread_count), MP_METH_NOARGS,
     "_count() -> integer\n\n"
     "Return the number of currently running Python threads, excluding\n"
     "the main thread. The returned number comprises all threads created\n"
     "through `start_new_thread()` as well as `threading.Thread`, and not\n"
     "yet finished.\n\n"
     "This function is meant for internal and specialized purposes only.\n"
     "In most applications `threading.enumerate()` should be used instead."},
    {"stack_size", FN(thread_stack_size), MP_METH_FASTCALL,
     "stack_size([size]) -> size\n\n"
     "Return the thread stack size used when creating new threads.  The\n"
     "optional size argument specifies the stack size (in bytes) to be used\n"
     "for subsequently created threads, and must be 0 (use platform or\n"
     "configured default) or a positive integer value of at least 32,768 (32k)."},
    {"_set_sentinel", FN(thread_set_sentinel), MP_METH_NOARGS,
     "_set_sentinel() -> lock\n\n"
     "Set a sentinel lock that will be released when the current thread\n"
     "state is finalized (after it is untied from the interpreter).\n\n"
     "This is a private API for the threading module."},
    {"_excepthook", FN(thread_excepthook), MP_METH_O,
     "excepthook(exc_type, exc_value, exc_traceback, thread)\n\n"
     "Handle uncaught Thread.run() exception."},
    {NULL},
};

/* In a child after fork(): the threads started here are not there. */
static void thread_after_fork_child(void)
{
    nthreads = 0;
}

static int thread_exec(mp_obj m)
{
    static int atfork_registered;
    if (!atfork_registered) {
        pthread_atfork(NULL, NULL, thread_after_fork_child);
        atfork_registered = 1;
    }
    mp_obj timeout_max = mp_float_new((double)(TIMEOUT_MAX_US / 1000000));
    int r = timeout_max ? mp_module_add(m, "TIMEOUT_MAX", timeout_max) : -1;
    mp_xdecref(timeout_max);
    if (r < 0 || mp_structseq_ready(&mp_type_thread_excepthook_args) < 0 ||
        mp_module_add(m, "LockType", (mp_obj)&mp_type_thread_lock) < 0 ||
        mp_module_add(m, "RLock", (mp_obj)&mp_type_thread_rlock) < 0 ||
        mp_module_add(m, "_local", (mp_obj)&mp_type_thread_local) < 0 ||
        mp_module_add(m, "error", (mp_obj)&mp_type_RuntimeError) < 0 ||
        mp_module_add(m, "_ExceptHookArgs", (mp_obj)&mp_type_thread_excepthook_args.type) < 0)
        return -1;
    return 0;
}

const mp_module_def mp_module_thread = {
    "_thread",
    "This module provides primitive operations to write multi-threaded programs.\n"
    "The 'threading' module provides a more convenient interface.",
    thread_methods,
    thread_exec,
};
