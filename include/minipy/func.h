/* Functions and the callables around them: function, cell, bound method,
 * built-in function, classmethod, staticmethod (objects/func.c,
 * objects/cell.c, objects/method.c, objects/builtin_func.c). */
#ifndef MINIPY_FUNC_H
#define MINIPY_FUNC_H

#include "minipy/code.h"
#include "minipy/object.h"

typedef struct mp_func {
    mp_object ob;
    mp_code *code;
    mp_obj globals;           /* dict */
    mp_obj builtins;          /* dict */
    mp_obj name, qualname;    /* str */
    mp_obj defaults;          /* tuple or NULL */
    mp_obj kwdefaults;        /* dict or NULL */
    mp_obj closure;           /* tuple of cells or NULL */
    mp_obj doc;
    mp_obj dict;              /* __dict__, or NULL until needed */
    mp_obj annotations;       /* dict, or NULL */
    mp_obj module;            /* __module__ */
    mp_obj weakreflist;
    unsigned int version;     /* for call-site caches */
} mp_func;

typedef struct mp_cell {
    mp_object ob;
    mp_obj ref;               /* NULL when empty */
} mp_cell;

typedef struct mp_method {
    mp_object ob;
    mp_obj func;              /* the function */
    mp_obj self;              /* the object it is bound to */
    mp_obj weakreflist;
} mp_method;

/* A C function with its mp_method_def, bound to self (a module or an
 * object) or not (NULL). */
typedef struct mp_builtin_func {
    mp_object ob;
    const mp_method_def *def;
    mp_obj self;
    mp_obj module;            /* __module__ (a str), or NULL */
    mp_obj weakreflist;
} mp_builtin_func;

/* classmethod and staticmethod wrap a callable. */
typedef struct mp_static_wrapper {
    mp_object ob;
    mp_obj callable;
    mp_obj dict;
} mp_static_wrapper;

extern mp_type mp_type_function, mp_type_cell, mp_type_method,
    mp_type_builtin_function, mp_type_classmethod, mp_type_staticmethod;

/* A function for code, in globals (borrowed; builtins come from
 * globals['__builtins__'] or the interpreter's). */
mp_obj mp_func_new(mp_code *code, mp_obj globals, mp_obj qualname);
mp_obj mp_cell_new(mp_obj ref /* or NULL */);
mp_obj mp_method_new(mp_obj func, mp_obj self);
mp_obj mp_builtin_func_new(const mp_method_def *def, mp_obj self, mp_obj module);
/* Calls a C function through its mp_method_def (checking the argument
 * count for NOARGS and O, rejecting keywords unless METH_KEYWORDS). */
mp_obj mp_method_def_call(const mp_method_def *def, mp_obj self, mp_obj const *args,
                          size_t nargs, mp_obj kwnames);

#endif
