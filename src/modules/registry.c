/* The modules written in C that `import` finds built in (module.h). */
#include <string.h>

#include "minipy/module.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

const mp_module_def *mp_sys_module_def(void);
extern const mp_module_def mp_module_dis;
extern const mp_module_def mp_module_math, mp_module_time, mp_module_gc, mp_module_weakref;
/* The core helper's modules: the system calls, arrays. */
extern const mp_module_def mp_module_posix, mp_module_array, mp_module_random,
    mp_module_tracemalloc;
extern const mp_module_def mp_module_thread, mp_module_warnings_c;
/* import.c: the import system's helpers for runpy. */
extern const mp_module_def mp_module_imp;
/* _sqlite3.c: the SQLite handles under lib/sqlite3. */
extern const mp_module_def mp_module_sqlite3;
/* _io.c: the file types, for lib/io.py. */
extern const mp_module_def mp_module_io;
/* _sre.c: the regular expression engine, for lib/re. */
extern const mp_module_def mp_module_sre;
/* _struct.c: packing C structs, for lib/struct.py. */
extern const mp_module_def mp_module_struct;
/* errno_module.c: the error numbers' names. */
extern const mp_module_def mp_module_errno;
/* unicodedata.c: the Unicode Character Database. */
extern const mp_module_def mp_module_unicodedata;

/* sys and builtins are made at start-up; the rest on first import. */
const mp_module_def *const mp_builtin_modules[] = {
    &mp_module_dis,
    &mp_module_imp,
    &mp_module_math,
    &mp_module_time,
    &mp_module_gc,
    &mp_module_weakref,
    &mp_module_thread,
    &mp_module_warnings_c,
    &mp_module_posix,
    &mp_module_array,
    &mp_module_random,
    &mp_module_tracemalloc,
    &mp_module_sqlite3,
    &mp_module_io,
    &mp_module_sre,
    &mp_module_struct,
    &mp_module_errno,
    &mp_module_unicodedata,
    NULL,
};

mp_obj mp_builtin_module_names(void)
{
    size_t n = 0;
    while (mp_builtin_modules[n])
        n++;
    mp_obj t = mp_tuple_new((intptr_t)n + 2);
    if (!t)
        return NULL;
    MP_TUPLE_ITEMS(t)[0] = mp_str_from_cstr("builtins");
    MP_TUPLE_ITEMS(t)[1] = mp_str_from_cstr("sys");
    for (size_t i = 0; i < n; i++)
        MP_TUPLE_ITEMS(t)[i + 2] = mp_str_from_cstr(mp_builtin_modules[i]->name);
    for (size_t i = 0; i < n + 2; i++)
        if (!MP_TUPLE_ITEMS(t)[i]) {
            mp_decref(t);
            return NULL;
        }
    return t;
}
