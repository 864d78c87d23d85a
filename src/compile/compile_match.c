/* Code generation for the match statement (PEP 634), as CPython 3.11's
 * compiler_match and compiler_pattern_* in Python/compile.c generate it,
 * so that `minipy --dis` prints the same instructions.
 *
 * Every pattern routine consumes the subject on top of the stack and, when
 * the pattern does not match, jumps to a "fail_pop" block that pops what
 * the pattern had left on the stack.  The pattern context counts those
 * items:
 *   - on_top: values the pattern is still working with (a copy of the
 *     subject, the tuple of keys of a mapping, unpacked items waiting for
 *     their sub-patterns);
 *   - stores: the names captured so far.  A captured value is not stored
 *     at once: it is rotated under the items on top and stays on the
 *     stack, so that nothing is bound unless the whole pattern matches
 *     (then compile_match stores them all, in the order of `stores`).
 * fail_pop[n] is the block reached with n items to pop: the blocks are
 * emitted one after the other, each a POP_TOP falling into the next, so a
 * failure n deep runs exactly n POP_TOPs.
 */
#include <limits.h>
#include <string.h>

#include "compile_internal.h"
#include "minipy/abstract.h"
#include "minipy/mem.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

#define ADDOP(op) RETURN_IF_FALSE(mp_addop(c, MP_OP_##op))
#define ADDOP_I(op, arg) RETURN_IF_FALSE(mp_addop_i(c, MP_OP_##op, (arg)))
#define ADDOP_JUMP(op, b) RETURN_IF_FALSE(mp_addop_j(c, MP_OP_##op, (b)))
#define ADDOP_LOAD_CONST(o) RETURN_IF_FALSE(mp_addop_load_const(c, (o)))
#define VISIT(e) RETURN_IF_FALSE(mp_compile_expr(c, (e)))
#define RETURN_IF_FALSE(x) \
    do {                   \
        if (!(x))          \
            return 0;      \
    } while (0)

/* `_` (a capture without a name) and `*_`. */
#define WILDCARD_CHECK(p) ((p)->kind == MP_PAT_MatchAs && !(p)->v.MatchAs.pattern && \
                           !(p)->v.MatchAs.name)
#define WILDCARD_STAR_CHECK(p) ((p)->kind == MP_PAT_MatchStar && !(p)->v.MatchStar.name)

/* A list of captured names (the arena owns the strings). */
typedef struct {
    const char **names;
    int n, cap;
} name_list;

typedef struct {
    name_list stores;        /* names captured so far, on the stack in this order */
    int allow_irrefutable;   /* may this pattern match anything? */
    mp_bblock **fail_pop;    /* fail_pop[n]: pop n items and fail */
    int fail_pop_size;
    int on_top;              /* items on top of the stores to pop on failure */
} pattern_context;

static int compile_pattern(mp_compiler *c, const mp_pattern *p, pattern_context *pc);

/* ---- the names list ----------------------------------------------------------- */

static int names_find(const name_list *l, const char *name)
{
    for (int i = 0; i < l->n; i++)
        if (strcmp(l->names[i], name) == 0)
            return i;
    return -1;
}

static int names_insert(name_list *l, int at, const char *name)
{
    if (l->n == l->cap) {
        int cap = l->cap ? l->cap * 2 : 8;
        const char **p = mp_realloc((void *)l->names, (size_t)cap * sizeof *p);
        if (!p) {
            mp_err_no_memory();
            return 0;
        }
        l->names = p;
        l->cap = cap;
    }
    memmove(&l->names[at + 1], &l->names[at], (size_t)(l->n - at) * sizeof *l->names);
    l->names[at] = name;
    l->n++;
    return 1;
}

static int names_append(name_list *l, const char *name)
{
    return names_insert(l, l->n, name);
}

static void names_clear(name_list *l)
{
    mp_free((void *)l->names);
    l->names = NULL;
    l->n = l->cap = 0;
}

/* ---- failure blocks -------------------------------------------------------------- */

