/* The _sre module: the matching engine under lib/re.  As in CPython, the
 * pattern is parsed and compiled in Python (lib/re/_parser.py,
 * lib/re/_compiler.py) into a program of 32-bit words, and this file runs
 * that program against a str or bytes.  The program and its opcodes are
 * minipy's own (lib/re/_constants.py lists them with the same numbers):
 * a backtracking machine whose choice points live on an explicit, growable
 * stack, so that a long subject never deepens the C stack.
 *
 * The machine has registers: the group marks (2 per group, group 0 first),
 * then lastindex, then the counters and positions the compiler gives to
 * loops.  Every write to a register pushes the old value on the stack, so
 * that backtracking undoes it.
 *
 * _sre.compile(words, nregs, nmarks) checks the whole program once, as
 * CPython's _validate does for its own format (RuntimeError "invalid SRE
 * code" otherwise), and keeps it in a _sre.Program: run() then trusts
 * every operand, and each match reads the words in place. */
#include <stddef.h>
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/bytes.h"
#include "minipy/exc.h"
#include "minipy/mem.h"
#include "minipy/int.h"
#include "minipy/list.h"
#include "minipy/module.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"
#include "minipy/unicode.h"

#define FN(f) ((void (*)(void))(f))

/* Opcodes: keep in step with lib/re/_constants.py. */
enum {
    OP_FAILURE = 0,
    OP_MATCH = 1,          /* the whole pattern matched */
    OP_CHAR = 2,           /* c: one character equal to c */
    OP_CHAR_I = 3,         /* c: one character whose lower case is c */
    OP_NOT_CHAR = 4,       /* c */
    OP_NOT_CHAR_I = 5,     /* c */
    OP_ANY = 6,            /* any character but \n */
    OP_ANY_ALL = 7,        /* any character (re.DOTALL) */
    OP_SET = 8,            /* flags next items...: a character class */
    OP_BRANCH = 9,         /* a b: try a, then b */
    OP_JUMP = 10,          /* a */
    OP_SAVE = 11,          /* r: register r = position */
    OP_AT = 12,            /* kind: an anchor */
    OP_GROUPREF = 13,      /* g: the text group g matched */
    OP_GROUPREF_I = 14,    /* g: the same, ignoring case */
    OP_GROUPREF_EXISTS = 15, /* g else: continue if group g matched, else jump */
    OP_REPEAT_ONE = 16,    /* min max greedy next, then one single-character op */
    OP_REPEAT_INIT = 17,   /* r: counter r = 0 */
    OP_REPEAT_TEST = 18,   /* r min max greedy exit: loop again or leave */
    OP_REPEAT_NEXT = 19,   /* r p min test exit: one iteration done */
    OP_ASSERT = 20,        /* behind neg width end, body, SUCCEED */
    OP_ATOMIC = 21,        /* end, body, SUCCEED */
    OP_SUCCEED = 22,       /* end of an assertion's or atomic group's body */
};

/* Items of OP_SET, which runs up to its `next` word. */
enum { SET_LITERAL = 1, SET_RANGE = 2, SET_CATEGORY = 3 };
enum { SET_NEGATE = 1, SET_IGNORE = 2 };

enum {
    CAT_DIGIT, CAT_NOT_DIGIT, CAT_SPACE, CAT_NOT_SPACE, CAT_WORD, CAT_NOT_WORD,
    CAT_UNI_DIGIT, CAT_UNI_NOT_DIGIT, CAT_UNI_SPACE, CAT_UNI_NOT_SPACE, CAT_UNI_WORD,
    CAT_UNI_NOT_WORD,
};

enum {
    AT_BEGINNING, AT_BEGINNING_LINE, AT_END, AT_END_LINE, AT_END_STRING, AT_BOUNDARY,
    AT_NON_BOUNDARY, AT_UNI_BOUNDARY, AT_UNI_NON_BOUNDARY,
};

enum { MODE_MATCH, MODE_FULLMATCH, MODE_SEARCH };
/* Or'ed into the mode: the match must not be empty at pos (finditer, sub
 * and split after an empty match, as CPython's must_advance). */
#define MODE_MUST_ADVANCE 4

/* Kinds of stack entries. */
enum { BT_BRANCH, BT_RESTORE, BT_REPEAT_ONE, BT_FRAME };

typedef struct {
    int32_t kind;
    int32_t pc;      /* BRANCH: where to resume; RESTORE: the register; others: their op */
    intptr_t pos;    /* BRANCH: the position; RESTORE: the old value; others: the start */
    intptr_t extra;  /* REPEAT_ONE: the count being tried; FRAME: the enclosing frame */
} bt_entry;

/* The stack may hold this many entries (16 bytes each) before the match
 * gives up with MemoryError: catastrophic patterns stay bounded. */
#define STACK_MAX ((size_t)1 << 25)

typedef struct {
    const int32_t *code;     /* a validated program's words */
    const unsigned char *u8; /* the subject, one byte per character (bytes, ASCII str) */
    uint32_t *u32;           /* or one word per character (other str) */
    const unsigned char *w32; /* or the caller's UTF-32 copy of the str, unaligned */
    intptr_t end;            /* endpos: the subject ends here */
    int uni;                 /* case folding by Unicode rules (str without re.ASCII) */
    intptr_t forbid_empty;   /* no empty match may start here (after one), or -1 */
    intptr_t *regs;
    intptr_t nregs, nmarks;
    bt_entry *stack;
    size_t sp, cap;
} sre_state;

