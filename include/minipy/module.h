/* Modules (objects/module.c) and the built-in modules written in C
 * (src/modules/): each one is a table of functions plus an init hook. */
#ifndef MINIPY_MODULE_H
#define MINIPY_MODULE_H

#include "minipy/object.h"

typedef struct mp_module {
    mp_object ob;
    mp_obj dict;
    mp_obj weakreflist;
} mp_module;

extern mp_type mp_type_module;

/* A built-in module: name, functions, and an exec hook that adds the rest
 * (constants, types) to the new module; returns 0 or -1. */
typedef struct mp_module_def {
    const char *name;
    const char *doc;
    const mp_method_def *methods;
    int (*exec)(mp_obj module);
} mp_module_def;

mp_obj mp_module_new(mp_obj name);
mp_obj mp_module_from_def(const mp_module_def *def);
mp_obj mp_module_get_dict(mp_obj m);                 /* borrowed */
int mp_module_add(mp_obj m, const char *name, mp_obj value); /* value not stolen */
int mp_module_add_int(mp_obj m, const char *name, intptr_t value);
int mp_module_add_type(mp_obj m, mp_type *t);

/* Every built-in module, for the import system (modules/registry.c). */
extern const mp_module_def *const mp_builtin_modules[];
/* Whether name is one of them. */
int mp_builtin_module_exists(const char *name);

#endif