/* Makes fail_pop long enough to pop n items. */
static int ensure_fail_pop(mp_compiler *c, pattern_context *pc, int n)
{
    int size = n + 1;
    if (size <= pc->fail_pop_size)
        return 1;
    mp_bblock **resized = mp_realloc(pc->fail_pop, (size_t)size * sizeof *resized);
    if (!resized) {
        mp_err_no_memory();
        return 0;
    }
    pc->fail_pop = resized;
    while (pc->fail_pop_size < size) {
        mp_bblock *b = mp_new_block(c);
        RETURN_IF_FALSE(b);
        pc->fail_pop[pc->fail_pop_size++] = b;
    }
    return 1;
}

/* Jumps with op to the block that pops everything this pattern put on the
 * stack: the items on top and the captures waiting to be stored. */
static int jump_to_fail_pop(mp_compiler *c, pattern_context *pc, int op)
{
    int pops = pc->on_top + pc->stores.n;
    RETURN_IF_FALSE(ensure_fail_pop(c, pc, pops));
    return mp_addop_j(c, op, pc->fail_pop[pops]);
}

/* Emits the fail_pop blocks, deepest first (each a POP_TOP falling into
 * the next), and forgets them. */
static int emit_and_reset_fail_pop(mp_compiler *c, pattern_context *pc)
{
    if (!pc->fail_pop_size)
        return 1;
    int ok = 1;
    while (ok && --pc->fail_pop_size) {
        mp_use_next_block(c, pc->fail_pop[pc->fail_pop_size]);
        ok = mp_addop(c, MP_OP_POP_TOP);
    }
    if (ok)
        mp_use_next_block(c, pc->fail_pop[0]);
    pc->fail_pop_size = 0;
    mp_free(pc->fail_pop);
    pc->fail_pop = NULL;
    return ok;
}

/* ---- captures ------------------------------------------------------------------------ */

/* What 3.10's ROT_N did: the top item moves count - 1 places down. */
static int pattern_helper_rotate(mp_compiler *c, int count)
{
    while (1 < count)
        ADDOP_I(SWAP, count--);
    return 1;
}

/* Captures the subject on top as name (a NULL name, the wildcard, drops
 * it): the value goes under the items still in use, beside the earlier
 * captures, to be stored once the whole pattern matched. */
static int pattern_helper_store_name(mp_compiler *c, const char *name, pattern_context *pc)
{
    if (!name) {
        ADDOP(POP_TOP);
        return 1;
    }
    if (strcmp(name, "__debug__") == 0)
        return mp_compiler_error(c, "cannot assign to __debug__");
    if (names_find(&pc->stores, name) >= 0)
        return mp_compiler_error(c, "multiple assignments to name '%s' in pattern", name);
    RETURN_IF_FALSE(pattern_helper_rotate(c, pc->on_top + pc->stores.n + 1));
    return names_append(&pc->stores, name);
}

/* A sub-pattern may match anything (only a whole case's pattern is
 * checked for making the cases after it unreachable). */
static int compile_pattern_subpattern(mp_compiler *c, const mp_pattern *p,
                                      pattern_context *pc)
{
    int allow_irrefutable = pc->allow_irrefutable;
    pc->allow_irrefutable = 1;
    RETURN_IF_FALSE(compile_pattern(c, p, pc));
    pc->allow_irrefutable = allow_irrefutable;
    return 1;
}

/* ---- sequences ------------------------------------------------------------------------- */

/* UNPACK_SEQUENCE, or UNPACK_EX around the starred sub-pattern. */
static int pattern_unpack_helper(mp_compiler *c, const mp_seq *elts)
{
    int n = MP_SEQ_LEN(elts), seen_star = 0;
    for (int i = 0; i < n; i++) {
        const mp_pattern *elt = MP_SEQ_GET(elts, i);
        if (elt->kind == MP_PAT_MatchStar && !seen_star) {
            if (i >= (1 << 8) || n - i - 1 >= (INT_MAX >> 8))
                return mp_compiler_error(c, "too many expressions in "
                                            "star-unpacking sequence pattern");
            ADDOP_I(UNPACK_EX, i + ((n - i - 1) << 8));
            seen_star = 1;
        } else if (elt->kind == MP_PAT_MatchStar) {
            return mp_compiler_error(c, "multiple starred expressions in sequence pattern");
        }
    }
    if (!seen_star)
        ADDOP_I(UNPACK_SEQUENCE, n);
    return 1;
}