static inline uint32_t ch_at(const sre_state *s, intptr_t i)
{
    if (s->u8)
        return s->u8[i];
    if (s->u32)
        return s->u32[i];
    uint32_t c;
    memcpy(&c, s->w32 + 4 * i, 4);
    return c;
}

static uint32_t lower(const sre_state *s, uint32_t c)
{
    if (c < 128 || !s->uni)
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    uint32_t out[MP_UNICODE_MAX_MAPPING];
    return mp_unicode_to_lower(c, out) == 1 ? out[0] : c;
}

static uint32_t upper(const sre_state *s, uint32_t c)
{
    if (c < 128 || !s->uni)
        return (c >= 'a' && c <= 'z') ? c - 32 : c;
    uint32_t out[MP_UNICODE_MAX_MAPPING];
    return mp_unicode_to_upper(c, out) == 1 ? out[0] : c;
}

static int is_word(uint32_t c, int uni)
{
    if (c < 128)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '_';
    return uni && (mp_unicode_flags(c) & (MP_UC_ALPHA | MP_UC_DECIMAL | MP_UC_DIGIT |
                                          MP_UC_NUMERIC)) != 0;
}

static int is_space(uint32_t c, int uni)
{
    if (c < 128)
        return c == ' ' || (c >= '\t' && c <= '\r');
    return uni && (mp_unicode_flags(c) & MP_UC_SPACE) != 0;
}

static int is_digit(uint32_t c, int uni)
{
    if (c < 128)
        return c >= '0' && c <= '9';
    return uni && (mp_unicode_flags(c) & MP_UC_DECIMAL) != 0;
}

static int category(int32_t cat, uint32_t c)
{
    int uni = cat >= CAT_UNI_DIGIT;
    switch (uni ? cat - CAT_UNI_DIGIT : cat) {
    case CAT_DIGIT: return is_digit(c, uni);
    case CAT_NOT_DIGIT: return !is_digit(c, uni);
    case CAT_SPACE: return is_space(c, uni);
    case CAT_NOT_SPACE: return !is_space(c, uni);
    case CAT_WORD: return is_word(c, uni);
    default: return !is_word(c, uni);
    }
}

/* Whether c is one of the set's items (at code[pc .. next)). */
static int in_items(const int32_t *code, size_t pc, size_t next, uint32_t c)
{
    while (pc < next) {
        switch (code[pc]) {
        case SET_LITERAL:
            if (c == (uint32_t)code[pc + 1])
                return 1;
            pc += 2;
            break;
        case SET_RANGE:
            if (c >= (uint32_t)code[pc + 1] && c <= (uint32_t)code[pc + 2])
                return 1;
            pc += 3;
            break;
        default:
            if (category(code[pc + 1], c))
                return 1;
            pc += 2;
            break;
        }
    }
    return 0;
}

/* Whether character c matches the single-character op at pc. */
static int match_char(const sre_state *s, size_t pc, uint32_t c)
{
    const int32_t *code = s->code;
    switch (code[pc]) {
    case OP_CHAR: return c == (uint32_t)code[pc + 1];
    case OP_CHAR_I: return lower(s, c) == (uint32_t)code[pc + 1];
    case OP_NOT_CHAR: return c != (uint32_t)code[pc + 1];
    case OP_NOT_CHAR_I: return lower(s, c) != (uint32_t)code[pc + 1];
    case OP_ANY: return c != '\n';
    case OP_ANY_ALL: return 1;
    default: { /* OP_SET */
        int32_t flags = code[pc + 1];
        size_t next = (size_t)code[pc + 2];
        int in = in_items(code, pc + 3, next, c);
        if (!in && (flags & SET_IGNORE)) {
            uint32_t l = lower(s, c), u = upper(s, c);
            in = (l != c && in_items(code, pc + 3, next, l)) ||
                 (u != c && in_items(code, pc + 3, next, u));
        }
        return (flags & SET_NEGATE) ? !in : in;
    }
    }
}

/* The length of the single-character op at pc. */
static size_t char_op_len(const int32_t *code, size_t pc)
{
    switch (code[pc]) {
    case OP_ANY:
    case OP_ANY_ALL: return 1;
    case OP_SET: return (size_t)code[pc + 2] - pc;
    default: return 2;
    }
}

static int at(const sre_state *s, int32_t kind, intptr_t pos)
{
    intptr_t end = s->end;
    switch (kind) {
    case AT_BEGINNING: return pos == 0;
    case AT_BEGINNING_LINE: return pos == 0 || ch_at(s, pos - 1) == '\n';
    case AT_END: return pos == end || (pos == end - 1 && ch_at(s, pos) == '\n');
    case AT_END_LINE: return pos == end || ch_at(s, pos) == '\n';
    case AT_END_STRING: return pos == end;
    default: {
        if (end == 0)
            return 0;
        int uni = kind == AT_UNI_BOUNDARY || kind == AT_UNI_NON_BOUNDARY;
        int before = pos > 0 && is_word(ch_at(s, pos - 1), uni);
        int after = pos < end && is_word(ch_at(s, pos), uni);
        int boundary = before != after;
        return (kind == AT_BOUNDARY || kind == AT_UNI_BOUNDARY) ? boundary : !boundary;
    }
    }
}

