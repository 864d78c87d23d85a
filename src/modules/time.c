/* The time module, as CPython 3.11's Modules/timemodule.c on Linux: the
 * clocks (clock_gettime), sleep (which lets other threads run and wakes
 * for Ctrl-C), struct_time and the conversions between timestamps, tuples
 * and text, and the time zone attributes. */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <time.h>

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/call.h"
#include "minipy/dict.h"
#include "minipy/exc.h"
#include "minipy/float.h"
#include "minipy/gil.h"
#include "minipy/int.h"
#include "minipy/mem.h"
#include "minipy/module.h"
#include "minipy/namespace.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/structseq.h"
#include "minipy/tuple.h"

#define FN(f) ((void (*)(void))(f))
#define NS_PER_SEC 1000000000LL

/* Set by the SIGINT handler (vm/ops.c); sleep checks it when woken. */
extern volatile sig_atomic_t mp_pending_sigint;

/* ---- struct_time ------------------------------------------------------------------------------------- */

static const mp_member_def struct_time_fields[] = {
    MP_STRUCTSEQ_FIELD(0, "tm_year", "year, for example, 1993"),
    MP_STRUCTSEQ_FIELD(1, "tm_mon", "month of year, range [1, 12]"),
    MP_STRUCTSEQ_FIELD(2, "tm_mday", "day of month, range [1, 31]"),
    MP_STRUCTSEQ_FIELD(3, "tm_hour", "hours, range [0, 23]"),
    MP_STRUCTSEQ_FIELD(4, "tm_min", "minutes, range [0, 59]"),
    MP_STRUCTSEQ_FIELD(5, "tm_sec", "seconds, range [0, 61])"),
    MP_STRUCTSEQ_FIELD(6, "tm_wday", "day of week, range [0, 6], Monday is 0"),
    MP_STRUCTSEQ_FIELD(7, "tm_yday", "day of year, range [1, 366]"),
    MP_STRUCTSEQ_FIELD(8, "tm_isdst", "1 if summer time is in effect, 0 if not, and -1 if unknown"),
    MP_STRUCTSEQ_FIELD(9, "tm_zone", "abbreviation of timezone name"),
    MP_STRUCTSEQ_FIELD(10, "tm_gmtoff", "offset from UTC in seconds"),
    {NULL},
};

mp_structseq_type mp_type_struct_time = MP_STRUCTSEQ_TYPE(
    "time.struct_time",
    "The time value as returned by gmtime(), localtime(), and strptime(), and\n"
    " accepted by asctime(), mktime() and strftime().  May be considered as a\n"
    " sequence of 9 integers.\n\n"
    " Note that several fields' values are not the same as those defined by\n"
    " the C language standard for struct tm.  For example, the value of the\n"
    " field tm_year is the actual year, not year - 1900.  See individual\n"
    " fields' descriptions for details.",
    struct_time_fields, 9, 11, mp_structseq_new_from_args);

static mp_obj tm_to_struct(const struct tm *t)
{
    mp_obj v[11] = {
        mp_int_from_ll((long long)t->tm_year + 1900), mp_small(t->tm_mon + 1), mp_small(t->tm_mday),
        mp_small(t->tm_hour), mp_small(t->tm_min), mp_small(t->tm_sec),
        mp_small((t->tm_wday + 6) % 7), mp_small(t->tm_yday + 1), mp_small(t->tm_isdst),
        t->tm_zone ? mp_str_decode_utf8(t->tm_zone, strlen(t->tm_zone), "surrogateescape")
                   : mp_newref(mp_none),
        mp_int_from_ll(t->tm_gmtoff),
    };
    int ok = mp_structseq_ready(&mp_type_struct_time) == 0;
    for (int i = 0; i < 11; i++)
        ok &= v[i] != NULL;
    mp_obj r = ok ? mp_structseq_pack(&mp_type_struct_time, v) : NULL;
    for (int i = 0; i < 11; i++)
        mp_xdecref(v[i]);
    return r;
}