static int pattern_helper_sequence_unpack(mp_compiler *c, const mp_seq *patterns,
                                          pattern_context *pc)
{
    RETURN_IF_FALSE(pattern_unpack_helper(c, patterns));
    int size = MP_SEQ_LEN(patterns);
    /* The items are new subjects on the stack, each consumed in turn. */
    pc->on_top += size;
    for (int i = 0; i < size; i++) {
        pc->on_top--;
        RETURN_IF_FALSE(compile_pattern_subpattern(c, MP_SEQ_GET(patterns, i), pc));
    }
    return 1;
}

/* With a `*_` among the sub-patterns the items are taken by index
 * (subject[i], and subject[len(subject) - k] after the star) rather than
 * unpacked, which would copy the whole middle. */
static int pattern_helper_sequence_subscr(mp_compiler *c, const mp_seq *patterns, int star,
                                          pattern_context *pc)
{
    /* The subject stays for the indexing. */
    pc->on_top++;
    int size = MP_SEQ_LEN(patterns);
    for (int i = 0; i < size; i++) {
        const mp_pattern *p = MP_SEQ_GET(patterns, i);
        if (WILDCARD_CHECK(p) || i == star)
            continue;
        ADDOP_I(COPY, 1);
        if (i < star) {
            ADDOP_LOAD_CONST(mp_small(i));
        } else {
            /* The subject may not support negative indexes: compute a
             * non-negative one. */
            ADDOP(GET_LEN);
            ADDOP_LOAD_CONST(mp_small(size - i));
            ADDOP_I(BINARY_OP, mp_binop_arg(MP_Sub, 0));
        }
        ADDOP(BINARY_SUBSCR);
        RETURN_IF_FALSE(compile_pattern_subpattern(c, p, pc));
    }
    pc->on_top--;
    ADDOP(POP_TOP);
    return 1;
}

static int compile_pattern_sequence(mp_compiler *c, const mp_pattern *p, pattern_context *pc)
{
    const mp_seq *patterns = p->v.MatchSequence.patterns;
    int size = MP_SEQ_LEN(patterns), star = -1;
    int only_wildcard = 1, star_wildcard = 0;
    for (int i = 0; i < size; i++) {
        const mp_pattern *sub = MP_SEQ_GET(patterns, i);
        if (sub->kind == MP_PAT_MatchStar) {
            if (star >= 0)
                return mp_compiler_error(c, "multiple starred names in sequence pattern");
            star_wildcard = WILDCARD_STAR_CHECK(sub);
            only_wildcard &= star_wildcard;
            star = i;
            continue;
        }
        only_wildcard &= WILDCARD_CHECK(sub);
    }
    /* The subject stays on top for the type and length checks. */
    pc->on_top++;
    ADDOP(MATCH_SEQUENCE);
    RETURN_IF_FALSE(jump_to_fail_pop(c, pc, MP_OP_POP_JUMP_IF_FALSE));
    if (star < 0) {
        /* len(subject) == size */
        ADDOP(GET_LEN);
        ADDOP_LOAD_CONST(mp_small(size));
        ADDOP_I(COMPARE_OP, MP_EQ);
        RETURN_IF_FALSE(jump_to_fail_pop(c, pc, MP_OP_POP_JUMP_IF_FALSE));
    } else if (size > 1) {
        /* len(subject) >= size - 1 */
        ADDOP(GET_LEN);
        ADDOP_LOAD_CONST(mp_small(size - 1));
        ADDOP_I(COMPARE_OP, MP_GE);
        RETURN_IF_FALSE(jump_to_fail_pop(c, pc, MP_OP_POP_JUMP_IF_FALSE));
    }
    /* What follows consumes the subject. */
    pc->on_top--;
    if (only_wildcard) {
        /* [] / [_] / [_, _] / [*_] / [_, *_] / ... */
        ADDOP(POP_TOP);
        return 1;
    }
    if (star_wildcard)
        return pattern_helper_sequence_subscr(c, patterns, star, pc);
    return pattern_helper_sequence_unpack(c, patterns, pc);
}

/* ---- values, singletons, captures ------------------------------------------------------ */