static int push(sre_state *s, int32_t kind, int32_t pc, intptr_t pos, intptr_t extra)
{
    if (s->sp == s->cap) {
        if (s->cap >= STACK_MAX) {
            mp_err_set_str(&mp_type_MemoryError, "regular expression backtracking stack overflow");
            return -1;
        }
        size_t cap = s->cap ? s->cap * 2 : 64;
        bt_entry *n = mp_realloc(s->stack, cap * sizeof *n);
        if (!n) {
            mp_err_no_memory();
            return -1;
        }
        s->stack = n;
        s->cap = cap;
    }
    s->stack[s->sp++] = (bt_entry){kind, pc, pos, extra};
    return 0;
}

/* Sets register r to v, remembering the old value for backtracking. */
static int set_reg(sre_state *s, int32_t r, intptr_t v)
{
    if (push(s, BT_RESTORE, r, s->regs[r], 0) < 0)
        return -1;
    s->regs[r] = v;
    return 0;
}

/* Compares the text of group g with the subject at *pos. */
static int groupref(sre_state *s, int32_t g, int ignore, intptr_t *pos)
{
    intptr_t a = s->regs[2 * g], b = s->regs[2 * g + 1];
    if (a < 0 || b < 0 || b < a)
        return 0;
    intptr_t n = b - a;
    if (*pos + n > s->end)
        return 0;
    for (intptr_t i = 0; i < n; i++) {
        uint32_t x = ch_at(s, a + i), y = ch_at(s, *pos + i);
        if (x != y && (!ignore || lower(s, x) != lower(s, y)))
            return 0;
    }
    *pos += n;
    return 1;
}

/* Runs the program from start.  Returns 1 on a match (registers hold the
 * marks; group 0's are set here), 0 when none, -1 with an exception. */
