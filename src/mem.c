/* Allocation wrappers with failure injection (see mem.h). */
#include <stdlib.h>

#include "minipy/mem.h"

/* Allocations left before the injected failure; -1 when none is planned.
 * Only the first failure is injected: later allocations succeed, as they
 * would once memory is freed. */
static long fail_countdown = -1;

void mp_mem_init(void)
{
    const char *s = getenv("MINIPY_FAIL_ALLOC");
    if (s && *s)
        fail_countdown = strtol(s, NULL, 10);
}

static int should_fail(void)
{
    if (fail_countdown < 0)
        return 0;
    return fail_countdown-- == 0;
}

void *mp_malloc(size_t size)
{
    return should_fail() ? NULL : malloc(size ? size : 1);
}

void *mp_calloc(size_t n, size_t size)
{
    return should_fail() ? NULL : calloc(n ? n : 1, size ? size : 1);
}

void *mp_realloc(void *p, size_t size)
{
    return should_fail() ? NULL : realloc(p, size ? size : 1);
}

void mp_free(void *p)
{
    free(p);
}