static int compile_pattern_value(mp_compiler *c, const mp_pattern *p, pattern_context *pc)
{
    const mp_expr *value = p->v.MatchValue.value;
    if (value->kind != MP_EXPR_Constant && value->kind != MP_EXPR_Attribute)
        return mp_compiler_error(c, "patterns may only match literals and attribute lookups");
    VISIT(value);
    ADDOP_I(COMPARE_OP, MP_EQ);
    return jump_to_fail_pop(c, pc, MP_OP_POP_JUMP_IF_FALSE);
}

static int compile_pattern_singleton(mp_compiler *c, const mp_pattern *p, pattern_context *pc)
{
    mp_obj v;
    switch (p->v.MatchSingleton.value.kind) {
    case MP_CONST_TRUE: v = mp_true; break;
    case MP_CONST_FALSE: v = mp_false; break;
    default: v = mp_none; break;
    }
    ADDOP_LOAD_CONST(v);
    ADDOP_I(IS_OP, 0);
    return jump_to_fail_pop(c, pc, MP_OP_POP_JUMP_IF_FALSE);
}

static int compile_pattern_as(mp_compiler *c, const mp_pattern *p, pattern_context *pc)
{
    if (!p->v.MatchAs.pattern) {
        /* A capture or `_`: it matches anything. */
        if (!pc->allow_irrefutable) {
            if (p->v.MatchAs.name)
                return mp_compiler_error(c, "name capture '%s' makes remaining patterns "
                                            "unreachable", p->v.MatchAs.name);
            return mp_compiler_error(c, "wildcard makes remaining patterns unreachable");
        }
        return pattern_helper_store_name(c, p->v.MatchAs.name, pc);
    }
    /* A copy of the subject, to store if the pattern matches. */
    pc->on_top++;
    ADDOP_I(COPY, 1);
    RETURN_IF_FALSE(compile_pattern(c, p->v.MatchAs.pattern, pc));
    pc->on_top--;
    return pattern_helper_store_name(c, p->v.MatchAs.name, pc);
}

static int compile_pattern_star(mp_compiler *c, const mp_pattern *p, pattern_context *pc)
{
    return pattern_helper_store_name(c, p->v.MatchStar.name, pc);
}

/* ---- classes ------------------------------------------------------------------------------ */

/* The keyword names of a class pattern: assignable and not repeated.  The
 * error points at the sub-pattern, as the parser gives only names. */
static int validate_kwd_attrs(mp_compiler *c, const mp_seq *attrs, const mp_seq *patterns)
{
    int nattrs = MP_SEQ_LEN(attrs);
    for (int i = 0; i < nattrs; i++) {
        const char *attr = MP_SEQ_GET(attrs, i);
        mp_set_loc(c, ((const mp_pattern *)MP_SEQ_GET(patterns, i))->pos);
        if (strcmp(attr, "__debug__") == 0)
            return mp_compiler_error(c, "cannot assign to __debug__");
        for (int j = i + 1; j < nattrs; j++) {
            if (strcmp(attr, (const char *)MP_SEQ_GET(attrs, j)) == 0) {
                mp_set_loc(c, ((const mp_pattern *)MP_SEQ_GET(patterns, j))->pos);
                return mp_compiler_error(c, "attribute name repeated in class pattern: %s",
                                         attr);
            }
        }
    }
    return 1;
}

/* The tuple of keyword names for MATCH_CLASS (a new reference), or NULL. */
static mp_obj kwd_names_tuple(const mp_seq *attrs)
{
    int n = MP_SEQ_LEN(attrs);
    mp_obj t = mp_tuple_new(n);
    if (!t)
        return NULL;
    for (int i = 0; i < n; i++) {
        mp_obj name = mp_str_intern(MP_SEQ_GET(attrs, i));
        if (!name) {
            for (int j = i; j < n; j++)
                MP_TUPLE_ITEMS(t)[j] = mp_newref(mp_none);
            mp_decref(t);
            return NULL;
        }
        MP_TUPLE_ITEMS(t)[i] = mp_newref(name);
    }
    return t;
}

