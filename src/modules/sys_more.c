/* The parts of the sys module beyond sys.c's core: the switch interval,
 * the int digit limit, trace and profile functions, audit hooks, and the
 * information attributes (flags, float_info, int_info, hash_info,
 * thread_info, version_info, implementation, ...) with CPython 3.11's
 * types and values. */
#include <float.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/dict.h"
#include "minipy/exc.h"
#include "minipy/float.h"
#include "minipy/frame.h"
#include "minipy/gen.h"
#include "minipy/gil.h"
#include "minipy/int.h"
#include "minipy/list.h"
#include "minipy/module.h"
#include "minipy/namespace.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/structseq.h"
#include "minipy/trace.h"
#include "minipy/tuple.h"
#include "minipy/version.h"

#define FN(f) ((void (*)(void))(f))

/* builtins_site.c */
extern const char mp_copyright_text[];

/* ---- functions -------------------------------------------------------------------------------------- */

static mp_obj sys_getswitchinterval(mp_obj self)
{
    return mp_float_new(1e-6 * (double)mp_gil_interval_us);
}

/* Stored in whole microseconds, as CPython stores it: setswitchinterval
 * (1e-9) reads back as 0.0. */
static mp_obj sys_setswitchinterval(mp_obj self, mp_obj arg)
{
    double d;
    if (mp_float_check_exact(arg))
        d = mp_float_value(arg);
    else if (mp_float_as_double(arg, &d) < 0)
        return NULL;
    if (!(d > 0.0))
        return mp_err_set_str(&mp_type_ValueError, "switch interval must be strictly positive");
    mp_gil_interval_us = (long)(1e6 * d);
    MP_RETURN_NONE;
}

static mp_obj sys_get_int_max_str_digits(mp_obj self)
{
    return mp_int_from_ssize(mp_int_max_str_digits);
}

static mp_obj sys_set_int_max_str_digits(mp_obj self, mp_obj const *args, size_t nargs,
                                         mp_obj kwnames)
{
    static const char *const kwlist[] = {"maxdigits", NULL};
    mp_obj arg;
    if (mp_arg_parse(args, nargs, kwnames, "set_int_max_str_digits", kwlist, 1, 1, &arg) < 0)
        return NULL;
    mp_obj i = mp_number_index(arg);
    if (!i)
        return NULL;
    intptr_t n;
    int clipped = mp_int_as_ssize_clip(i, &n);
    mp_decref(i);
    if (clipped || n > INT_MAX || n < INT_MIN)
        return mp_err_set_str(&mp_type_OverflowError, "Python int too large to convert to C int");
    if (n != 0 && n < MP_INT_MAX_STR_DIGITS_THRESHOLD)
        return mp_err_format(&mp_type_ValueError, "maxdigits must be 0 or larger than %d",
                             MP_INT_MAX_STR_DIGITS_THRESHOLD);
    mp_int_max_str_digits = n;
    MP_RETURN_NONE;
}

static mp_obj sys_getfilesystemencoding(mp_obj self) { return mp_str_from_cstr("utf-8"); }
static mp_obj sys_getfilesystemencodeerrors(mp_obj self)
{
    return mp_str_from_cstr("surrogateescape");
}

static mp_obj sys_is_finalizing(mp_obj self) { return mp_bool(mp_the_interp.finalizing); }

/* Audit events: minipy raises none itself, and keeps no hooks, so both
 * are no-ops (with CPython's argument checks). */
static mp_obj sys_audit(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (nargs == 0)
        return mp_err_set_str(&mp_type_TypeError,
                              "audit() missing 1 required positional argument: 'event'");
    MP_RETURN_NONE;
}

static mp_obj sys_addaudithook(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"hook", NULL};
    mp_obj hook;
    if (mp_arg_parse(args, nargs, kwnames, "addaudithook", kwlist, 1, 1, &hook) < 0)
        return NULL;
    MP_RETURN_NONE;
}

static mp_obj sys_call_tracing(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("call_tracing", nargs, 2, 2) < 0)
        return NULL;
    if (!mp_tuple_check(args[1]))
        return mp_err_format(&mp_type_TypeError, "call_tracing() argument 2 must be tuple, not %s",
                             mp_type_of(args[1])->name);
    return mp_call_tuple_dict(args[0], args[1], NULL);
}

