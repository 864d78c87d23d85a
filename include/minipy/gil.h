/* The global interpreter lock (vm/gil.c): one thread runs Python code at
 * a time; a thread that wants to run sets the eval breaker, and the one
 * holding the lock drops it at the next check once its switch interval
 * (5 ms) has passed.  Blocking calls release it around the wait. */
#ifndef MINIPY_GIL_H
#define MINIPY_GIL_H

#include "minipy/state.h"

/* Called from the eval breaker: hands the lock over if another thread has
 * asked for it.  0 or -1 (with an exception from the thread switch). */
int mp_gil_yield_if_requested(void);

/* The switch interval in microseconds (sys.setswitchinterval; 5000). */
extern long mp_gil_interval_us;

/* Set once a second thread has been started (_thread): until then
 * releasing and taking the lock around blocking calls does nothing. */
extern int mp_gil_threads_started;

/* Around a blocking call: MP_BEGIN_ALLOW_THREADS ... MP_END_ALLOW_THREADS */
void *mp_gil_release(void);
void mp_gil_acquire(void *saved);
#define MP_BEGIN_ALLOW_THREADS { void *mp_gil_saved_ = mp_gil_release();
#define MP_END_ALLOW_THREADS mp_gil_acquire(mp_gil_saved_); }

/* Takes the lock for ts, which becomes the current thread state (a new
 * thread starting, start-up), and lets it go (a thread ending, shutdown).
 * The first thread state ever to take it is the main thread's. */
void mp_gil_take(mp_tstate *ts);
void mp_gil_drop(void);

/* Whether the calling thread is the main thread (signals go there). */
int mp_gil_is_main_thread(void);

/* In the child after fork(): the calling thread holds the lock, alone. */
void mp_gil_after_fork_child(void);

#endif