static int compile_pattern_class(mp_compiler *c, const mp_pattern *p, pattern_context *pc)
{
    const mp_seq *patterns = p->v.MatchClass.patterns;
    const mp_seq *kwd_attrs = p->v.MatchClass.kwd_attrs;
    const mp_seq *kwd_patterns = p->v.MatchClass.kwd_patterns;
    int nargs = MP_SEQ_LEN(patterns), nattrs = MP_SEQ_LEN(kwd_attrs);
    if (nattrs != MP_SEQ_LEN(kwd_patterns))
        return mp_compiler_error(c, "kwd_attrs (%d) / kwd_patterns (%d) length mismatch in "
                                    "class pattern", nattrs, MP_SEQ_LEN(kwd_patterns));
    if (nattrs) {
        RETURN_IF_FALSE(validate_kwd_attrs(c, kwd_attrs, kwd_patterns));
        mp_set_loc(c, p->pos);
    }
    VISIT(p->v.MatchClass.cls);
    RETURN_IF_FALSE(mp_addop_load_const_new(c, kwd_names_tuple(kwd_attrs)));
    ADDOP_I(MATCH_CLASS, nargs);
    ADDOP_I(COPY, 1);
    ADDOP_LOAD_CONST(mp_none);
    ADDOP_I(IS_OP, 1);
    /* On top: the tuple of the nargs + nattrs attributes (or None). */
    pc->on_top++;
    RETURN_IF_FALSE(jump_to_fail_pop(c, pc, MP_OP_POP_JUMP_IF_FALSE));
    ADDOP_I(UNPACK_SEQUENCE, nargs + nattrs);
    pc->on_top += nargs + nattrs - 1;
    for (int i = 0; i < nargs + nattrs; i++) {
        pc->on_top--;
        const mp_pattern *sub = i < nargs ? MP_SEQ_GET(patterns, i)
                                          : MP_SEQ_GET(kwd_patterns, i - nargs);
        if (WILDCARD_CHECK(sub)) {
            ADDOP(POP_TOP);
            continue;
        }
        RETURN_IF_FALSE(compile_pattern_subpattern(c, sub, pc));
    }
    return 1;
}

/* ---- mappings ----------------------------------------------------------------------------- */

/* The keys of a mapping pattern, checked (literals or dotted names; no
 * literal twice) and pushed. */
static int compile_mapping_keys(mp_compiler *c, const mp_pattern *p)
{
    const mp_seq *keys = p->v.MatchMapping.keys;
    int size = MP_SEQ_LEN(keys);
    for (int i = 0; i < size; i++) {
        const mp_expr *key = MP_SEQ_GET(keys, i);
        if (!key) {
            mp_set_loc(c, ((const mp_pattern *)MP_SEQ_GET(p->v.MatchMapping.patterns, i))->pos);
            return mp_compiler_error(c, "can't use NULL keys in MatchMapping "
                                        "(set 'rest' parameter instead)");
        }
        if (key->kind == MP_EXPR_Constant) {
            mp_obj v = mp_const_value(c, key);
            RETURN_IF_FALSE(v);
            for (int j = 0; j < i; j++) {
                const mp_expr *prev = MP_SEQ_GET(keys, j);
                if (prev->kind != MP_EXPR_Constant)
                    continue;
                mp_obj w = mp_const_value(c, prev);
                RETURN_IF_FALSE(w);
                /* Set membership: equal hashes and equal values. */
                int eq = mp_obj_richcompare_bool(v, w, MP_EQ);
                if (eq < 0)
                    return 0;
                if (!eq)
                    continue;
                mp_obj r = mp_obj_repr(v);
                RETURN_IF_FALSE(r);
                mp_compiler_error(c, "mapping pattern checks duplicate key (%s)",
                                  mp_str_utf8(r));
                mp_decref(r);
                return 0;
            }
        } else if (key->kind != MP_EXPR_Attribute) {
            return mp_compiler_error(c, "mapping pattern keys may only match literals "
                                        "and attribute lookups");
        }
        VISIT(key);
    }
    return 1;
}