/* sys.settrace / sys.setprofile: the thread keeps the function, and the
 * tracer (vm/settrace.c) calls it. */
static mp_obj sys_settrace(mp_obj self, mp_obj f)
{
    if (mp_trace_set_trace(f) < 0)
        return NULL;
    MP_RETURN_NONE;
}

static mp_obj sys_gettrace(mp_obj self)
{
    mp_obj f = mp_ts()->trace_func;
    return mp_newref(f ? f : mp_none);
}

static mp_obj sys_setprofile(mp_obj self, mp_obj f)
{
    if (mp_trace_set_profile(f) < 0)
        return NULL;
    MP_RETURN_NONE;
}

static mp_obj sys_getprofile(mp_obj self)
{
    mp_obj f = mp_ts()->profile_func;
    return mp_newref(f ? f : mp_none);
}

static mp_obj sys_breakpointhook(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return mp_err_set_str(&mp_type_NotImplementedError,
                          "breakpoint() is not supported by minipy: it has no debugger (pdb); "
                          "use print() or run the program with --trace");
}

static mp_obj sys_clear_type_cache(mp_obj self) { MP_RETURN_NONE; }

/* minipy has its own allocator counters only in the debug build: 0. */
static mp_obj sys_getallocatedblocks(mp_obj self) { return mp_small(0); }

/* Settings kept for programs that read them back; nothing else uses them
 * yet (coroutines record no origin, nothing is loaded with dlopen). */
static int origin_depth;
static long dlopen_flags = 2; /* RTLD_NOW */

