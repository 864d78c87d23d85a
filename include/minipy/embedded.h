/* The standard library written in Python (lib/), embedded in the binary
 * at build time by tools/embed_lib.py, so that build/minipy runs anywhere
 * on its own. */
#ifndef MINIPY_EMBEDDED_H
#define MINIPY_EMBEDDED_H

#include <stddef.h>

typedef struct mp_embedded_module {
    const char *name;    /* "asyncio.tasks" */
    const char *path;    /* "asyncio/tasks.py", relative to lib/ */
    int is_package;      /* path is an __init__.py */
    const char *source;
    size_t length;
} mp_embedded_module;

/* Ends with an entry whose name is NULL. */
extern const mp_embedded_module mp_embedded_lib[];

#endif