static int compile_pattern_mapping(mp_compiler *c, const mp_pattern *p, pattern_context *pc)
{
    const mp_seq *patterns = p->v.MatchMapping.patterns;
    int size = MP_SEQ_LEN(p->v.MatchMapping.keys);
    if (size != MP_SEQ_LEN(patterns))
        return mp_compiler_error(c, "keys (%d) / patterns (%d) length mismatch in mapping "
                                    "pattern", size, MP_SEQ_LEN(patterns));
    const char *star_target = p->v.MatchMapping.rest;
    /* The subject stays on top for the type and length checks. */
    pc->on_top++;
    ADDOP(MATCH_MAPPING);
    RETURN_IF_FALSE(jump_to_fail_pop(c, pc, MP_OP_POP_JUMP_IF_FALSE));
    if (!size && !star_target) {
        /* `{}`: any mapping. */
        pc->on_top--;
        ADDOP(POP_TOP);
        return 1;
    }
    if (size) {
        /* len(subject) >= size */
        ADDOP(GET_LEN);
        ADDOP_LOAD_CONST(mp_small(size));
        ADDOP_I(COMPARE_OP, MP_GE);
        RETURN_IF_FALSE(jump_to_fail_pop(c, pc, MP_OP_POP_JUMP_IF_FALSE));
    }
    RETURN_IF_FALSE(compile_mapping_keys(c, p));
    ADDOP_I(BUILD_TUPLE, size);
    ADDOP(MATCH_KEYS);
    /* On top of the subject: the tuple of keys, the tuple of values (or
     * None when a key is missing). */
    pc->on_top += 2;
    ADDOP_I(COPY, 1);
    ADDOP_LOAD_CONST(mp_none);
    ADDOP_I(IS_OP, 1);
    RETURN_IF_FALSE(jump_to_fail_pop(c, pc, MP_OP_POP_JUMP_IF_FALSE));
    /* The values are the subjects of the sub-patterns. */
    ADDOP_I(UNPACK_SEQUENCE, size);
    pc->on_top += size - 1;
    for (int i = 0; i < size; i++) {
        pc->on_top--;
        RETURN_IF_FALSE(compile_pattern_subpattern(c, MP_SEQ_GET(patterns, i), pc));
    }
    /* A match: what follows consumes the keys and the subject. */
    pc->on_top -= 2;
    if (star_target) {
        /* rest = dict(subject); del rest[key] for each key:
         *   [subject, keys] BUILD_MAP 0 -> [subject, keys, {}]
         *   SWAP 3 -> [{}, keys, subject]; DICT_UPDATE 2 -> [rest, keys]
         *   UNPACK_SEQUENCE -> [rest, key...]; then for each key
         *   COPY (rest); SWAP 2; DELETE_SUBSCR. */
        ADDOP_I(BUILD_MAP, 0);
        ADDOP_I(SWAP, 3);
        ADDOP_I(DICT_UPDATE, 2);
        ADDOP_I(UNPACK_SEQUENCE, size);
        while (size) {
            ADDOP_I(COPY, 1 + size--);
            ADDOP_I(SWAP, 2);
            ADDOP(DELETE_SUBSCR);
        }
        return pattern_helper_store_name(c, star_target, pc);
    }
    ADDOP(POP_TOP); /* the keys */
    ADDOP(POP_TOP); /* the subject */
    return 1;
}

/* ---- alternatives ------------------------------------------------------------------------ */

/* Brings the captures of an alternative into the order of the first
 * alternative's (control), on the stack and in stores. */
static int reorder_stores(mp_compiler *c, pattern_context *pc, const name_list *control)
{
    int nstores = pc->stores.n;
    for (int icontrol = nstores - 1; icontrol >= 0; icontrol--) {
        int istores = names_find(&pc->stores, control->names[icontrol]);
        if (istores < 0)
            return -1;
        if (icontrol == istores)
            continue;
        /* rotated = stores[:istores + 1]; del stores[:istores + 1];
         * stores[icontrol - istores:icontrol - istores] = rotated, and the
         * same on the stack with rotations. */
        int rotations = istores + 1;
        const char **rotated = mp_malloc((size_t)rotations * sizeof *rotated);
        if (!rotated) {
            mp_err_no_memory();
            return 0;
        }
        memcpy(rotated, pc->stores.names, (size_t)rotations * sizeof *rotated);
        memmove(pc->stores.names, pc->stores.names + rotations,
                (size_t)(nstores - rotations) * sizeof *rotated);
        int at = icontrol - istores;
        memmove(pc->stores.names + at + rotations, pc->stores.names + at,
                (size_t)(nstores - rotations - at) * sizeof *rotated);
        memcpy(pc->stores.names + at, rotated, (size_t)rotations * sizeof *rotated);
        mp_free(rotated);
        while (rotations--)
            RETURN_IF_FALSE(pattern_helper_rotate(c, icontrol + 1));
    }
    return 1;
}