static int run(sre_state *s, intptr_t start, int full)
{
    const int32_t *code = s->code;
    size_t pc = 0;
    intptr_t pos = start;
    intptr_t frame = -1; /* the stack index of the innermost open assertion */
    s->sp = 0;
    for (;;) {
        switch (code[pc]) {
        case OP_MATCH:
            if ((full && pos != s->end) || (pos == start && start == s->forbid_empty))
                goto fail;
            s->regs[0] = start;
            s->regs[1] = pos;
            return 1;
        case OP_CHAR:
        case OP_CHAR_I:
        case OP_NOT_CHAR:
        case OP_NOT_CHAR_I:
        case OP_ANY:
        case OP_ANY_ALL:
        case OP_SET:
            if (pos >= s->end || !match_char(s, pc, ch_at(s, pos)))
                goto fail;
            pc += char_op_len(code, pc);
            pos++;
            break;
        case OP_BRANCH:
            if (push(s, BT_BRANCH, code[pc + 2], pos, 0) < 0)
                return -1;
            pc = (size_t)code[pc + 1];
            break;
        case OP_JUMP:
            pc = (size_t)code[pc + 1];
            break;
        case OP_SAVE: {
            int32_t r = code[pc + 1];
            if (set_reg(s, r, pos) < 0)
                return -1;
            /* Closing a group makes it the last one (Match.lastindex). */
            if (r < s->nmarks && (r & 1) && set_reg(s, (int32_t)s->nmarks, r / 2) < 0)
                return -1;
            pc += 2;
            break;
        }
        case OP_AT:
            if (!at(s, code[pc + 1], pos))
                goto fail;
            pc += 2;
            break;
        case OP_GROUPREF:
        case OP_GROUPREF_I:
            if (!groupref(s, code[pc + 1], code[pc] == OP_GROUPREF_I, &pos))
                goto fail;
            pc += 2;
            break;
        case OP_GROUPREF_EXISTS: {
            int32_t g = code[pc + 1];
            pc = (s->regs[2 * g] >= 0 && s->regs[2 * g + 1] >= 0) ? pc + 3
                                                                   : (size_t)code[pc + 2];
            break;
        }
        case OP_REPEAT_ONE: {
            intptr_t min = code[pc + 1], max = code[pc + 2];
            size_t body = pc + 5;
            intptr_t limit = s->end - pos;
            if (max >= 0 && max < limit)
                limit = max;
            intptr_t n = 0;
            if (code[pc + 3]) { /* greedy: as many as possible, then give back */
                while (n < limit && match_char(s, body, ch_at(s, pos + n)))
                    n++;
            } else {
                if (min > limit)
                    goto fail;
                while (n < min && match_char(s, body, ch_at(s, pos + n)))
                    n++;
            }
            if (n < min)
                goto fail;
            if (n != (code[pc + 3] ? min : max) &&
                push(s, BT_REPEAT_ONE, (int32_t)pc, pos, n) < 0)
                return -1;
            pos += n;
            pc = (size_t)code[pc + 4];
            break;
        }
        case OP_REPEAT_INIT:
            if (set_reg(s, code[pc + 1], 0) < 0)
                return -1;
            pc += 2;
            break;
        case OP_REPEAT_TEST: {
            intptr_t count = s->regs[code[pc + 1]];
            intptr_t min = code[pc + 2], max = code[pc + 3];
            size_t body = pc + 6, exit = (size_t)code[pc + 5];
            if (count < min) {
                pc = body;
            } else if (max >= 0 && count >= max) {
                pc = exit;
            } else if (code[pc + 4]) {
                if (push(s, BT_BRANCH, (int32_t)exit, pos, 0) < 0)
                    return -1;
                pc = body;
            } else {
                if (push(s, BT_BRANCH, (int32_t)body, pos, 0) < 0)
                    return -1;
                pc = exit;
            }
            break;
        }
        case OP_REPEAT_NEXT: {
            int32_t r = code[pc + 1];
            intptr_t count = s->regs[r] + 1;
            if (set_reg(s, r, count) < 0)
                return -1;
            /* An iteration that matched nothing ends the loop, or it would
             * never end: (a*)* */
            if (pos == s->regs[code[pc + 2]] && count >= code[pc + 3])
                pc = (size_t)code[pc + 5];
            else
                pc = (size_t)code[pc + 4];
            break;
        }
        case OP_ASSERT:
            if (code[pc + 1]) { /* look-behind: the body starts width back */
                if (pos - code[pc + 3] < 0) {
                    if (code[pc + 2]) {
                        pc = (size_t)code[pc + 4];
                        break;
                    }
                    goto fail;
                }
            }
            if (push(s, BT_FRAME, (int32_t)pc, pos, frame) < 0)
                return -1;
            frame = (intptr_t)s->sp - 1;
            if (code[pc + 1])
                pos -= code[pc + 3];
            pc += 5;
            break;
        case OP_ATOMIC:
            if (push(s, BT_FRAME, (int32_t)pc, pos, frame) < 0)
                return -1;
            frame = (intptr_t)s->sp - 1;
            pc += 2;
            break;
        case OP_SUCCEED: {
            bt_entry f = s->stack[frame];
            size_t op = (size_t)f.pc;
            if (code[op] == OP_ASSERT && code[op + 2]) {
                /* A negative assertion's body matched: undo it all, fail. */
                while (s->sp > (size_t)frame + 1) {
                    bt_entry *e = &s->stack[--s->sp];
                    if (e->kind == BT_RESTORE)
                        s->regs[e->pc] = e->pos;
                }
                s->sp--;
                frame = f.extra;
                goto fail;
            }
            /* The body's choices are forgotten (assertions and atomic
             * groups never backtrack into it), its register writes kept
             * so that backtracking past it still undoes them. */
            size_t keep = (size_t)frame;
            for (size_t i = (size_t)frame + 1; i < s->sp; i++)
                if (s->stack[i].kind == BT_RESTORE)
                    s->stack[keep++] = s->stack[i];
            s->sp = keep;
            frame = f.extra;
            if (code[op] == OP_ASSERT) {
                pos = f.pos;
                pc = (size_t)code[op + 4];
            } else {
                pc = (size_t)code[op + 1];
            }
            break;
        }
        default:
            goto fail;
        }
        continue;
    fail:
        for (;;) {
            if (s->sp == 0)
                return 0;
            bt_entry *e = &s->stack[--s->sp];
            if (e->kind == BT_RESTORE) {
                s->regs[e->pc] = e->pos;
                continue;
            }
            if (e->kind == BT_BRANCH) {
                pc = (size_t)e->pc;
                pos = e->pos;
                break;
            }
            if (e->kind == BT_FRAME) {
                frame = e->extra;
                size_t op = (size_t)e->pc;
                if (code[op] == OP_ASSERT && code[op + 2]) {
                    /* A negative assertion's body failed: it holds. */
                    pos = e->pos;
                    pc = (size_t)code[op + 4];
                    break;
                }
                continue;
            }
            /* BT_REPEAT_ONE */
            size_t op = (size_t)e->pc;
            intptr_t min = code[op + 1], max = code[op + 2], n = e->extra, from = e->pos;
            if (code[op + 3]) {
                n--;
                /* Skip the counts after which the next literal cannot match. */
                if (code[code[op + 4]] == OP_CHAR) {
                    uint32_t want = (uint32_t)code[code[op + 4] + 1];
                    while (n >= min && (from + n >= s->end || ch_at(s, from + n) != want))
                        n--;
                }
                if (n < min)
                    continue;
                if (n > min) {
                    e->extra = n;
                    s->sp++;
                }
            } else {
                if ((max >= 0 && n >= max) || from + n >= s->end ||
                    !match_char(s, op + 5, ch_at(s, from + n)))
                    continue;
                n++;
                if (max < 0 || n < max) {
                    e->extra = n;
                    s->sp++;
                }
            }
            pos = from + n;
            pc = (size_t)code[op + 4];
            break;
        }
    }
}

/* An int argument as intptr_t; a TypeError, not a crash, for anything
 * else (mp_int_as_ssize takes only ints). */
static int arg_ssize(mp_obj o, intptr_t *out)
{
    *out = mp_number_as_ssize(o, &mp_type_OverflowError);
    return *out == -1 && mp_err_occurred() ? -1 : 0;
}

/* ---- the program: _sre.Program ------------------------------------------------------------- */

