/* Shared by the files of the builtins module beyond builtins.c:
 * builtins_more.c (the functions table), builtins_io.c, builtins_site.c. */
#ifndef MINIPY_BUILTINS_MORE_H
#define MINIPY_BUILTINS_MORE_H

#include "minipy/object.h"

/* o's special method `name` looked up on its type (not the instance) and
 * bound to o, as CPython's _PyObject_LookupSpecial: a new reference, or
 * NULL, with an exception only if binding failed. */
mp_obj mp_builtins_lookup_special(mp_obj o, mp_obj name);

/* builtins_io.c */
mp_obj mp_builtin_input(mp_obj self, mp_obj const *args, size_t nargs);
mp_obj mp_builtin_open(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames);
mp_obj mp_builtin_exec(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames);
mp_obj mp_builtin_eval(mp_obj self, mp_obj const *args, size_t nargs);
mp_obj mp_builtin_compile(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames);

/* builtins_site.c: adds exit, quit, help, copyright, credits and license
 * to the builtins module m.  0 or -1. */
int mp_builtins_more_init(mp_obj m);
/* Their types (static; on the start-up list). */
extern mp_type mp_type_sitebuiltins_quitter, mp_type_sitebuiltins_printer,
    mp_type_sitebuiltins_helper;
/* sys.copyright's text. */
extern const char mp_copyright_text[];

#endif