/* Each alternative runs on its own copy of the subject with its own
 * context; all must bind the same names, and the captures end in the
 * order of the first alternative's. */
static int compile_pattern_or_alts(mp_compiler *c, const mp_pattern *p, pattern_context *pc,
                                   const pattern_context *old_pc, name_list *control,
                                   mp_bblock *end)
{
    int size = MP_SEQ_LEN(p->v.MatchOr.patterns);
    for (int i = 0; i < size; i++) {
        const mp_pattern *alt = MP_SEQ_GET(p->v.MatchOr.patterns, i);
        mp_set_loc(c, alt->pos);
        pc->stores.n = 0;
        /* Only the last alternative may match anything, and only if the
         * whole pattern may. */
        pc->allow_irrefutable = i == size - 1 && old_pc->allow_irrefutable;
        pc->fail_pop = NULL;
        pc->fail_pop_size = 0;
        pc->on_top = 0;
        RETURN_IF_FALSE(mp_addop_i(c, MP_OP_COPY, 1) && compile_pattern(c, alt, pc));
        if (i == 0) {
            for (int k = 0; k < pc->stores.n; k++)
                RETURN_IF_FALSE(names_append(control, pc->stores.names[k]));
        } else if (pc->stores.n != control->n) {
            return -1;
        } else if (pc->stores.n) {
            int r = reorder_stores(c, pc, control);
            if (r <= 0)
                return r;
        }
        RETURN_IF_FALSE(mp_addop_j(c, MP_OP_JUMP, end) && emit_and_reset_fail_pop(c, pc));
    }
    return 1;
}

static int compile_pattern_or(mp_compiler *c, const mp_pattern *p, pattern_context *pc)
{
    mp_bblock *end = mp_new_block(c);
    RETURN_IF_FALSE(end);
    pattern_context old_pc = *pc;
    name_list control = {0};
    pc->stores = (name_list){0};
    pc->fail_pop = NULL;
    pc->fail_pop_size = 0;
    int r = compile_pattern_or_alts(c, p, pc, &old_pc, &control, end);
    names_clear(&pc->stores);
    mp_free(pc->fail_pop);
    *pc = old_pc;
    if (r <= 0) {
        names_clear(&control);
        if (r < 0)
            mp_compiler_error(c, "alternative patterns bind different names");
        return 0;
    }
    /* No alternative matched: pop the subject's copy and fail. */
    int ok = mp_addop(c, MP_OP_POP_TOP) && jump_to_fail_pop(c, pc, MP_OP_JUMP);
    if (ok)
        mp_use_next_block(c, end);
    /* The captures are above the other stores, the subject's copy and the
     * items on top: rotate each to its place. */
    int nrots = control.n + 1 + pc->on_top + pc->stores.n;
    for (int i = 0; ok && i < control.n; i++) {
        ok = pattern_helper_rotate(c, nrots);
        if (!ok)
            break;
        if (names_find(&pc->stores, control.names[i]) >= 0) {
            ok = mp_compiler_error(c, "multiple assignments to name '%s' in pattern",
                                   control.names[i]);
            break;
        }
        ok = names_append(&pc->stores, control.names[i]);
    }
    names_clear(&control);
    /* Pop the subject's copy. */
    return ok && mp_addop(c, MP_OP_POP_TOP);
}

/* ---- dispatch ------------------------------------------------------------------------------ */