/* A compiled pattern's words, validated by compile(), with the register
 * counts run() was checked against.  Immutable and holding no references,
 * so no gc. */
typedef struct {
    mp_varobject ob; /* size: the number of words */
    intptr_t nregs;  /* the marks, lastindex, then the loops' registers */
    intptr_t nmarks; /* 2 per group, group 0's first */
    int32_t code[];
} sre_program;

static mp_obj program_new(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return mp_err_format(&mp_type_TypeError, "cannot create '%s' instances", type->name);
}

static void program_dealloc(mp_obj self) { mp_obj_free(self); }

mp_type mp_type_sre_program = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "_sre.Program",
    .basicsize = offsetof(sre_program, code),
    .itemsize = sizeof(int32_t),
    .doc = "A compiled regular expression program (made by _sre.compile).",
    .dealloc = program_dealloc,
    .getattro = mp_obj_generic_getattr,
    .new_ = program_new,
};

/* ---- validation ---------------------------------------------------------------------------- */

/* What compile() checks, so that run() can index with every operand:
 *
 * - The program is a sequence of blocks: the top level, and the body of
 *   each ASSERT and ATOMIC, which ends in the SUCCEED at its `end` - 1 and
 *   nests inside its parent.  Decoding one block instruction by
 *   instruction, every opcode is known, its operands lie inside the block,
 *   and each instruction starts where the one before it ends (a SET where
 *   its `next` says, a REPEAT_ONE's single-character op inside it).  SUCCEED
 *   appears only at the end of a body, MATCH only at the top level, and
 *   nothing falls off the end of the program.
 * - Jumps (BRANCH, JUMP, GROUPREF_EXISTS, REPEAT_TEST's exit) go forward to
 *   an instruction of their own block: control enters a body only through
 *   its ASSERT or ATOMIC, so SUCCEED always finds its frame on the stack.
 * - The one backward jump is REPEAT_NEXT's, to its REPEAT_TEST.  Each loop
 *   is REPEAT_INIT c, REPEAT_TEST c, SAVE m, body, REPEAT_NEXT c m, with
 *   its own counter c and mark m (registers past lastindex, used by no
 *   other loop) and the same minimum in TEST and NEXT, so an iteration that
 *   matches nothing ends the loop once the minimum is reached: every loop
 *   ends (each iteration pushes on the bounded stack besides).
 * - Registers < nregs; groups (GROUPREF, GROUPREF_EXISTS) 1 .. nmarks/2 - 1;
 *   SAVE of a group mark below nmarks; repeat bounds 0 <= min, max -1 (none)
 *   or >= min; greedy 0 or 1; anchors, categories and SET flags known;
 *   look-behind widths >= 0 (0 for look-ahead). */

typedef struct {
    const int32_t *code;
    size_t n;
    int32_t nregs, nmarks;
    int32_t *blk; /* per word: the block of the instruction starting there, or -1 */
} checker;

/* A SET at pc whose instruction must end by limit: returns its length, or 0. */
static size_t check_set(const int32_t *code, size_t pc, size_t limit)
{
    if (pc + 3 > limit || (code[pc + 1] & ~(SET_NEGATE | SET_IGNORE)))
        return 0;
    int32_t next = code[pc + 2];
    if (next < 0 || (size_t)next < pc + 3 || (size_t)next > limit)
        return 0;
    size_t i = pc + 3;
    while (i < (size_t)next) {
        size_t len = code[i] == SET_RANGE ? 3 : 2;
        if (code[i] < SET_LITERAL || code[i] > SET_CATEGORY || i + len > (size_t)next)
            return 0;
        if (code[i] == SET_CATEGORY && (code[i + 1] < CAT_DIGIT || code[i + 1] > CAT_UNI_NOT_WORD))
            return 0;
        i += len;
    }
    return (size_t)next - pc;
}

/* A single-character op at pc ending by limit: its length, or 0. */
static size_t check_char_op(const int32_t *code, size_t pc, size_t limit)
{
    switch (code[pc]) {
    case OP_ANY:
    case OP_ANY_ALL: return 1;
    case OP_CHAR:
    case OP_CHAR_I:
    case OP_NOT_CHAR:
    case OP_NOT_CHAR_I: return pc + 2 <= limit ? 2 : 0;
    case OP_SET: return check_set(code, pc, limit);
    default: return 0;
    }
}

static int is_loop_reg(const checker *c, int32_t r) { return r > c->nmarks && r < c->nregs; }

static int check_repeat_bounds(int32_t min, int32_t max, int32_t greedy)
{
    return min >= 0 && (max == -1 || max >= min) && (greedy == 0 || greedy == 1);
}

/* The first pass: decodes every block, fills c->blk, checks each
 * instruction's own operands.  Blocks nest without recursion (a program
 * may nest thousands deep): open_end[] and open_id[] hold the SUCCEED
 * position and the block number of each enclosing body.  Returns 0, or -1
 * if the program is invalid. */