/* A C int item of a time tuple, with CPython's "i" conversion errors. */
static int tuple_int(mp_obj o, int *out)
{
    mp_obj i = mp_number_index(o);
    if (!i)
        return -1;
    intptr_t v;
    int clipped = mp_int_as_ssize_clip(i, &v);
    mp_decref(i);
    if (clipped) {
        mp_err_set_str(&mp_type_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    if (v > INT_MAX || v < INT_MIN) {
        mp_err_set_str(&mp_type_OverflowError, v > INT_MAX ? "signed integer is greater than maximum"
                                                           : "signed integer is less than minimum");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* A time tuple (9 ints, or a struct_time with its zone) as a struct tm
 * in C's conventions (CPython's gettmarg). */
static int get_tm(mp_obj t, const char *fname, struct tm *p)
{
    memset(p, 0, sizeof *p);
    if (!mp_tuple_check(t)) {
        mp_err_set_str(&mp_type_TypeError, "Tuple or struct_time argument required");
        return -1;
    }
    if (MP_TUPLE_LEN(t) != 9) {
        mp_err_format(&mp_type_TypeError, "%s(): illegal time tuple argument", fname);
        return -1;
    }
    int v[9];
    for (int i = 0; i < 9; i++)
        if (tuple_int(MP_TUPLE_GET(t, i), &v[i]) < 0)
            return -1;
    if (v[0] < INT_MIN + 1900) {
        mp_err_set_str(&mp_type_OverflowError, "year out of range");
        return -1;
    }
    p->tm_year = v[0] - 1900;
    p->tm_mon = v[1] - 1;
    p->tm_mday = v[2];
    p->tm_hour = v[3];
    p->tm_min = v[4];
    p->tm_sec = v[5];
    p->tm_wday = (v[6] + 1) % 7;
    p->tm_yday = v[7] - 1;
    p->tm_isdst = v[8];
    if (mp_type_of(t) == &mp_type_struct_time.type) {
        mp_obj zone = MP_TUPLE_ITEMS(t)[9], off = MP_TUPLE_ITEMS(t)[10];
        if (zone != mp_none && mp_str_check(zone))
            p->tm_zone = mp_str_utf8(zone); /* borrowed from t, which outlives p's use */
        if (off != mp_none) {
            intptr_t g;
            if (mp_int_as_ssize(off, &g) < 0)
                return -1;
            p->tm_gmtoff = g;
        }
    }
    return 0;
}

/* CPython's checktm: the ranges asctime() and strftime() index by. */
static int check_tm(struct tm *p)
{
    const char *bad = NULL;
    if (p->tm_mon == -1)
        p->tm_mon = 0;
    else if (p->tm_mon < 0 || p->tm_mon > 11)
        bad = "month out of range";
    if (!bad && p->tm_mday == 0)
        p->tm_mday = 1;
    else if (!bad && (p->tm_mday < 0 || p->tm_mday > 31))
        bad = "day of month out of range";
    if (!bad && (p->tm_hour < 0 || p->tm_hour > 23))
        bad = "hour out of range";
    if (!bad && (p->tm_min < 0 || p->tm_min > 59))
        bad = "minute out of range";
    if (!bad && (p->tm_sec < 0 || p->tm_sec > 61))
        bad = "seconds out of range";
    if (!bad && p->tm_wday < 0)
        bad = "day of week out of range";
    if (!bad && p->tm_yday == -1)
        p->tm_yday = 0;
    else if (!bad && (p->tm_yday < 0 || p->tm_yday > 365))
        bad = "day of year out of range";
    if (bad) {
        mp_err_set_str(&mp_type_ValueError, bad);
        return -1;
    }
    return 0;
}

/* ---- timestamps ------------------------------------------------------------------------------------ */

static mp_obj time_t_overflow(void)
{
    return mp_err_set_str(&mp_type_OverflowError, "timestamp out of range for platform time_t");
}

/* seconds (None: now) as a time_t, rounded toward minus infinity, as
 * CPython's _PyTime_ObjectToTime_t(..., ROUND_FLOOR). */
static int get_time_t(mp_obj o, time_t *out)
{
    if (!o || o == mp_none) {
        *out = time(NULL);
        return 0;
    }
    if (mp_float_check(o)) {
        double d = floor(mp_float_value(o));
        if (isnan(d)) {
            mp_err_set_str(&mp_type_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) {
            time_t_overflow();
            return -1;
        }
        *out = (time_t)d;
        return 0;
    }
    mp_obj i = mp_number_index(o);
    if (!i)
        return -1;
    intptr_t v;
    int clipped = mp_int_as_ssize_clip(i, &v);
    mp_decref(i);
    if (clipped) {
        time_t_overflow();
        return -1;
    }
    *out = (time_t)v;
    return 0;
}

static mp_obj convert_time(mp_obj const *args, size_t nargs, const char *fname, int local)
{
    if (mp_arg_check_count(fname, nargs, 0, 1) < 0)
        return NULL;
    time_t t;
    if (get_time_t(nargs ? args[0] : NULL, &t) < 0)
        return NULL;
    struct tm buf;
    errno = 0;
    if (!(local ? localtime_r(&t, &buf) : gmtime_r(&t, &buf))) {
        if (errno == EOVERFLOW)
            return time_t_overflow();
        if (errno == 0)
            errno = EINVAL;
        return mp_err_from_errno(&mp_type_OSError, NULL);
    }
    return tm_to_struct(&buf);
}

static mp_obj time_gmtime(mp_obj self, mp_obj const *args, size_t nargs)
{
    return convert_time(args, nargs, "gmtime", 0);
}

static mp_obj time_localtime(mp_obj self, mp_obj const *args, size_t nargs)
{
    return convert_time(args, nargs, "localtime", 1);
}

static mp_obj time_mktime(mp_obj self, mp_obj t)
{
    struct tm buf;
    if (get_tm(t, "mktime", &buf) < 0)
        return NULL;
    buf.tm_wday = -1; /* mktime sets it: still -1 means it failed */
    time_t r = mktime(&buf);
    if (r == (time_t)-1 && buf.tm_wday == -1)
        return mp_err_set_str(&mp_type_OverflowError, "mktime argument out of range");
    return mp_float_new((double)r);
}

/* The tuple argument of asctime and strftime, or local time now. */
static int tm_arg(mp_obj const *args, size_t nargs, const char *fname, struct tm *p)
{
    if (nargs == 0 || args[0] == mp_none) {
        time_t t = time(NULL);
        if (!localtime_r(&t, p)) {
            mp_err_from_errno(&mp_type_OSError, NULL);
            return -1;
        }
        return 0;
    }
    return get_tm(args[0], fname, p) < 0 || check_tm(p) < 0 ? -1 : 0;
}

static mp_obj format_asctime(const struct tm *t)
{
    static const char days[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char months[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return mp_str_from_format("%s %s%3d %.2d:%.2d:%.2d %lld", days[t->tm_wday], months[t->tm_mon],
                              t->tm_mday, t->tm_hour, t->tm_min, t->tm_sec,
                              (long long)t->tm_year + 1900);
}

static mp_obj time_asctime(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("asctime", nargs, 0, 1) < 0)
        return NULL;
    struct tm buf;
    if (tm_arg(args, nargs, "asctime", &buf) < 0)
        return NULL;
    return format_asctime(&buf);
}

static mp_obj time_ctime(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("ctime", nargs, 0, 1) < 0)
        return NULL;
    time_t t;
    if (get_time_t(nargs ? args[0] : NULL, &t) < 0)
        return NULL;
    struct tm buf;
    errno = 0;
    if (!localtime_r(&t, &buf))
        return errno == EOVERFLOW ? time_t_overflow() : mp_err_from_errno(&mp_type_OSError, NULL);
    return format_asctime(&buf);
}

/* strftime(format[, tuple]): C's strftime into a buffer that grows until
 * the text fits (an empty result is only trusted from a large buffer). */
static mp_obj time_strftime(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("strftime", nargs, 1, 2) < 0)
        return NULL;
    mp_obj fmt = args[0];
    if (!mp_str_check(fmt))
        return mp_err_format(&mp_type_TypeError, "strftime() argument 1 must be str, not %s",
                             mp_type_of(fmt)->name);
    struct tm buf;
    if (tm_arg(args + 1, nargs - 1, "strftime", &buf) < 0)
        return NULL;
    if (buf.tm_isdst < -1)
        buf.tm_isdst = -1;
    else if (buf.tm_isdst > 1)
        buf.tm_isdst = 1;
    size_t fmtlen = mp_str_nbytes(fmt);
    if (strlen(mp_str_utf8(fmt)) != fmtlen)
        return mp_err_set_str(&mp_type_ValueError, "embedded null character");
    for (size_t size = 1024;; size += size) {
        char *out = mp_malloc(size);
        if (!out)
            return mp_err_no_memory();
        size_t n = strftime(out, size, mp_str_utf8(fmt), &buf);
        if (n > 0 || size >= 256 * fmtlen) {
            mp_obj r = mp_str_decode_utf8(out, n, "surrogateescape");
            mp_free(out);
            return r;
        }
        mp_free(out);
    }
}

static mp_obj time_strptime(mp_obj self, mp_obj const *args, size_t nargs)
{
    return mp_err_set_str(&mp_type_NotImplementedError,
                          "time.strptime() is not supported by minipy yet");
}

static int sleep_ns(mp_obj o, long long *ns);

/* ---- clocks ------------------------------------------------------------------------------------------- */

static long long clock_ns(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (long long)ts.tv_sec * NS_PER_SEC + ts.tv_nsec;
}

/* Nanoseconds as seconds, rounded as CPython's _PyTime_AsSecondsDouble. */
static mp_obj ns_to_float(long long ns)
{
    volatile double d;
    if (ns % NS_PER_SEC == 0)
        d = (double)(ns / NS_PER_SEC);
    else {
        d = (double)ns;
        d /= 1e9;
    }
    return mp_float_new(d);
}

static mp_obj time_time(mp_obj self) { return ns_to_float(clock_ns(CLOCK_REALTIME)); }
static mp_obj time_time_ns(mp_obj self) { return mp_int_from_ll(clock_ns(CLOCK_REALTIME)); }
static mp_obj time_monotonic(mp_obj self) { return ns_to_float(clock_ns(CLOCK_MONOTONIC)); }
static mp_obj time_monotonic_ns(mp_obj self) { return mp_int_from_ll(clock_ns(CLOCK_MONOTONIC)); }
static mp_obj time_process_time(mp_obj self)
{
    return ns_to_float(clock_ns(CLOCK_PROCESS_CPUTIME_ID));
}
static mp_obj time_process_time_ns(mp_obj self)
{
    return mp_int_from_ll(clock_ns(CLOCK_PROCESS_CPUTIME_ID));
}
static mp_obj time_thread_time(mp_obj self)
{
    return ns_to_float(clock_ns(CLOCK_THREAD_CPUTIME_ID));
}
static mp_obj time_thread_time_ns(mp_obj self)
{
    return mp_int_from_ll(clock_ns(CLOCK_THREAD_CPUTIME_ID));
}

static int clock_id_arg(mp_obj o, clockid_t *id)
{
    int v;
    if (tuple_int(o, &v) < 0)
        return -1;
    *id = (clockid_t)v;
    return 0;
}

static int read_clock(mp_obj o, struct timespec *ts, int res)
{
    clockid_t id;
    if (clock_id_arg(o, &id) < 0)
        return -1;
    if ((res ? clock_getres(id, ts) : clock_gettime(id, ts)) != 0) {
        mp_err_from_errno(&mp_type_OSError, NULL);
        return -1;
    }
    return 0;
}

static mp_obj time_clock_gettime(mp_obj self, mp_obj id)
{
    struct timespec ts;
    if (read_clock(id, &ts, 0) < 0)
        return NULL;
    return mp_float_new((double)ts.tv_sec + (double)ts.tv_nsec * 1e-9);
}

static mp_obj time_clock_gettime_ns(mp_obj self, mp_obj id)
{
    struct timespec ts;
    if (read_clock(id, &ts, 0) < 0)
        return NULL;
    return mp_int_from_ll((long long)ts.tv_sec * NS_PER_SEC + ts.tv_nsec);
}

static mp_obj time_clock_getres(mp_obj self, mp_obj id)
{
    struct timespec ts;
    if (read_clock(id, &ts, 1) < 0)
        return NULL;
    return mp_float_new((double)ts.tv_sec + (double)ts.tv_nsec * 1e-9);
}

/* clock_settime(clk_id, time) and clock_settime_ns(clk_id, time): usually
 * refused by the system (OSError), as in CPython. */
static mp_obj set_clock(mp_obj const *args, size_t nargs, const char *fname, int ns)
{
    if (nargs != 2)
        return mp_err_format(&mp_type_TypeError, "%s() takes exactly 2 arguments (%zu given)", fname,
                             nargs);
    clockid_t id;
    if (clock_id_arg(args[0], &id) < 0)
        return NULL;
    long long v;
    if (ns) {
        if (!mp_int_check(args[1]))
            return mp_err_format(&mp_type_TypeError, "expect int, got %s", mp_type_of(args[1])->name);
        intptr_t i;
        if (mp_int_as_ssize(args[1], &i) < 0)
            return NULL;
        v = i;
    } else if (sleep_ns(args[1], &v) < 0) {
        return NULL;
    }
    struct timespec ts = {(time_t)(v / NS_PER_SEC), (long)(v % NS_PER_SEC)};
    if (ts.tv_nsec < 0) {
        ts.tv_nsec += NS_PER_SEC;
        ts.tv_sec--;
    }
    if (clock_settime(id, &ts) != 0)
        return mp_err_from_errno(&mp_type_OSError, NULL);
    MP_RETURN_NONE;
}

static mp_obj time_clock_settime(mp_obj self, mp_obj const *args, size_t nargs)
{
    return set_clock(args, nargs, "clock_settime", 0);
}

static mp_obj time_clock_settime_ns(mp_obj self, mp_obj const *args, size_t nargs)
{
    return set_clock(args, nargs, "clock_settime_ns", 1);
}

/* get_clock_info(name): how each clock is read, as CPython reports it. */
static mp_obj time_get_clock_info(mp_obj self, mp_obj name)
{
    static const struct {
        const char *name, *impl;
        clockid_t id;
        int monotonic, adjustable;
    } clocks[] = {
        {"time", "clock_gettime(CLOCK_REALTIME)", CLOCK_REALTIME, 0, 1},
        {"monotonic", "clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, 1, 0},
        {"perf_counter", "clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, 1, 0},
        {"process_time", "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", CLOCK_PROCESS_CPUTIME_ID, 1, 0},
        {"thread_time", "clock_gettime(CLOCK_THREAD_CPUTIME_ID)", CLOCK_THREAD_CPUTIME_ID, 1, 0},
    };
    if (!mp_str_check(name))
        return mp_err_format(&mp_type_TypeError, "get_clock_info() argument must be str, not %s",
                             mp_type_of(name)->name);
    for (size_t i = 0; i < sizeof clocks / sizeof clocks[0]; i++) {
        if (!mp_str_eq_cstr(name, clocks[i].name))
            continue;
        struct timespec res;
        clock_getres(clocks[i].id, &res);
        mp_obj d = mp_dict_new();
        mp_obj impl = mp_str_from_cstr(clocks[i].impl);
        mp_obj r = mp_float_new((double)res.tv_sec + (double)res.tv_nsec * 1e-9);
        int ok = d && impl && r && mp_dict_setitem_str(d, "implementation", impl) == 0 &&
                 mp_dict_setitem_str(d, "monotonic", mp_bool(clocks[i].monotonic)) == 0 &&
                 mp_dict_setitem_str(d, "adjustable", mp_bool(clocks[i].adjustable)) == 0 &&
                 mp_dict_setitem_str(d, "resolution", r) == 0;
        mp_obj ns = ok ? mp_namespace_new(d) : NULL;
        mp_xdecref(d);
        mp_xdecref(impl);
        mp_xdecref(r);
        return ns;
    }
    return mp_err_set_str(&mp_type_ValueError, "unknown clock");
}

/* ---- sleep -------------------------------------------------------------------------------------------- */

/* secs as nanoseconds, as CPython's _PyTime_FromSecondsObject with
 * ROUND_TIMEOUT: floats round away from zero. */
static int sleep_ns(mp_obj o, long long *ns)
{
    if (mp_float_check(o)) {
        double d = mp_float_value(o);
        if (isnan(d)) {
            mp_err_set_str(&mp_type_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        d *= 1e9;
        d = d >= 0 ? ceil(d) : floor(d);
        if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) {
            time_t_overflow();
            return -1;
        }
        *ns = (long long)d;
        return 0;
    }
    mp_obj i = mp_number_index(o);
    if (!i)
        return -1;
    intptr_t s;
    int clipped = mp_int_as_ssize_clip(i, &s);
    mp_decref(i);
    if (clipped || __builtin_mul_overflow((long long)s, NS_PER_SEC, ns)) {
        mp_err_set_str(&mp_type_OverflowError, "timestamp too large to convert to C _PyTime_t");
        return -1;
    }
    return 0;
}

/* sleep(secs): waits on the monotonic clock until the deadline, without
 * the GIL; a signal wakes it, and Ctrl-C raises KeyboardInterrupt. */
static mp_obj time_sleep(mp_obj self, mp_obj secs)
{
    long long ns;
    if (sleep_ns(secs, &ns) < 0)
        return NULL;
    if (ns < 0)
        return mp_err_set_str(&mp_type_ValueError, "sleep length must be non-negative");
    struct timespec deadline;
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    long long end_ns = (long long)deadline.tv_nsec + ns % NS_PER_SEC;
    deadline.tv_sec += (time_t)(ns / NS_PER_SEC + end_ns / NS_PER_SEC);
    deadline.tv_nsec = (long)(end_ns % NS_PER_SEC);
    for (;;) {
        int r;
        MP_BEGIN_ALLOW_THREADS
        r = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, NULL);
        MP_END_ALLOW_THREADS
        if (r == 0)
            break;
        if (r != EINTR) {
            errno = r;
            return mp_err_from_errno(&mp_type_OSError, NULL);
        }
        if (mp_pending_sigint && mp_handle_eval_breaker() < 0)
            return NULL;
    }
    MP_RETURN_NONE;
}

/* ---- time zones ---------------------------------------------------------------------------------------- */

/* timezone, altzone, daylight and tzname as CPython 3.11 finds them on
 * glibc: from the offsets of local time in January and in July of this
 * year (the one further west is standard time). */
static mp_obj zone_name(const struct tm *t)
{
    const char *z = t->tm_zone ? t->tm_zone : "   ";
    return mp_str_decode_utf8(z, strnlen(z, 9), "surrogateescape");
}

static int init_timezone(mp_obj m)
{
    const time_t year = (365 * 24 + 6) * 3600;
    time_t t = (time(NULL) / year) * year;
    struct tm jan, jul;
    tzset();
    if (!localtime_r(&t, &jan))
        return (mp_err_from_errno(&mp_type_OSError, NULL), -1);
    t += year / 2;
    if (!localtime_r(&t, &jul))
        return (mp_err_from_errno(&mp_type_OSError, NULL), -1);
    long janzone = -jan.tm_gmtoff, julzone = -jul.tm_gmtoff;
    /* South of the equator summer time is in January. */
    int south = janzone < julzone;
    mp_obj n0 = zone_name(south ? &jul : &jan), n1 = zone_name(south ? &jan : &jul);
    mp_obj names = n0 && n1 ? mp_tuple_pack(2, n0, n1) : NULL;
    mp_xdecref(n0);
    mp_xdecref(n1);
    int r = names ? mp_module_add(m, "tzname", names) : -1;
    mp_xdecref(names);
    if (r < 0 || mp_module_add_int(m, "timezone", south ? julzone : janzone) < 0 ||
        mp_module_add_int(m, "altzone", south ? janzone : julzone) < 0 ||
        mp_module_add_int(m, "daylight", janzone != julzone) < 0)
        return -1;
    return 0;
}

/* tzset(): self is the module (module functions are bound to it). */
static mp_obj time_tzset(mp_obj self)
{
    if (init_timezone(self) < 0)
        return NULL;
    MP_RETURN_NONE;
}

static const mp_method_def time_methods[] = {
    {"time", FN(time_time), MP_METH_NOARGS,
     "time() -> floating point number\n\nReturn the current time in seconds since the Epoch.\n"
     "Fractions of a second may be present if the system clock provides them."},
    {"time_ns", FN(time_time_ns), MP_METH_NOARGS,
     "time_ns() -> int\n\nReturn the current time in nanoseconds since the Epoch."},
    {"monotonic", FN(time_monotonic), MP_METH_NOARGS,
     "monotonic() -> float\n\nMonotonic clock, cannot go backward."},
    {"monotonic_ns", FN(time_monotonic_ns), MP_METH_NOARGS,
     "monotonic_ns() -> int\n\nMonotonic clock, cannot go backward, as nanoseconds."},
    {"perf_counter", FN(time_monotonic), MP_METH_NOARGS,
     "perf_counter() -> float\n\nPerformance counter for benchmarking."},
    {"perf_counter_ns", FN(time_monotonic_ns), MP_METH_NOARGS,
     "perf_counter_ns() -> int\n\nPerformance counter for benchmarking as nanoseconds."},
    {"process_time", FN(time_process_time), MP_METH_NOARGS,
     "process_time() -> float\n\nProcess time for profiling: sum of the kernel and user-space CPU time."},
    {"process_time_ns", FN(time_process_time_ns), MP_METH_NOARGS,
     "process_time() -> int\n\nProcess time for profiling as nanoseconds:\n"
     "sum of the kernel and user-space CPU time."},
    {"thread_time", FN(time_thread_time), MP_METH_NOARGS,
     "thread_time() -> float\n\nThread time for profiling: sum of the kernel and user-space CPU time."},
    {"thread_time_ns", FN(time_thread_time_ns), MP_METH_NOARGS,
     "thread_time() -> int\n\nThread time for profiling as nanoseconds:\n"
     "sum of the kernel and user-space CPU time."},
    {"sleep", FN(time_sleep), MP_METH_O,
     "sleep(seconds)\n\nDelay execution for a given number of seconds.  The argument may be\n"
     "a floating point number for subsecond precision."},
    {"gmtime", FN(time_gmtime), MP_METH_FASTCALL,
     "gmtime([seconds]) -> (tm_year, tm_mon, tm_mday, tm_hour, tm_min,\n"
     "                       tm_sec, tm_wday, tm_yday, tm_isdst)\n\n"
     "Convert seconds since the Epoch to a time tuple expressing UTC (a.k.a.\n"
     "GMT).  When 'seconds' is not passed in, convert the current time instead.\n\n"
     "If the platform supports the tm_gmtoff and tm_zone, they are available as\n"
     "attributes only."},
    {"localtime", FN(time_localtime), MP_METH_FASTCALL,
     "localtime([seconds]) -> (tm_year,tm_mon,tm_mday,tm_hour,tm_min,\n"
     "                          tm_sec,tm_wday,tm_yday,tm_isdst)\n\n"
     "Convert seconds since the Epoch to a time tuple expressing local time.\n"
     "When 'seconds' is not passed in, convert the current time instead."},
    {"mktime", FN(time_mktime), MP_METH_O,
     "mktime(tuple) -> floating point number\n\n"
     "Convert a time tuple in local time to seconds since the Epoch.\n"
     "Note that mktime(gmtime(0)) will not generally return zero for most\n"
     "time zones; instead the returned value will either be equal to that\n"
     "of the timezone or altzone attributes on the time module."},
    {"asctime", FN(time_asctime), MP_METH_FASTCALL,
     "asctime([tuple]) -> string\n\n"
     "Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'.\n"
     "When the time tuple is not present, current time as returned by localtime()\n"
     "is used."},
    {"ctime", FN(time_ctime), MP_METH_FASTCALL,
     "ctime(seconds) -> string\n\n"
     "Convert a time in seconds since the Epoch to a string in local time.\n"
     "This is equivalent to asctime(localtime(seconds)). When the time tuple is\n"
     "not present, current time as returned by localtime() is used."},
    {"strftime", FN(time_strftime), MP_METH_FASTCALL,
     "strftime(format[, tuple]) -> string\n\n"
     "Convert a time tuple to a string according to a format specification.\n"
     "See the library reference manual for formatting codes. When the time tuple\n"
     "is not present, current time as returned by localtime() is used."},
    {"strptime", FN(time_strptime), MP_METH_FASTCALL,
     "strptime(string, format) -> struct_time\n\n"
     "Parse a string to a time tuple according to a format specification."},
    {"clock_gettime", FN(time_clock_gettime), MP_METH_O,
     "clock_gettime(clk_id) -> float\n\nReturn the time of the specified clock clk_id."},
    {"clock_gettime_ns", FN(time_clock_gettime_ns), MP_METH_O,
     "clock_gettime_ns(clk_id) -> int\n\nReturn the time of the specified clock clk_id as nanoseconds."},
    {"clock_getres", FN(time_clock_getres), MP_METH_O,
     "clock_getres(clk_id) -> floating point number\n\n"
     "Return the resolution (precision) of the specified clock clk_id."},
    {"clock_settime", FN(time_clock_settime), MP_METH_FASTCALL,
     "clock_settime(clk_id, time)\n\nSet the time of the specified clock clk_id."},
    {"clock_settime_ns", FN(time_clock_settime_ns), MP_METH_FASTCALL,
     "clock_settime_ns(clk_id, time)\n\nSet the time of the specified clock clk_id with nanoseconds."},
    {"get_clock_info", FN(time_get_clock_info), MP_METH_O,
     "get_clock_info(name: str) -> dict\n\nGet information of the specified clock."},
    {"tzset", FN(time_tzset), MP_METH_NOARGS,
     "tzset()\n\nInitialize, or reinitialize, the local timezone to the value stored in\n"
     "os.environ['TZ']."},
    {NULL},
};

static int time_exec(mp_obj m)
{
    if (mp_structseq_ready(&mp_type_struct_time) < 0 ||
        mp_module_add(m, "struct_time", (mp_obj)&mp_type_struct_time.type) < 0 ||
        mp_module_add_int(m, "_STRUCT_TM_ITEMS", 11) < 0 ||
        mp_module_add_int(m, "CLOCK_REALTIME", CLOCK_REALTIME) < 0 ||
        mp_module_add_int(m, "CLOCK_MONOTONIC", CLOCK_MONOTONIC) < 0 ||
        mp_module_add_int(m, "CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW) < 0 ||
        mp_module_add_int(m, "CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID) < 0 ||
        mp_module_add_int(m, "CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID) < 0 ||
        mp_module_add_int(m, "CLOCK_BOOTTIME", CLOCK_BOOTTIME) < 0 ||
        mp_module_add_int(m, "CLOCK_TAI", CLOCK_TAI) < 0)
        return -1;
    return init_timezone(m);
}

const mp_module_def mp_module_time = {
    "time",
    "This module provides various functions to manipulate time values.\n\n"
    "There are two standard representations of time.  One is the number\n"
    "of seconds since the Epoch, in UTC (a.k.a. GMT).  It may be an integer\n"
    "or a floating point number (to represent fractions of seconds).\n"
    "The Epoch is system-defined; on Unix, it is generally January 1st, 1970.\n"
    "The actual value can be retrieved by calling gmtime(0).\n\n"
    "The other representation is a tuple of 9 integers giving local time.\n"
    "The tuple items are:\n"
    "  year (including century, e.g. 1998)\n"
    "  month (1-12)\n"
    "  day (1-31)\n"
    "  hours (0-23)\n"
    "  minutes (0-59)\n"
    "  seconds (0-59)\n"
    "  weekday (0-6, Monday is 0)\n"
    "  Julian day (day in the year, 1-366)\n"
    "  DST (Daylight Savings Time) flag (-1, 0 or 1)\n"
    "If the DST flag is 0, the time is given in the regular time zone;\n"
    "if it is 1, the time is given in the DST time zone;\n"
    "if it is -1, mktime() should guess based on the date and time.\n",
    time_methods,
    time_exec,
};
