/* Calls into Python code and the VM's out-of-line helpers (vm/call.c,
 * vm/ops.c): what the eval loop does for an instruction when the fast
 * path does not apply.  All return a new reference or NULL / -1 with an
 * exception set. */
#ifndef MINIPY_CALL_H
#define MINIPY_CALL_H

#include "minipy/frame.h"
#include "minipy/func.h"
#include "minipy/object.h"

/* Matches args (vectorcall convention) to f's parameters, filling locals
 * (the frame's localsplus, all NULL on entry) with new references.  On
 * failure the locals may be partly filled: the caller pops the frame. */
int mp_bind_args(mp_func *f, mp_obj *locals, mp_obj const *args, size_t nargs, mp_obj kwnames);

/* RAISE_VARARGS: raise exc (a class or an instance) from cause (may be
 * NULL); both may be NULL for a bare `raise`.  Always returns -1 (with the
 * exception set) except 1 for a bare raise, whose traceback must not grow. */
int mp_do_raise(mp_obj exc, mp_obj cause);
/* CHECK_EXC_MATCH's test, with the TypeError for a bad except clause. */
int mp_exc_matches(mp_obj exc, mp_obj type);

/* UNPACK_SEQUENCE / UNPACK_EX: stores the items at sp[0..n) in reverse
 * (the first item ends on top), as CPython's unpack_iterable. */
int mp_unpack(mp_obj seq, int before, int after, mp_obj *sp);

/* BEFORE_WITH / BEFORE_ASYNC_WITH: looks up __enter__/__exit__ (or the
 * async pair), stores the bound exit in *exit and returns enter's result. */
mp_obj mp_with_enter(mp_obj mgr, mp_obj *exit, int async);

/* LOAD_NAME, LOAD_GLOBAL and the NameError they raise. */
mp_obj mp_load_name(mp_frame *f, mp_obj name);
mp_obj mp_load_global(mp_frame *f, mp_obj name);
void mp_name_error(mp_obj name);
/* UnboundLocalError / NameError for LOAD_FAST, LOAD_DEREF of unbound slots. */
void mp_unbound_error(mp_code *co, int index);

/* IMPORT_NAME, IMPORT_FROM, IMPORT_STAR. */
mp_obj mp_import_name(mp_frame *f, mp_obj name, mp_obj fromlist, mp_obj level);
mp_obj mp_import_from(mp_obj module, mp_obj name);
int mp_import_star(mp_frame *f, mp_obj module);

/* FORMAT_VALUE: conversion 0 none, 1 str, 2 repr, 3 ascii; spec may be NULL. */
mp_obj mp_format_value(mp_obj value, int conversion, mp_obj spec);
/* BUILD_STRING */
mp_obj mp_build_string(mp_obj *items, int n);

/* MAKE_FUNCTION: code and the parts flags say are present. */
mp_obj mp_make_function(mp_frame *f, mp_obj code, int flags, mp_obj *parts);

/* LIST_EXTEND / DICT_MERGE / DICT_UPDATE with CPython's messages, which
 * name the function being called for star-args (func may be NULL). */
int mp_list_extend_star(mp_obj list, mp_obj iterable, mp_obj func);
int mp_dict_merge_star(mp_obj dict, mp_obj other, mp_obj func);
int mp_dict_update_checked(mp_obj dict, mp_obj other);

/* CALL_FUNCTION_EX: func(*args, **kwargs), kwargs may be NULL. */
mp_obj mp_call_ex(mp_obj func, mp_obj args, mp_obj kwargs);

/* SETUP_ANNOTATIONS, PRINT_EXPR, LOAD_BUILD_CLASS. */
int mp_setup_annotations(mp_frame *f);
int mp_print_expr(mp_obj value);
mp_obj mp_load_build_class(mp_frame *f);

/* The eval breaker: set by signals and by threads that want the GIL, and
 * checked on backward jumps and calls. */
extern volatile int mp_eval_breaker;
int mp_handle_eval_breaker(void);

#endif
