/* The global interpreter lock (gil.h).  A mutex guards `locked`; a thread
 * that wants the lock waits on the condition variable, and after the
 * switch interval it sets drop_request (and the eval breaker) so that the
 * holder lets go at its next check.  The holder waits until another thread
 * has actually taken the lock, so that a releasing thread cannot grab it
 * straight back (CPython's FORCE_SWITCHING). */
#include <errno.h>
#include <pthread.h>
#include <time.h>

#include "minipy/call.h"
#include "minipy/gil.h"
#include "minipy/state.h"

static pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cond = PTHREAD_COND_INITIALIZER;
static pthread_cond_t switched = PTHREAD_COND_INITIALIZER;
static int locked;
static int waiters;
static unsigned long switch_number;
static volatile int drop_request;
static mp_tstate *holder;
long mp_gil_interval_us = 5000; /* sys.setswitchinterval */
int mp_gil_threads_started;      /* until then there is nothing to do */

static void take(mp_tstate *ts)
{
    pthread_mutex_lock(&mutex);
    waiters++;
    while (locked) {
        unsigned long saved = switch_number;
        struct timespec deadline;
        clock_gettime(CLOCK_REALTIME, &deadline);
        deadline.tv_nsec += mp_gil_interval_us * 1000;
        while (deadline.tv_nsec >= 1000000000) {
            deadline.tv_nsec -= 1000000000;
            deadline.tv_sec++;
        }
        int r = pthread_cond_timedwait(&cond, &mutex, &deadline);
        /* Waited a whole interval without a switch: ask the holder. */
        if (r == ETIMEDOUT && locked && switch_number == saved) {
            drop_request = 1;
            mp_eval_breaker = 1;
        }
    }
    waiters--;
    locked = 1;
    holder = ts;
    switch_number++;
    drop_request = 0;
    pthread_cond_signal(&switched);
    pthread_mutex_unlock(&mutex);
    mp_current_tstate = ts;
}

static void drop(void)
{
    pthread_mutex_lock(&mutex);
    locked = 0;
    holder = NULL;
    pthread_cond_signal(&cond);
    pthread_mutex_unlock(&mutex);
}

void mp_gil_take(mp_tstate *ts) { take(ts); }
void mp_gil_drop(void) { drop(); }

void *mp_gil_release(void)
{
    mp_tstate *ts = mp_current_tstate;
    if (!mp_gil_threads_started)
        return ts;
    drop();
    return ts;
}

void mp_gil_acquire(void *saved)
{
    if (!mp_gil_threads_started)
        return;
    take((mp_tstate *)saved);
}

int mp_gil_yield_if_requested(void)
{
    if (!mp_gil_threads_started || !drop_request)
        return 0;
    mp_tstate *ts = mp_current_tstate;
    pthread_mutex_lock(&mutex);
    unsigned long before = switch_number;
    locked = 0;
    holder = NULL;
    pthread_cond_signal(&cond);
    /* Wait until someone else has taken it, then queue up again. */
    while (waiters > 0 && switch_number == before)
        pthread_cond_wait(&switched, &mutex);
    pthread_mutex_unlock(&mutex);
    take(ts);
    return 0;
}
