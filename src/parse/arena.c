/* The bump allocator behind the syntax tree (see arena.h). */
#include <stdlib.h>
#include <string.h>

#include "minipy/arena.h"
#include "minipy/mem.h"

#define BLOCK_SIZE (64 * 1024)
#define ALIGN 16

struct mp_arena_block {
    mp_arena_block *next;
    size_t size;
    _Alignas(ALIGN) unsigned char data[];
};

mp_arena *mp_arena_new(void)
{
    return mp_calloc(1, sizeof(mp_arena));
}

void mp_arena_free(mp_arena *a)
{
    if (!a)
        return;
    mp_arena_block *b = a->head;
    while (b) {
        mp_arena_block *next = b->next;
        mp_free(b);
        b = next;
    }
    mp_free(a);
}

void *mp_arena_alloc(mp_arena *a, size_t size)
{
    size = (size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    if (size == 0)
        size = ALIGN;
    if (!a->head || a->used + size > a->head->size) {
        /* A large request gets a block of its own, placed behind the head
         * so that the head's free space is not wasted. */
        size_t bsize = size > BLOCK_SIZE / 4 ? size : BLOCK_SIZE;
        mp_arena_block *b = mp_malloc(sizeof(mp_arena_block) + bsize);
        if (!b) {
            a->failed = 1;
            return NULL;
        }
        b->size = bsize;
        a->total += bsize;
        if (bsize != BLOCK_SIZE && a->head) {
            b->next = a->head->next;
            a->head->next = b;
            memset(b->data, 0, size);
            return b->data;
        }
        b->next = a->head;
        a->head = b;
        a->used = 0;
    }
    void *p = a->head->data + a->used;
    a->used += size;
    memset(p, 0, size);
    return p;
}

char *mp_arena_strndup(mp_arena *a, const char *s, size_t len)
{
    char *p = mp_arena_alloc(a, len + 1);
    if (!p)
        return NULL;
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}
