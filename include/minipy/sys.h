/* The sys module's hooks for the rest of the interpreter (modules/sys.c). */
#ifndef MINIPY_SYS_H
#define MINIPY_SYS_H

#include "minipy/object.h"

/* sys.argv from the command line, and sys.path: path0 (the script's
 * folder, or '' for -c and the REPL), then PYTHONPATH's entries. */
int mp_sys_set_argv(int argc, char **argv, const char *path0);
/* A tuple of the names of the modules built into the binary. */
mp_obj mp_builtin_module_names(void);

#endif
