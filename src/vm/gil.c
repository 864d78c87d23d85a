/* The global interpreter lock (gil.h).
 *
 * One thread runs Python code at a time: the one holding the GIL.  The
 * lock is a flag (`locked`) guarded by a mutex, with two condition
 * variables: `released`, on which threads wanting the lock wait, and
 * `switched`, on which a thread that gave the lock up on request waits
 * until somebody else has really taken it.
 *
 * The holder never gives the lock up by itself.  A thread that has waited
 * a whole switch interval (5 ms, sys.setswitchinterval) without seeing the
 * lock change hands sets drop_request and the eval breaker; the holder
 * sees the breaker at its next check (a backward jump or a call: eval.c),
 * drops the lock and waits on `switched` until a waiter has taken it, so
 * that it cannot grab the lock straight back (CPython's FORCE_SWITCHING).
 * That is the fairness: a thread that wants to run gets to within about
 * one interval.
 *
 * Blocking calls (time.sleep, file I/O, lock acquires, joins) release the
 * lock around the wait: MP_BEGIN_ALLOW_THREADS ... MP_END_ALLOW_THREADS.
 * Until a second thread exists (mp_gil_threads_started) those are no-ops.
 *
 * At shutdown (mp_the_interp.finalizing), a thread other than the main one
 * that tries to take the lock never gets it: daemon threads stop there, as
 * in CPython, while the main thread tears the interpreter down. */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <time.h>

#include "minipy/call.h"
#include "minipy/gil.h"
#include "minipy/state.h"

static pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t released = PTHREAD_COND_INITIALIZER;
static pthread_cond_t switched = PTHREAD_COND_INITIALIZER;
static pthread_cond_t never = PTHREAD_COND_INITIALIZER; /* parked threads wait here */
/* All under mutex. */
static int locked;
static int waiters;               /* threads waiting in take(), parked ones not counted */
static unsigned long switch_number; /* how many times the lock changed hands */
static mp_tstate *last_holder;
static mp_tstate *main_ts;        /* the first thread to take the lock: the main thread */

/* Set by a waiter without the mutex held by the holder: an atomic. */
static atomic_int drop_request;

long mp_gil_interval_us = 5000; /* sys.setswitchinterval, in microseconds */
int mp_gil_threads_started;      /* set by _thread once a second thread exists */

extern volatile sig_atomic_t mp_pending_sigint;

/* Interpreter shutdown has begun and ts is not the main thread: it waits
 * here for good (with mutex held on entry).  The process ends around it. */
static void park_forever(void)
{
    for (;;)
        pthread_cond_wait(&never, &mutex);
}

static int must_park(mp_tstate *ts)
{
    return mp_the_interp.finalizing && ts != main_ts;
}

static void take(mp_tstate *ts)
{
    pthread_mutex_lock(&mutex);
    if (!main_ts) {
        main_ts = ts;
        pthread_atfork(NULL, NULL, mp_gil_after_fork_child);
    }
    if (must_park(ts))
        park_forever();
    waiters++;
    while (locked) {
        unsigned long saved = switch_number;
        struct timespec deadline;
        clock_gettime(CLOCK_REALTIME, &deadline);
        long interval = mp_gil_interval_us > 0 ? mp_gil_interval_us : 1;
        deadline.tv_sec += interval / 1000000;
        deadline.tv_nsec += (interval % 1000000) * 1000;
        if (deadline.tv_nsec >= 1000000000) {
            deadline.tv_nsec -= 1000000000;
            deadline.tv_sec++;
        }
        int r = pthread_cond_timedwait(&released, &mutex, &deadline);
        if (must_park(ts)) {
            /* Not a waiter any more: a holder waiting for a switch must
             * not wait for this one. */
            waiters--;
            pthread_cond_broadcast(&switched);
            park_forever();
        }
        /* A whole interval without the lock changing hands: ask the
         * holder to let go at its next check. */
        if (r == ETIMEDOUT && locked && switch_number == saved) {
            atomic_store(&drop_request, 1);
            mp_eval_breaker = 1;
        }
    }
    waiters--;
    locked = 1;
    if (last_holder != ts) {
        last_holder = ts;
        switch_number++;
    }
    /* Whoever asked has it now (or it was us); the others ask again. */
    atomic_store(&drop_request, 0);
    pthread_cond_signal(&switched);
    pthread_mutex_unlock(&mutex);
    mp_current_tstate = ts;
    /* A Ctrl-C that arrived while the main thread was away is handled at
     * its next check; other threads never see it (ops.c). */
    if (ts == main_ts && mp_pending_sigint)
        mp_eval_breaker = 1;
}

static void drop(void)
{
    pthread_mutex_lock(&mutex);
    locked = 0;
    pthread_cond_signal(&released);
    pthread_mutex_unlock(&mutex);
}

void mp_gil_take(mp_tstate *ts) { take(ts); }
void mp_gil_drop(void) { drop(); }

int mp_gil_is_main_thread(void)
{
    return main_ts == NULL || mp_current_tstate == main_ts;
}

void *mp_gil_release(void)
{
    mp_tstate *ts = mp_current_tstate;
    if (mp_gil_threads_started)
        drop();
    return ts;
}

void mp_gil_acquire(void *saved)
{
    if (mp_gil_threads_started)
        take((mp_tstate *)saved);
}

int mp_gil_yield_if_requested(void)
{
    if (!mp_gil_threads_started || !atomic_load(&drop_request))
        return 0;
    mp_tstate *ts = mp_current_tstate;
    pthread_mutex_lock(&mutex);
    locked = 0;
    pthread_cond_signal(&released);
    /* Wait until another thread has taken it (and so cannot be starved by
     * this one taking it straight back), unless nobody is waiting any
     * more. */
    while (waiters > 0 && last_holder == ts)
        pthread_cond_wait(&switched, &mutex);
    pthread_mutex_unlock(&mutex);
    take(ts);
    return 0;
}

/* After fork() in the child (a pthread_atfork handler): only the forking
 * thread exists, and it holds the lock.  The mutex and conditions are made
 * afresh, since another thread may have held the mutex at the moment of
 * the fork, and the other threads' states are forgotten: their threads
 * are not in this process.  (What they own is not freed: a forked child
 * normally ends with os._exit().) */
void mp_gil_after_fork_child(void)
{
    mp_tstate *ts = mp_current_tstate;
    if (ts) {
        mp_the_interp.tstates = ts;
        ts->next = NULL;
    }
    pthread_mutex_init(&mutex, NULL);
    pthread_cond_init(&released, NULL);
    pthread_cond_init(&switched, NULL);
    pthread_cond_init(&never, NULL);
    locked = 1;
    waiters = 0;
    last_holder = mp_current_tstate;
    main_ts = mp_current_tstate;
    atomic_store(&drop_request, 0);
}