static int compile_pattern(mp_compiler *c, const mp_pattern *p, pattern_context *pc)
{
    mp_set_loc(c, p->pos);
    switch (p->kind) {
    case MP_PAT_MatchValue:
        return compile_pattern_value(c, p, pc);
    case MP_PAT_MatchSingleton:
        return compile_pattern_singleton(c, p, pc);
    case MP_PAT_MatchSequence:
        return compile_pattern_sequence(c, p, pc);
    case MP_PAT_MatchMapping:
        return compile_pattern_mapping(c, p, pc);
    case MP_PAT_MatchClass:
        return compile_pattern_class(c, p, pc);
    case MP_PAT_MatchStar:
        return compile_pattern_star(c, p, pc);
    case MP_PAT_MatchAs:
        return compile_pattern_as(c, p, pc);
    case MP_PAT_MatchOr:
        return compile_pattern_or(c, p, pc);
    }
    mp_err_set_str(&mp_type_SystemError, "compiler: unknown pattern kind");
    return 0;
}

/* One case (not a trailing `case _:`): COPY the subject unless this is the
 * last case to try, the pattern, the stores, the guard, the body. */
static int compile_match_case(mp_compiler *c, const mp_match_case *m, int last,
                              int allow_irrefutable, pattern_context *pc, mp_bblock *end)
{
    mp_set_loc(c, m->pattern->pos);
    if (!last)
        ADDOP_I(COPY, 1);
    pc->stores = (name_list){0};
    pc->allow_irrefutable = allow_irrefutable;
    pc->fail_pop = NULL;
    pc->fail_pop_size = 0;
    pc->on_top = 0;
    int ok = compile_pattern(c, m->pattern, pc);
    /* A match: bind the captured names, which are on the stack. */
    for (int n = 0; ok && n < pc->stores.n; n++)
        ok = mp_compiler_nameop(c, pc->stores.names[n], MP_Store);
    names_clear(&pc->stores);
    RETURN_IF_FALSE(ok);
    if (m->guard) {
        RETURN_IF_FALSE(ensure_fail_pop(c, pc, 0));
        RETURN_IF_FALSE(mp_compile_jump_if(c, m->guard, pc->fail_pop[0], 0));
    }
    /* Done with the subject. */
    if (!last)
        ADDOP(POP_TOP);
    RETURN_IF_FALSE(mp_compile_stmts(c, m->body));
    mp_unset_loc(c);
    ADDOP_JUMP(JUMP, end);
    /* The clean-up after a failed match belongs to the pattern's line, not
     * to the body's last. */
    mp_set_loc(c, m->pattern->pos);
    return emit_and_reset_fail_pop(c, pc);
}

static int compile_match_inner(mp_compiler *c, const mp_stmt *s, pattern_context *pc)
{
    VISIT(s->v.Match.subject);
    mp_bblock *end = mp_new_block(c);
    RETURN_IF_FALSE(end);
    int cases = MP_SEQ_LEN(s->v.Match.cases);
    const mp_match_case *m = MP_SEQ_GET(s->v.Match.cases, cases - 1);
    /* A trailing `case _:` needs no copy of the subject nor any test. */
    int has_default = WILDCARD_CHECK(m->pattern) && 1 < cases;
    for (int i = 0; i < cases - has_default; i++) {
        m = MP_SEQ_GET(s->v.Match.cases, i);
        /* An irrefutable case must be guarded, last, or both. */
        RETURN_IF_FALSE(compile_match_case(c, m, i == cases - has_default - 1,
                                           m->guard != NULL || i == cases - 1, pc, end));
    }
    if (has_default) {
        m = MP_SEQ_GET(s->v.Match.cases, cases - 1);
        mp_set_loc(c, m->pattern->pos);
        if (cases == 1)
            ADDOP(POP_TOP); /* done with the subject */
        else
            ADDOP(NOP);     /* the default case's line, for coverage */
        if (m->guard)
            RETURN_IF_FALSE(mp_compile_jump_if(c, m->guard, end, 0));
        RETURN_IF_FALSE(mp_compile_stmts(c, m->body));
        mp_unset_loc(c);
    }
    mp_use_next_block(c, end);
    return 1;
}

int mp_compile_match(mp_compiler *c, const mp_stmt *s)
{
    pattern_context pc = {0};
    int ok = compile_match_inner(c, s, &pc);
    names_clear(&pc.stores);
    mp_free(pc.fail_pop);
    return ok;
}