static int check_layout(checker *c, size_t *open_end, int32_t *open_id)
{
    const int32_t *code = c->code;
    size_t n = c->n, depth = 0, pc = 0;
    int32_t cur = 0, nblocks = 1;
    while (pc < n) {
        size_t limit = depth ? open_end[depth - 1] : n;
        if (depth && pc == limit) { /* a body ends */
            if (code[pc] != OP_SUCCEED)
                return -1;
            c->blk[pc++] = cur;
            depth--;
            cur = depth ? open_id[depth - 1] : 0;
            continue;
        }
        c->blk[pc] = cur;
        size_t len = 0;
        int falls = 1; /* whether the next instruction may run after it */
        switch (code[pc]) {
        case OP_FAILURE: len = 1, falls = 0; break;
        case OP_MATCH:
            if (depth)
                return -1;
            len = 1, falls = 0;
            break;
        case OP_CHAR:
        case OP_CHAR_I:
        case OP_NOT_CHAR:
        case OP_NOT_CHAR_I:
        case OP_ANY:
        case OP_ANY_ALL:
        case OP_SET:
            len = check_char_op(code, pc, limit);
            if (!len)
                return -1;
            break;
        case OP_BRANCH: len = 3, falls = 0; break;
        case OP_JUMP: len = 2, falls = 0; break;
        case OP_SAVE:
        case OP_REPEAT_INIT:
        case OP_AT:
        case OP_GROUPREF:
        case OP_GROUPREF_I: len = 2; break;
        case OP_GROUPREF_EXISTS: len = 3; break;
        case OP_REPEAT_TEST: len = 6; break;
        case OP_REPEAT_NEXT: len = 6, falls = 0; break;
        case OP_REPEAT_ONE: {
            if (pc + 5 >= limit || !check_repeat_bounds(code[pc + 1], code[pc + 2], code[pc + 3]))
                return -1;
            size_t body = check_char_op(code, pc + 5, limit);
            if (!body || code[pc + 4] != (int64_t)(pc + 5 + body))
                return -1;
            len = 5 + body;
            break;
        }
        case OP_ASSERT:
        case OP_ATOMIC: {
            /* The body runs from after the op to the SUCCEED at end - 1;
             * then the instruction at end follows, in this block. */
            size_t head = code[pc] == OP_ASSERT ? 5 : 2;
            if (pc + head > limit)
                return -1;
            int32_t end = code[pc + head - 1];
            if (end < 0 || (size_t)end < pc + head + 1 || (size_t)end > limit || (size_t)end == n)
                return -1;
            if (code[pc] == OP_ASSERT) {
                int32_t behind = code[pc + 1], neg = code[pc + 2], width = code[pc + 3];
                if ((behind != 0 && behind != 1) || (neg != 0 && neg != 1) || width < 0 ||
                    (!behind && width != 0))
                    return -1;
            }
            open_end[depth] = (size_t)end - 1;
            open_id[depth++] = cur = nblocks++;
            pc += head;
            continue;
        }
        default: return -1; /* SUCCEED outside a body's end, or no opcode */
        }
        if (pc + len > limit || (falls && pc + len == n))
            return -1;
        /* The operands that need no context. */
        int32_t a = len > 1 ? code[pc + 1] : 0;
        switch (code[pc]) {
        case OP_SAVE:
            if (a < 0 || a >= c->nregs || a == c->nmarks)
                return -1;
            break;
        case OP_REPEAT_INIT:
            if (!is_loop_reg(c, a))
                return -1;
            break;
        case OP_AT:
            if (a < AT_BEGINNING || a > AT_UNI_NON_BOUNDARY)
                return -1;
            break;
        case OP_GROUPREF:
        case OP_GROUPREF_I:
        case OP_GROUPREF_EXISTS:
            if (a < 1 || a >= c->nmarks / 2)
                return -1;
            break;
        case OP_REPEAT_TEST:
            if (!is_loop_reg(c, a) || !check_repeat_bounds(code[pc + 2], code[pc + 3], code[pc + 4]))
                return -1;
            break;
        case OP_REPEAT_NEXT:
            if (!is_loop_reg(c, a) || !is_loop_reg(c, code[pc + 2]))
                return -1;
            break;
        }
        pc += len;
    }
    return depth == 0 ? 0 : -1;
}

/* Whether a jump from the instruction at pc to t is allowed: forward, to
 * an instruction of the same block. */
static int check_target(const checker *c, size_t pc, int32_t t)
{
    return t >= 0 && (size_t)t > pc && (size_t)t < c->n && c->blk[t] == c->blk[pc];
}

/* Whether an instruction of block b with opcode op starts at i. */
static int op_at(const checker *c, int64_t i, int32_t b, int32_t op)
{
    return i >= 0 && (size_t)i < c->n && c->blk[i] == b && c->code[i] == op;
}

/* The second pass: jump targets and the shape of loops.  owner[r] marks
 * the loop registers already claimed.  Returns 0 or -1. */
