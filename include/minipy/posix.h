/* The posix module (modules/posix.c): what other C code shares with it. */
#ifndef MINIPY_POSIX_H
#define MINIPY_POSIX_H

#include <sys/stat.h>

#include "minipy/object.h"
#include "minipy/structseq.h"

/* os.fspath(o): o itself for str and bytes, else o.__fspath__() checked
 * to be one of them; TypeError as CPython's otherwise. */
mp_obj mp_posix_fspath(mp_obj o);

/* An os.stat_result for st. */
mp_obj mp_posix_stat_result(const struct stat *st);

extern mp_type mp_type_posix_direntry, mp_type_posix_scandir_iterator;
extern mp_structseq_type mp_type_stat_result, mp_type_uname_result, mp_type_terminal_size;

#endif
