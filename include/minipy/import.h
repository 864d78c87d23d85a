/* The import system (vm/import.c): sys.modules, sys.path search over
 * folders, packages and relative imports, built-in C modules, and the
 * Python library embedded in the binary (lib/). */
#ifndef MINIPY_IMPORT_H
#define MINIPY_IMPORT_H

#include "minipy/object.h"

/* __import__(name, globals, fromlist, level) as IMPORT_NAME needs it. */
mp_obj mp_import_module_level(mp_obj name, mp_obj globals, mp_obj fromlist, mp_obj level);
/* import name (absolute), returning the named module itself. */
mp_obj mp_import(const char *name);
/* The builtins' __import__, so IMPORT_NAME can skip the call when it is
 * not replaced. */
extern const mp_method_def mp_builtin_import_def;

/* Runs a file as __main__ (minipy FILE): sets __file__, sys.argv[0] is the
 * caller's business.  Returns the module's namespace or NULL. */
mp_obj mp_run_main_file(const char *path, const char *src, size_t len);

#endif