static int check_flow(const checker *c, unsigned char *owner)
{
    const int32_t *code = c->code;
    for (size_t pc = 0; pc < c->n; pc++) {
        int32_t b = c->blk[pc];
        if (b < 0)
            continue;
        switch (code[pc]) {
        case OP_BRANCH:
            if (!check_target(c, pc, code[pc + 1]) || !check_target(c, pc, code[pc + 2]))
                return -1;
            break;
        case OP_JUMP:
            if (!check_target(c, pc, code[pc + 1]))
                return -1;
            break;
        case OP_GROUPREF_EXISTS:
            if (!check_target(c, pc, code[pc + 2]))
                return -1;
            break;
        case OP_SAVE:
            /* A loop's mark is saved only at the start of its body. */
            if (code[pc + 1] > c->nmarks && !op_at(c, (int64_t)pc - 6, b, OP_REPEAT_TEST))
                return -1;
            break;
        case OP_REPEAT_INIT:
            if (!op_at(c, (int64_t)pc + 2, b, OP_REPEAT_TEST) || code[pc + 3] != code[pc + 1])
                return -1;
            break;
        case OP_REPEAT_TEST: {
            int32_t r = code[pc + 1], exit = code[pc + 5];
            if (!op_at(c, (int64_t)pc - 2, b, OP_REPEAT_INIT) ||
                !op_at(c, (int64_t)pc + 6, b, OP_SAVE) || !check_target(c, pc, exit))
                return -1;
            int32_t mark = code[pc + 7];
            int64_t next = (int64_t)exit - 6;
            if (mark == r || next <= (int64_t)pc + 6 || !op_at(c, next, b, OP_REPEAT_NEXT) ||
                code[next + 1] != r || code[next + 2] != mark || code[next + 3] != code[pc + 2] ||
                code[next + 4] != (int64_t)pc || code[next + 5] != exit)
                return -1;
            if (owner[r] || owner[mark])
                return -1;
            owner[r] = owner[mark] = 1;
            break;
        }
        case OP_REPEAT_NEXT: {
            int32_t test = code[pc + 4];
            /* Its REPEAT_TEST checked the rest. */
            if (test < 0 || (size_t)test >= pc || !op_at(c, test, b, OP_REPEAT_TEST) ||
                code[test + 5] != (int64_t)pc + 6)
                return -1;
            break;
        }
        }
    }
    return 0;
}

/* Checks the program; -1 with RuntimeError (or MemoryError) if it is not
 * one that run() can execute safely. */
static int validate(const int32_t *code, size_t n, intptr_t nregs, intptr_t nmarks)
{
    /* Every group has its marks saved (4 words each) and every loop needs
     * 16 words, so larger counts are not a program's; with n bounded, every
     * register number and position fits in an int32. */
    if (n == 0 || n > INT32_MAX / 4 || nmarks < 2 || (nmarks & 1) || (size_t)nmarks > n + 2 ||
        nregs <= nmarks || (size_t)(nregs - nmarks) > n + 1) {
        mp_err_set_str(&mp_type_RuntimeError, "invalid SRE code");
        return -1;
    }
    checker c = {code, n, (int32_t)nregs, (int32_t)nmarks, NULL};
    c.blk = mp_malloc(n * sizeof *c.blk);
    size_t *open_end = mp_malloc(n * sizeof *open_end);
    int32_t *open_id = mp_malloc(n * sizeof *open_id);
    unsigned char *owner = mp_calloc((size_t)nregs, 1);
    int r = -1;
    if (!c.blk || !open_end || !open_id || !owner) {
        mp_err_no_memory();
        goto done;
    }
    for (size_t i = 0; i < n; i++)
        c.blk[i] = -1;
    r = check_layout(&c, open_end, open_id) < 0 || check_flow(&c, owner) < 0 ? -1 : 0;
    if (r < 0)
        mp_err_set_str(&mp_type_RuntimeError, "invalid SRE code");
done:
    mp_free(c.blk);
    mp_free(open_end);
    mp_free(open_id);
    mp_free(owner);
    return r;
}

/* _sre.compile(words, nregs, nmarks) -> _sre.Program: the words (a list
 * of ints, each a signed 32-bit word) checked and packed. */
static mp_obj sre_compile(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (nargs != 3)
        return mp_err_format(&mp_type_TypeError, "compile expected 3 arguments, got %zu", nargs);
    mp_obj words = args[0];
    intptr_t nregs, nmarks;
    if (!mp_list_check(words))
        return mp_err_format(&mp_type_TypeError, "expected a list, not %T", words);
    if (arg_ssize(args[1], &nregs) < 0 || arg_ssize(args[2], &nmarks) < 0)
        return NULL;
    intptr_t n = MP_LIST_LEN(words);
    sre_program *prog = (sre_program *)mp_obj_alloc_var(&mp_type_sre_program, n);
    if (!prog)
        return NULL;
    prog->nregs = nregs;
    prog->nmarks = nmarks;
    /* Ints only, as CPython's compile takes them: no __index__ runs, so
     * the list cannot change under the loop. */
    for (intptr_t i = 0; i < n; i++) {
        mp_obj w = MP_LIST_GET(words, i);
        intptr_t v;
        if (!mp_int_check(w)) {
            mp_err_set_str(&mp_type_TypeError, "an integer is required");
            goto fail;
        }
        if (mp_int_as_ssize_clip(w, &v) || v < INT32_MIN || v > INT32_MAX) {
            mp_err_set_str(&mp_type_OverflowError, "regular expression code size limit exceeded");
            goto fail;
        }
        prog->code[i] = (int32_t)v;
    }
    if (validate(prog->code, (size_t)n, nregs, nmarks) < 0)
        goto fail;
    return (mp_obj)prog;
fail:
    mp_decref((mp_obj)prog);
    return NULL;
}

