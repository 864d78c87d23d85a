/* A bump allocator for data that lives and dies together: the tokens'
 * strings, the syntax tree, the symbol table.  mp_arena_free releases it all
 * at once, so the parser never frees a node by itself.
 *
 * Allocation failure is sticky: mp_arena_alloc returns NULL and sets
 * a->failed, and the parser driver checks that flag after every token, so
 * grammar actions need not test each allocation, only tolerate NULL
 * children.
 */
#ifndef MINIPY_ARENA_H
#define MINIPY_ARENA_H

#include <stddef.h>

typedef struct mp_arena_block mp_arena_block;

typedef struct mp_arena {
    mp_arena_block *head; /* the block being filled; older blocks follow */
    size_t used;          /* bytes used in head */
    size_t total;         /* bytes allocated over all blocks */
    int failed;           /* an allocation has failed */
} mp_arena;

/* Returns a new arena, or NULL when malloc fails. */
mp_arena *mp_arena_new(void);
void mp_arena_free(mp_arena *a);

/* Returns size zeroed bytes aligned for any type, or NULL (and a->failed). */
void *mp_arena_alloc(mp_arena *a, size_t size);

/* A NUL-terminated copy of s[0..len), or NULL (and a->failed). */
char *mp_arena_strndup(mp_arena *a, const char *s, size_t len);

#endif
