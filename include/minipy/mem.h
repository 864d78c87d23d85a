/* Every allocation in minipy goes through these, so that a test can make
 * the N-th allocation fail (MINIPY_FAIL_ALLOC=N in the environment of a
 * debug build) and check that the failure becomes a MemoryError rather
 * than a crash.  They behave as malloc/calloc/realloc/free otherwise.
 */
#ifndef MINIPY_MEM_H
#define MINIPY_MEM_H

#include <stddef.h>

void *mp_malloc(size_t size);
void *mp_calloc(size_t n, size_t size);
void *mp_realloc(void *p, size_t size);
void mp_free(void *p);

/* Reads MINIPY_FAIL_ALLOC; called once at start-up. */
void mp_mem_init(void);

#endif