/* _sre.match(program, string, pos, endpos, mode, uni[, wide]): runs the
 * program at pos (mode 0: match, 1: fullmatch) or at each position from
 * pos on (2: search), | 4 when no empty match may be found at pos.
 * Returns None, or a tuple (lastindex, mark0, mark1, ...) holding the
 * program's nmarks marks, -1 for unset.  wide, for a str that is not
 * ASCII, is string.encode('utf-32-le', 'surrogatepass'): finditer, sub and
 * split make it once for all their calls, which would otherwise each
 * decode the whole string. */
static mp_obj sre_match(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (nargs != 6 && nargs != 7)
        return mp_err_format(&mp_type_TypeError, "match expected 6 or 7 arguments, got %zu",
                             nargs);
    mp_obj string = args[1];
    intptr_t pos, endpos, mode, uni;
    if (mp_type_of(args[0]) != &mp_type_sre_program)
        return mp_err_format(&mp_type_TypeError, "expected _sre.Program, not %T", args[0]);
    const sre_program *prog = (const sre_program *)args[0];
    if (arg_ssize(args[2], &pos) < 0 || arg_ssize(args[3], &endpos) < 0 ||
        arg_ssize(args[4], &mode) < 0 || arg_ssize(args[5], &uni) < 0)
        return NULL;
    intptr_t nregs = prog->nregs, nmarks = prog->nmarks;

    sre_state s = {0};
    s.code = prog->code;
    s.uni = uni != 0;
    int must_advance = (mode & MODE_MUST_ADVANCE) != 0;
    mode &= ~MODE_MUST_ADVANCE;
    s.nregs = nregs;
    s.nmarks = nmarks;
    intptr_t len;
    const char *bytes;
    if (mp_str_check(string)) {
        len = mp_str_len(string);
        if (((mp_str *)string)->ascii) {
            s.u8 = (const unsigned char *)mp_str_utf8(string);
        } else if (nargs == 7 && mp_bytes_check(args[6]) && MP_BYTES_LEN(args[6]) == 4 * len) {
            s.w32 = (const unsigned char *)MP_BYTES_DATA(args[6]);
        } else {
            s.u32 = mp_malloc(((size_t)len + 1) * sizeof *s.u32);
            if (!s.u32)
                return mp_err_no_memory();
            const char *p = mp_str_utf8(string);
            for (intptr_t i = 0; i < len; i++)
                s.u32[i] = mp_utf8_next(&p);
        }
    } else if (mp_bytes_view(string, &bytes, &len)) {
        /* bytes or bytearray (whose bytes live elsewhere: MP_BYTES_DATA
         * would read the object itself); no Python code runs during the
         * match, so a bytearray cannot move under it. */
        s.u8 = (const unsigned char *)bytes;
    } else {
        return mp_err_format(&mp_type_TypeError, "expected string or bytes-like object, got '%T'",
                             string);
    }
    /* Positions are clamped as CPython clamps them. */
    if (pos < 0)
        pos = 0;
    if (pos > len)
        pos = len;
    if (endpos < pos)
        endpos = pos;
    if (endpos > len)
        endpos = len;
    s.end = endpos;
    s.forbid_empty = must_advance ? pos : -1;

    mp_obj result = NULL;
    s.regs = mp_malloc((size_t)nregs * sizeof *s.regs);
    if (!s.regs) {
        mp_err_no_memory();
        goto done;
    }

    const int32_t *code = s.code;
    int found = 0;
    for (intptr_t start = pos; start <= endpos; start++) {
        /* A search for a pattern that starts with a literal skips the
         * places that cannot start it. */
        if (mode == MODE_SEARCH && code[0] == OP_CHAR) {
            while (start < endpos && ch_at(&s, start) != (uint32_t)code[1])
                start++;
            if (start == endpos)
                break;
        }
        for (intptr_t i = 0; i < nregs; i++)
            s.regs[i] = -1;
        found = run(&s, start, mode == MODE_FULLMATCH);
        if (found || mode != MODE_SEARCH)
            break;
    }
    if (found < 0)
        goto done;
    if (!found) {
        result = mp_newref(mp_none);
        goto done;
    }
    result = mp_tuple_new(nmarks + 1);
    if (!result)
        goto done;
    MP_TUPLE_ITEMS(result)[0] = mp_small(s.regs[nmarks]);
    for (intptr_t i = 0; i < nmarks; i++) {
        intptr_t a = s.regs[i];
        /* A group whose end was undone on backtracking is unset. */
        if (i & 1 ? s.regs[i - 1] < 0 : s.regs[i + 1] < 0)
            a = -1;
        MP_TUPLE_ITEMS(result)[i + 1] = mp_small(a);
    }
done:
    mp_free(s.regs);
    mp_free(s.stack);
    mp_free(s.u32);
    return result;
}

static const mp_method_def sre_methods[] = {
    {"compile", FN(sre_compile), MP_METH_FASTCALL,
     "Checks a compiled pattern's words and packs them into a _sre.Program."},
    {"match", FN(sre_match), MP_METH_FASTCALL, "Runs a _sre.Program."},
    {NULL},
};

static int sre_exec(mp_obj m) { return mp_module_add_type(m, &mp_type_sre_program); }

const mp_module_def mp_module_sre = {
    "_sre",
    "The regular expression engine of lib/re.",
    sre_methods,
    sre_exec,
};