static int c_int_arg(mp_obj o, intptr_t *v)
{
    mp_obj i = mp_number_index(o);
    if (!i)
        return -1;
    int clipped = mp_int_as_ssize_clip(i, v);
    mp_decref(i);
    if (clipped || *v > INT_MAX || *v < INT_MIN) {
        mp_err_set_str(&mp_type_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    return 0;
}

static mp_obj sys_get_origin_depth(mp_obj self) { return mp_small(origin_depth); }

static mp_obj sys_set_origin_depth(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"depth", NULL};
    mp_obj arg;
    intptr_t v;
    if (mp_arg_parse(args, nargs, kwnames, "set_coroutine_origin_tracking_depth", kwlist, 1, 1,
                     &arg) < 0 ||
        c_int_arg(arg, &v) < 0)
        return NULL;
    if (v < 0)
        return mp_err_set_str(&mp_type_ValueError, "depth must be >= 0");
    origin_depth = (int)v;
    MP_RETURN_NONE;
}

static mp_obj sys_getdlopenflags(mp_obj self) { return mp_int_from_ssize(dlopen_flags); }

static mp_obj sys_setdlopenflags(mp_obj self, mp_obj arg)
{
    intptr_t v;
    if (c_int_arg(arg, &v) < 0)
        return NULL;
    dlopen_flags = (long)v;
    MP_RETURN_NONE;
}

/* {thread id: the frame it is running} for every thread with a frame. */
static mp_obj sys_current_frames(mp_obj self)
{
    mp_obj d = mp_dict_new();
    for (mp_tstate *ts = mp_the_interp.tstates; d && ts; ts = ts->next) {
        if (!ts->frame)
            continue;
        mp_frame_object *fo = mp_frame_get_object(ts->frame);
        mp_obj id = fo ? mp_int_from_size(ts->thread_id) : NULL;
        if (!id || mp_dict_setitem(d, id, (mp_obj)fo) < 0)
            MP_CLEAR(d);
        mp_xdecref(id);
    }
    return d;
}

/* {thread id: (type, value, traceback) of the exception it handles}. */
static mp_obj sys_current_exceptions(mp_obj self)
{
    mp_obj d = mp_dict_new();
    for (mp_tstate *ts = mp_the_interp.tstates; d && ts; ts = ts->next) {
        mp_obj exc = NULL;
        for (mp_exc_info *ei = ts->exc_info; ei && !exc; ei = ei->previous)
            if (ei->exc && ei->exc != mp_none)
                exc = ei->exc;
        mp_obj tb = exc && mp_exc_check(exc) ? mp_exc_get_traceback(exc) : NULL;
        mp_obj info = exc ? mp_tuple_pack(3, (mp_obj)mp_type_of(exc), exc, tb ? tb : mp_none)
                          : mp_tuple_pack(3, mp_none, mp_none, mp_none);
        mp_obj id = info ? mp_int_from_size(ts->thread_id) : NULL;
        if (!id || mp_dict_setitem(d, id, info) < 0)
            MP_CLEAR(d);
        mp_xdecref(id);
        mp_xdecref(info);
    }
    return d;
}

const mp_method_def mp_sys_methods_more[] = {
    {"getswitchinterval", FN(sys_getswitchinterval), MP_METH_NOARGS,
     "Return the current thread switch interval; see sys.setswitchinterval()."},
    {"setswitchinterval", FN(sys_setswitchinterval), MP_METH_O,
     "Set the ideal thread switching delay inside the Python interpreter."},
    {"get_int_max_str_digits", FN(sys_get_int_max_str_digits), MP_METH_NOARGS,
     "Return the maximum string digits limit for non-binary int<->str conversions."},
    {"set_int_max_str_digits", FN(sys_set_int_max_str_digits), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Set the maximum string digits limit for non-binary int<->str conversions."},
    {"getfilesystemencoding", FN(sys_getfilesystemencoding), MP_METH_NOARGS,
     "Return the encoding used to convert Unicode filenames to OS filenames."},
    {"getfilesystemencodeerrors", FN(sys_getfilesystemencodeerrors), MP_METH_NOARGS,
     "Return the error mode used Unicode to OS filename conversion."},
    {"is_finalizing", FN(sys_is_finalizing), MP_METH_NOARGS,
     "Return True if Python is exiting."},
    {"audit", FN(sys_audit), MP_METH_FASTCALL,
     "audit(event, *args)\n\nPasses the event to any audit hooks that are attached."},
    {"addaudithook", FN(sys_addaudithook), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Adds a new audit hook callback."},
    {"call_tracing", FN(sys_call_tracing), MP_METH_FASTCALL,
     "Call func(*args), while tracing is enabled.\n\n"
     "The tracing state is saved, and restored afterwards.  This is intended\n"
     "to be called from a debugger from a checkpoint, to recursively debug\n"
     "some other code."},
    {"settrace", FN(sys_settrace), MP_METH_O,
     "settrace(function)\n\n"
     "Set the global debug tracing function.  It will be called on each\n"
     "function call.  See the debugger chapter in the library manual."},
    {"gettrace", FN(sys_gettrace), MP_METH_NOARGS,
     "gettrace()\n\nReturn the global debug tracing function set with sys.settrace.\n"
     "See the debugger chapter in the library manual."},
    {"setprofile", FN(sys_setprofile), MP_METH_O,
     "setprofile(function)\n\n"
     "Set the profiling function.  It will be called on each function call\n"
     "and return.  See the profiler chapter in the library manual."},
    {"getprofile", FN(sys_getprofile), MP_METH_NOARGS,
     "getprofile()\n\nReturn the profiling function set with sys.setprofile.\n"
     "See the profiler chapter in the library manual."},
    {"breakpointhook", FN(sys_breakpointhook), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "breakpointhook(*args, **kws)\n\n"
     "This hook function is called by built-in breakpoint().\n"},
    {"_clear_type_cache", FN(sys_clear_type_cache), MP_METH_NOARGS,
     "Clear the internal type lookup cache."},
    {"getallocatedblocks", FN(sys_getallocatedblocks), MP_METH_NOARGS,
     "Return the number of memory blocks currently allocated."},
    {"get_coroutine_origin_tracking_depth", FN(sys_get_origin_depth), MP_METH_NOARGS,
     "Check status of origin tracking for coroutine objects in this thread."},
    {"set_coroutine_origin_tracking_depth", FN(sys_set_origin_depth),
     MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Enable or disable origin tracking for coroutine objects in this thread.\n\n"
     "Coroutine objects will track 'depth' frames of traceback information\n"
     "about where they came from, available in their cr_origin attribute.\n\n"
     "Set a depth of 0 to disable."},
    {"get_asyncgen_hooks", FN(mp_sys_get_asyncgen_hooks), MP_METH_NOARGS,
     "Return the installed asynchronous generators hooks.\n\n"
     "This returns a namedtuple of the form (firstiter, finalizer)."},
    {"set_asyncgen_hooks", FN(mp_sys_set_asyncgen_hooks), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "set_asyncgen_hooks(* [, firstiter] [, finalizer])\n\n"
     "Set a finalizer for async generators objects."},
    {"getdlopenflags", FN(sys_getdlopenflags), MP_METH_NOARGS,
     "Return the current value of the flags that are used for dlopen calls."},
    {"setdlopenflags", FN(sys_setdlopenflags), MP_METH_O,
     "Set the flags used by the interpreter for dlopen calls."},
    {"_current_frames", FN(sys_current_frames), MP_METH_NOARGS,
     "Return a dict mapping each thread's thread id to its current stack frame."},
    {"_current_exceptions", FN(sys_current_exceptions), MP_METH_NOARGS,
     "Return a dict mapping each thread's identifier to its current raised exception."},
    {NULL},
};

/* ---- the information types ------------------------------------------------------------------------- */

static const mp_member_def flags_fields[] = {
    MP_STRUCTSEQ_FIELD(0, "debug", "-d"),
    MP_STRUCTSEQ_FIELD(1, "inspect", "-i"),
    MP_STRUCTSEQ_FIELD(2, "interactive", "-i"),
    MP_STRUCTSEQ_FIELD(3, "optimize", "-O or -OO"),
    MP_STRUCTSEQ_FIELD(4, "dont_write_bytecode", "-B"),
    MP_STRUCTSEQ_FIELD(5, "no_user_site", "-s"),
    MP_STRUCTSEQ_FIELD(6, "no_site", "-S"),
    MP_STRUCTSEQ_FIELD(7, "ignore_environment", "-E"),
    MP_STRUCTSEQ_FIELD(8, "verbose", "-v"),
    MP_STRUCTSEQ_FIELD(9, "bytes_warning", "-b"),
    MP_STRUCTSEQ_FIELD(10, "quiet", "-q"),
    MP_STRUCTSEQ_FIELD(11, "hash_randomization", "-R"),
    MP_STRUCTSEQ_FIELD(12, "isolated", "-I"),
    MP_STRUCTSEQ_FIELD(13, "dev_mode", "-X dev"),
    MP_STRUCTSEQ_FIELD(14, "utf8_mode", "-X utf8"),
    MP_STRUCTSEQ_FIELD(15, "warn_default_encoding", "-X warn_default_encoding"),
    MP_STRUCTSEQ_FIELD(16, "safe_path", "-P"),
    MP_STRUCTSEQ_FIELD(17, "int_max_str_digits", "-X int_max_str_digits"),
    {NULL},
};

mp_structseq_type mp_type_sys_flags = MP_STRUCTSEQ_TYPE(
    "sys.flags",
    "sys.flags\n\nFlags provided through command line arguments or environment vars.",
    flags_fields, 18, 18, mp_structseq_no_new);

static const mp_member_def float_info_fields[] = {
    MP_STRUCTSEQ_FIELD(0, "max", "DBL_MAX -- maximum representable finite float"),
    MP_STRUCTSEQ_FIELD(1, "max_exp", "DBL_MAX_EXP -- maximum int e such that radix**(e-1) is representable"),
    MP_STRUCTSEQ_FIELD(2, "max_10_exp", "DBL_MAX_10_EXP -- maximum int e such that 10**e is representable"),
    MP_STRUCTSEQ_FIELD(3, "min", "DBL_MIN -- Minimum positive normalized float"),
    MP_STRUCTSEQ_FIELD(4, "min_exp", "DBL_MIN_EXP -- minimum int e such that radix**(e-1) is a normalized float"),
    MP_STRUCTSEQ_FIELD(5, "min_10_exp", "DBL_MIN_10_EXP -- minimum int e such that 10**e is a normalized float"),
    MP_STRUCTSEQ_FIELD(6, "dig", "DBL_DIG -- maximum number of decimal digits that can be faithfully represented in a float"),
    MP_STRUCTSEQ_FIELD(7, "mant_dig", "DBL_MANT_DIG -- mantissa digits"),
    MP_STRUCTSEQ_FIELD(8, "epsilon", "DBL_EPSILON -- Difference between 1 and the next representable float"),
    MP_STRUCTSEQ_FIELD(9, "radix", "FLT_RADIX -- radix of exponent"),
    MP_STRUCTSEQ_FIELD(10, "rounds", "FLT_ROUNDS -- rounding mode used for arithmetic operations"),
    {NULL},
};

mp_structseq_type mp_type_sys_float_info = MP_STRUCTSEQ_TYPE(
    "sys.float_info",
    "sys.float_info\n\nA named tuple holding information about the float type. It contains low level\n"
    "information about the precision and internal representation. Please study\n"
    "your system's :file:`float.h` for more information.",
    float_info_fields, 11, 11, mp_structseq_no_new);

static const mp_member_def int_info_fields[] = {
    MP_STRUCTSEQ_FIELD(0, "bits_per_digit", "size of a digit in bits"),
    MP_STRUCTSEQ_FIELD(1, "sizeof_digit", "size in bytes of the C type used to represent a digit"),
    MP_STRUCTSEQ_FIELD(2, "default_max_str_digits", "maximum string conversion digits limitation"),
    MP_STRUCTSEQ_FIELD(3, "str_digits_check_threshold", "minimum positive value for int_max_str_digits"),
    {NULL},
};

mp_structseq_type mp_type_sys_int_info = MP_STRUCTSEQ_TYPE(
    "sys.int_info",
    "sys.int_info\n\nA named tuple that holds information about Python's\n"
    "internal representation of integers.  The attributes are read only.",
    int_info_fields, 4, 4, mp_structseq_no_new);

static const mp_member_def hash_info_fields[] = {
    MP_STRUCTSEQ_FIELD(0, "width", "width of the type used for hashing, in bits"),
    MP_STRUCTSEQ_FIELD(1, "modulus", "prime number giving the modulus on which the hash function is based"),
    MP_STRUCTSEQ_FIELD(2, "inf", "value to be used for hash of a positive infinity"),
    MP_STRUCTSEQ_FIELD(3, "nan", "value to be used for hash of a nan"),
    MP_STRUCTSEQ_FIELD(4, "imag", "multiplier used for the imaginary part of a complex number"),
    MP_STRUCTSEQ_FIELD(5, "algorithm", "name of the algorithm for hashing of str, bytes and memoryviews"),
    MP_STRUCTSEQ_FIELD(6, "hash_bits", "internal output size of hash algorithm"),
    MP_STRUCTSEQ_FIELD(7, "seed_bits", "seed size of hash algorithm"),
    MP_STRUCTSEQ_FIELD(8, "cutoff", "small string optimization cutoff"),
    {NULL},
};

mp_structseq_type mp_type_sys_hash_info = MP_STRUCTSEQ_TYPE(
    "sys.hash_info",
    "hash_info\n\nA named tuple providing parameters used for computing\n"
    "hashes. The attributes are read only.",
    hash_info_fields, 9, 9, mp_structseq_no_new);

static const mp_member_def thread_info_fields[] = {
    MP_STRUCTSEQ_FIELD(0, "name", "name of the thread implementation"),
    MP_STRUCTSEQ_FIELD(1, "lock", "name of the lock implementation"),
    MP_STRUCTSEQ_FIELD(2, "version", "name and version of the thread library"),
    {NULL},
};

mp_structseq_type mp_type_sys_thread_info = MP_STRUCTSEQ_TYPE(
    "sys.thread_info", "sys.thread_info\n\nA named tuple holding information about the thread implementation.",
    thread_info_fields, 3, 3, mp_structseq_no_new);

static const mp_member_def version_info_fields[] = {
    MP_STRUCTSEQ_FIELD(0, "major", "Major release number"),
    MP_STRUCTSEQ_FIELD(1, "minor", "Minor release number"),
    MP_STRUCTSEQ_FIELD(2, "micro", "Patch release number"),
    MP_STRUCTSEQ_FIELD(3, "releaselevel", "'alpha', 'beta', 'candidate', or 'final'"),
    MP_STRUCTSEQ_FIELD(4, "serial", "Serial release number"),
    {NULL},
};

mp_structseq_type mp_type_sys_version_info = MP_STRUCTSEQ_TYPE(
    "sys.version_info", "sys.version_info\n\nVersion information as a named tuple.",
    version_info_fields, 5, 5, mp_structseq_no_new);

/* ---- building the attributes ------------------------------------------------------------------------- */

/* Adds name = value to m, dropping the reference to value. */
static int put(mp_obj m, const char *name, mp_obj value)
{
    if (!value)
        return -1;
    int r = mp_module_add(m, name, value);
    mp_decref(value);
    return r;
}

/* A struct sequence of n values (stolen; any NULL makes it fail). */
static mp_obj make_seq(mp_structseq_type *t, mp_obj *values)
{
    int ok = mp_structseq_ready(t) == 0;
    for (int i = 0; i < t->n_fields; i++)
        ok &= values[i] != NULL;
    mp_obj r = ok ? mp_structseq_pack(t, values) : NULL;
    for (int i = 0; i < t->n_fields; i++)
        mp_xdecref(values[i]);
    return r;
}

static int env_flag(const char *name)
{
    const char *v = getenv(name);
    return v && *v;
}

static mp_obj make_flags(void)
{
    const char *seed = getenv("PYTHONHASHSEED");
    int randomized = !seed || !*seed || strcmp(seed, "random") == 0 || atol(seed) != 0;
    mp_obj v[18];
    for (int i = 0; i < 18; i++)
        v[i] = mp_small(0);
    v[4] = mp_small(env_flag("PYTHONDONTWRITEBYTECODE"));
    v[11] = mp_small(randomized);
    v[13] = mp_bool(0);
    v[16] = mp_bool(0);
    v[17] = mp_small(-1);
    return make_seq(&mp_type_sys_flags, v);
}

static mp_obj make_float_info(void)
{
    mp_obj v[11] = {
        mp_float_new(DBL_MAX), mp_int_from_ssize(DBL_MAX_EXP), mp_int_from_ssize(DBL_MAX_10_EXP),
        mp_float_new(DBL_MIN), mp_int_from_ssize(DBL_MIN_EXP), mp_int_from_ssize(DBL_MIN_10_EXP),
        mp_int_from_ssize(DBL_DIG), mp_int_from_ssize(DBL_MANT_DIG), mp_float_new(DBL_EPSILON),
        mp_int_from_ssize(FLT_RADIX), mp_int_from_ssize(1),
    };
    return make_seq(&mp_type_sys_float_info, v);
}

/* CPython's numbers: minipy's ints are GMP's, but programs that print
 * int_info should print what CPython prints. */
static mp_obj make_int_info(void)
{
    mp_obj v[4] = {mp_small(30), mp_small(4), mp_small(MP_INT_MAX_STR_DIGITS_DEFAULT),
                   mp_small(MP_INT_MAX_STR_DIGITS_THRESHOLD)};
    return make_seq(&mp_type_sys_int_info, v);
}

static mp_obj make_hash_info(void)
{
    mp_obj v[9] = {mp_small(64), mp_int_from_ssize(((intptr_t)1 << 61) - 1), mp_small(314159),
                   mp_small(0), mp_small(1000003), mp_str_from_cstr("siphash13"), mp_small(64),
                   mp_small(128), mp_small(0)};
    return make_seq(&mp_type_sys_hash_info, v);
}

static mp_obj make_thread_info(void)
{
    char version[64] = "";
    size_t n = confstr(_CS_GNU_LIBPTHREAD_VERSION, version, sizeof version);
    mp_obj v[3] = {mp_str_from_cstr("pthread"), mp_str_from_cstr("semaphore"),
                   n > 0 && n <= sizeof version ? mp_str_from_cstr(version) : mp_newref(mp_none)};
    return make_seq(&mp_type_sys_thread_info, v);
}

static mp_obj make_version(int major, int minor, int micro)
{
    mp_obj v[5] = {mp_small(major), mp_small(minor), mp_small(micro), mp_str_from_cstr("final"),
                   mp_small(0)};
    return make_seq(&mp_type_sys_version_info, v);
}

/* sys.version_info with named fields, from the numbers sys.c put in its
 * plain tuple (so that both agree). */
static mp_obj make_version_info(mp_obj m)
{
    mp_obj old = mp_dict_getitem_str(mp_module_get_dict(m), "version_info");
    intptr_t major = MP_PYTHON_MAJOR, minor = MP_PYTHON_MINOR, micro = MP_PYTHON_MICRO;
    if (old && mp_tuple_check(old) && MP_TUPLE_LEN(old) >= 3) {
        major = mp_number_as_ssize(MP_TUPLE_GET(old, 0), NULL);
        minor = mp_number_as_ssize(MP_TUPLE_GET(old, 1), NULL);
        micro = mp_number_as_ssize(MP_TUPLE_GET(old, 2), NULL);
        if (mp_err_occurred())
            return NULL;
    }
    return make_version((int)major, (int)minor, (int)micro);
}

/* sys.implementation: namespace(name='minipy', cache_tag=None,
 * version=..., hexversion=..., _multiarch=...). */
static mp_obj make_implementation(void)
{
    int major = 0, minor = 0, micro = 0;
    sscanf(MP_VERSION, "%d.%d.%d", &major, &minor, &micro);
#if defined(__x86_64__)
    const char *arch = "x86_64-linux-gnu";
#elif defined(__aarch64__)
    const char *arch = "aarch64-linux-gnu";
#else
    const char *arch = "linux-gnu";
#endif
    mp_obj d = mp_dict_new();
    if (!d)
        return NULL;
    mp_obj version = make_version(major, minor, micro);
    mp_obj hex = mp_int_from_ssize((major << 24) | (minor << 16) | (micro << 8) | 0xF0);
    mp_obj name = mp_str_from_cstr("minipy"), march = mp_str_from_cstr(arch);
    int ok = version && hex && name && march && mp_dict_setitem_str(d, "name", name) == 0 &&
             mp_dict_setitem_str(d, "cache_tag", mp_none) == 0 &&
             mp_dict_setitem_str(d, "version", version) == 0 &&
             mp_dict_setitem_str(d, "hexversion", hex) == 0 &&
             mp_dict_setitem_str(d, "_multiarch", march) == 0;
    mp_xdecref(version);
    mp_xdecref(hex);
    mp_xdecref(name);
    mp_xdecref(march);
    mp_obj ns = ok ? mp_namespace_new(d) : NULL;
    mp_decref(d);
    return ns;
}

/* The command line as the process got it (/proc/self/cmdline), or
 * sys.argv when that cannot be read. */
static mp_obj make_orig_argv(void)
{
    mp_obj list = mp_list_new(0);
    FILE *f = list ? fopen("/proc/self/cmdline", "rb") : NULL;
    if (!f)
        return list;
    char buf[4096];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    for (size_t i = 0; i < n;) {
        size_t len = strlen(buf + i);
        mp_obj s = mp_str_decode_utf8(buf + i, len, "surrogateescape");
        if (!s || mp_list_append(list, s) < 0) {
            mp_xdecref(s);
            mp_decref(list);
            return NULL;
        }
        mp_decref(s);
        i += len + 1;
    }
    return list;
}

/* Adds the attributes to the sys module m (called at the end of sys.c's
 * exec hook).  0 or -1. */
int mp_sys_more_init(mp_obj m)
{
    if (put(m, "flags", make_flags()) < 0 || put(m, "float_info", make_float_info()) < 0 ||
        put(m, "int_info", make_int_info()) < 0 || put(m, "hash_info", make_hash_info()) < 0 ||
        put(m, "thread_info", make_thread_info()) < 0 ||
        put(m, "version_info", make_version_info(m)) < 0 ||
        put(m, "implementation", make_implementation()) < 0 ||
        put(m, "api_version", mp_small(1013)) < 0 ||
        put(m, "prefix", mp_str_from_cstr("")) < 0 ||
        put(m, "base_prefix", mp_str_from_cstr("")) < 0 ||
        put(m, "exec_prefix", mp_str_from_cstr("")) < 0 ||
        put(m, "base_exec_prefix", mp_str_from_cstr("")) < 0 ||
        put(m, "platlibdir", mp_str_from_cstr("lib")) < 0 ||
        put(m, "float_repr_style", mp_str_from_cstr("short")) < 0 ||
        put(m, "abiflags", mp_str_from_cstr("")) < 0 ||
        put(m, "pycache_prefix", mp_newref(mp_none)) < 0 ||
        put(m, "dont_write_bytecode", mp_bool(env_flag("PYTHONDONTWRITEBYTECODE"))) < 0 ||
        put(m, "orig_argv", make_orig_argv()) < 0 || put(m, "warnoptions", mp_list_new(0)) < 0 ||
        put(m, "_xoptions", mp_dict_new()) < 0 ||
        put(m, "copyright", mp_str_from_cstr(mp_copyright_text)) < 0 ||
        put(m, "_git", mp_tuple_pack(3, mp_str_intern("minipy"), mp_str_intern(""),
                                     mp_str_intern(""))) < 0)
        return -1;
    return 0;
}
