/* Checks a trace of `minipy --trace=json` (or the one inside a page of
 * --trace=html) against the documented fields of Online Python Tutor's
 * execution trace format (its docs/opt-trace-format.md and the encoding
 * described in pg_encoder.py), and minipy's own extra fields:
 *
 *   validate FILE.json        validate --html FILE.html
 *
 * Prints "ok: N steps" and exits 0, or names each problem (with the
 * step's number, from 1) and exits 1.  A strict JSON reader of its own
 * (RFC 8259), so that the test needs nothing but a C compiler.
 *
 * What is checked:
 *  - the top: an object with "code" (a string) and "trace" (a non-empty
 *    array of steps);
 *  - each step: "event" one of step_line, call, return, exception,
 *    uncaught_exception, instruction_limit_reached; the last two carry
 *    "exception_msg" (and instruction_limit_reached comes last); every
 *    other step has "line" (an int >= 1), "func_name", "globals",
 *    "ordered_globals" (the keys of globals, each once), "stack_to_render",
 *    "heap" and "stdout" (which only grows from step to step), and
 *    "exception_msg" when it is an exception;
 *  - each frame: func_name, frame_id (unique in the step), is_highlighted,
 *    is_parent, is_zombie, parent_frame_id_list, unique_hash,
 *    encoded_locals and ordered_varnames (its keys, each once); at most one
 *    highlighted frame, and one, named func_name, in a function's step;
 *  - every value: null, a bool, a number, a string, or ["REF", id] to an
 *    object of the step's heap, ["SPECIAL_FLOAT", text] or
 *    ["IMPORTED_FAUX_PRIMITIVE", text];
 *  - every heap object: LIST, TUPLE, SET (values), DICT ([key, value]
 *    pairs), INSTANCE (class name, [name, value] pairs), CLASS (name, list
 *    of base names, pairs), FUNCTION (name, parent frame id or null, and
 *    maybe [name, value] defaults), module (name), or [type name, text];
 *  - every call is matched by a return of the same frame, unless the
 *    trace stops at its step limit;
 *  - minipy's fields: minipy_refcounts (a positive count for objects of
 *    the heap), minipy_instruction and minipy_instructions (instructions
 *    of "minipy_code" by code index and offset). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- a JSON value ------------------------------------------------------------ */

typedef enum { J_NULL, J_BOOL, J_NUM, J_STR, J_ARR, J_OBJ } jtype;

typedef struct jv {
    jtype t;
    int b;
    double num;
    int is_int;          /* written without fraction or exponent */
    char *s;             /* J_STR (UTF-8), NUL-terminated */
    size_t slen;
    struct jv **items;   /* J_ARR values; J_OBJ values */
    char **keys;         /* J_OBJ */
    size_t n, cap;
} jv;

static const char *src, *pos, *end;
static int errors;
static long cur_step;

static void fail(const char *fmt, const char *a, const char *b)
{
    errors++;
    if (errors > 30)
        return;
    if (cur_step)
        printf("step %ld: ", cur_step);
    printf(fmt, a ? a : "", b ? b : "");
    putchar('\n');
}

static void syntax(const char *what)
{
    char at[32];
    snprintf(at, sizeof at, "%ld", (long)(pos - src));
    fail("JSON: %s at byte %s", what, at);
    exit(1);
}

static void ws(void)
{
    while (pos < end && (*pos == ' ' || *pos == '\t' || *pos == '\n' || *pos == '\r'))
        pos++;
}

static jv *new_value(jtype t)
{
    jv *v = calloc(1, sizeof *v);
    if (!v) {
        fputs("out of memory\n", stderr);
        exit(2);
    }
    v->t = t;
    return v;
}

static void push(jv *a, jv *item, char *key)
{
    if (a->n == a->cap) {
        a->cap = a->cap ? a->cap * 2 : 8;
        a->items = realloc(a->items, a->cap * sizeof *a->items);
        if (a->t == J_OBJ)
            a->keys = realloc(a->keys, a->cap * sizeof *a->keys);
        if (!a->items || (a->t == J_OBJ && !a->keys)) {
            fputs("out of memory\n", stderr);
            exit(2);
        }
    }
    if (a->t == J_OBJ)
        a->keys[a->n] = key;
    a->items[a->n++] = item;
}

static void put_utf8(char **o, unsigned cp)
{
    unsigned char *p = (unsigned char *)*o;
    if (cp < 0x80) {
        *p++ = (unsigned char)cp;
    } else if (cp < 0x800) {
        *p++ = (unsigned char)(0xC0 | cp >> 6);
        *p++ = (unsigned char)(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *p++ = (unsigned char)(0xE0 | cp >> 12);
        *p++ = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
        *p++ = (unsigned char)(0x80 | (cp & 0x3F));
    } else {
        *p++ = (unsigned char)(0xF0 | cp >> 18);
        *p++ = (unsigned char)(0x80 | (cp >> 12 & 0x3F));
        *p++ = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
        *p++ = (unsigned char)(0x80 | (cp & 0x3F));
    }
    *o = (char *)p;
}

static int hex4(unsigned *out)
{
    unsigned v = 0;
    for (int k = 0; k < 4; k++) {
        if (pos >= end)
            return 0;
        char c = *pos++;
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= (unsigned)(c - 'A' + 10);
        else
            return 0;
    }
    *out = v;
    return 1;
}

static char *parse_string(size_t *len)
{
    pos++; /* the opening quote */
    const char *start = pos;
    while (pos < end && *pos != '"')
        pos += *pos == '\\' ? 2 : 1;
    if (pos >= end)
        syntax("unterminated string");
    char *out = malloc((size_t)(pos - start) + 1), *o = out;
    if (!out)
        exit(2);
    pos = start;
    while (*pos != '"') {
        unsigned char c = (unsigned char)*pos;
        if (c < 0x20)
            syntax("control character in a string");
        if (c != '\\') {
            *o++ = *pos++;
            continue;
        }
        pos++;
        char e = *pos++;
        switch (e) {
        case '"': *o++ = '"'; break;
        case '\\': *o++ = '\\'; break;
        case '/': *o++ = '/'; break;
        case 'b': *o++ = '\b'; break;
        case 'f': *o++ = '\f'; break;
        case 'n': *o++ = '\n'; break;
        case 'r': *o++ = '\r'; break;
        case 't': *o++ = '\t'; break;
        case 'u': {
            unsigned cp, lo;
            if (!hex4(&cp))
                syntax("bad \\u escape");
            if (cp >= 0xD800 && cp < 0xDC00 && pos + 6 <= end && pos[0] == '\\' && pos[1] == 'u') {
                const char *save = pos;
                pos += 2;
                if (hex4(&lo) && lo >= 0xDC00 && lo < 0xE000)
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                else
                    pos = save;
            }
            put_utf8(&o, cp); /* a lone surrogate as three bytes */
            break;
        }
        default:
            syntax("bad escape");
        }
    }
    pos++;
    *o = '\0';
    *len = (size_t)(o - out);
    return out;
}

static jv *parse_value(int depth);

static jv *parse_number(void)
{
    const char *start = pos;
    int is_int = 1;
    if (*pos == '-')
        pos++;
    if (pos < end && *pos == '0') {
        pos++;
    } else if (pos < end && *pos >= '1' && *pos <= '9') {
        while (pos < end && *pos >= '0' && *pos <= '9')
            pos++;
    } else {
        syntax("bad number");
    }
    if (pos < end && *pos == '.') {
        is_int = 0;
        pos++;
        if (pos >= end || *pos < '0' || *pos > '9')
            syntax("bad fraction");
        while (pos < end && *pos >= '0' && *pos <= '9')
            pos++;
    }
    if (pos < end && (*pos == 'e' || *pos == 'E')) {
        is_int = 0;
        pos++;
        if (pos < end && (*pos == '+' || *pos == '-'))
            pos++;
        if (pos >= end || *pos < '0' || *pos > '9')
            syntax("bad exponent");
        while (pos < end && *pos >= '0' && *pos <= '9')
            pos++;
    }
    jv *v = new_value(J_NUM);
    char buf[64];
    size_t n = (size_t)(pos - start) < sizeof buf - 1 ? (size_t)(pos - start) : sizeof buf - 1;
    memcpy(buf, start, n);
    buf[n] = '\0';
    v->num = strtod(buf, NULL);
    v->is_int = is_int;
    return v;
}

static int word(const char *w)
{
    size_t n = strlen(w);
    if ((size_t)(end - pos) >= n && memcmp(pos, w, n) == 0) {
        pos += n;
        return 1;
    }
    return 0;
}

static jv *parse_value(int depth)
{
    if (depth > 10000)
        syntax("too deep");
    ws();
    if (pos >= end)
        syntax("unexpected end");
    jv *v;
    if (*pos == '{') {
        v = new_value(J_OBJ);
        pos++;
        ws();
        if (pos < end && *pos == '}') {
            pos++;
            return v;
        }
        for (;;) {
            ws();
            if (pos >= end || *pos != '"')
                syntax("expected a key");
            size_t len;
            char *key = parse_string(&len);
            ws();
            if (pos >= end || *pos != ':')
                syntax("expected ':'");
            pos++;
            for (size_t k = 0; k < v->n; k++)
                if (strcmp(v->keys[k], key) == 0)
                    fail("JSON: key \"%s\" twice in an object", key, NULL);
            push(v, parse_value(depth + 1), key);
            ws();
            if (pos < end && *pos == ',') {
                pos++;
                continue;
            }
            if (pos < end && *pos == '}') {
                pos++;
                return v;
            }
            syntax("expected ',' or '}'");
        }
    }
    if (*pos == '[') {
        v = new_value(J_ARR);
        pos++;
        ws();
        if (pos < end && *pos == ']') {
            pos++;
            return v;
        }
        for (;;) {
            push(v, parse_value(depth + 1), NULL);
            ws();
            if (pos < end && *pos == ',') {
                pos++;
                continue;
            }
            if (pos < end && *pos == ']') {
                pos++;
                return v;
            }
            syntax("expected ',' or ']'");
        }
    }
    if (*pos == '"') {
        v = new_value(J_STR);
        v->s = parse_string(&v->slen);
        return v;
    }
    if (word("true") || word("false")) {
        v = new_value(J_BOOL);
        v->b = pos[-1] == 'e' && pos[-2] == 'u';
        return v;
    }
    if (word("null"))
        return new_value(J_NULL);
    return parse_number();
}

/* ---- looking things up ---------------------------------------------------------- */

static jv *get(const jv *o, const char *key)
{
    if (!o || o->t != J_OBJ)
        return NULL;
    for (size_t k = 0; k < o->n; k++)
        if (strcmp(o->keys[k], key) == 0)
            return o->items[k];
    return NULL;
}

static jv *need(const jv *o, const char *key, jtype t, const char *where)
{
    jv *v = get(o, key);
    if (!v) {
        fail("%s has no \"%s\"", where, key);
        return NULL;
    }
    if (v->t != t) {
        fail("%s: \"%s\" has the wrong type", where, key);
        return NULL;
    }
    return v;
}

static int is_int(const jv *v) { return v && v->t == J_NUM && v->is_int; }

static int is_tag(const jv *v, const char *tag)
{
    return v && v->t == J_ARR && v->n >= 1 && v->items[0]->t == J_STR &&
           strcmp(v->items[0]->s, tag) == 0;
}

/* ---- the format ------------------------------------------------------------------ */

static const jv *heap; /* the step's */
static const jv *codes; /* minipy_code */

static void check_value(const jv *v, const char *where);

static int ref_exists(const jv *id)
{
    char key[32];
    snprintf(key, sizeof key, "%.0f", id->num);
    return get(heap, key) != NULL;
}

static void check_value(const jv *v, const char *where)
{
    if (v->t != J_ARR)
        return; /* null, bool, number, string: inline */
    if (is_tag(v, "REF")) {
        if (v->n != 2 || !is_int(v->items[1]))
            fail("%s: a bad REF", where, NULL);
        else if (!ref_exists(v->items[1]))
            fail("%s: a REF to an object missing from the heap", where, NULL);
    } else if (is_tag(v, "SPECIAL_FLOAT") || is_tag(v, "IMPORTED_FAUX_PRIMITIVE")) {
        if (v->n != 2 || v->items[1]->t != J_STR)
            fail("%s: a bad %s", where, v->items[0]->s);
    } else {
        fail("%s: an array that is no value of the format", where, NULL);
    }
}

/* [name, value] pairs from item `from` on. */
static void check_pairs(const jv *o, size_t from, int name_is_string, const char *where)
{
    for (size_t k = from; k < o->n; k++) {
        const jv *p = o->items[k];
        if (p->t != J_ARR || p->n != 2 || (name_is_string && p->items[0]->t != J_STR)) {
            fail("%s: a bad [name, value] pair", where, NULL);
            continue;
        }
        check_value(p->items[0], where);
        check_value(p->items[1], where);
    }
}

static void check_heap_object(const char *id, const jv *o)
{
    char where[64];
    snprintf(where, sizeof where, "heap object %s", id);
    if (o->t != J_ARR || o->n < 1 || o->items[0]->t != J_STR) {
        fail("%s: not a tagged array", where, NULL);
        return;
    }
    const char *tag = o->items[0]->s;
    if (!strcmp(tag, "LIST") || !strcmp(tag, "TUPLE") || !strcmp(tag, "SET")) {
        for (size_t k = 1; k < o->n; k++)
            check_value(o->items[k], where);
    } else if (!strcmp(tag, "DICT")) {
        check_pairs(o, 1, 0, where);
    } else if (!strcmp(tag, "INSTANCE")) {
        if (o->n < 2 || o->items[1]->t != J_STR)
            fail("%s: INSTANCE without its class name", where, NULL);
        else
            check_pairs(o, 2, 1, where);
    } else if (!strcmp(tag, "CLASS")) {
        if (o->n < 3 || o->items[1]->t != J_STR || o->items[2]->t != J_ARR) {
            fail("%s: CLASS without its name and bases", where, NULL);
            return;
        }
        for (size_t k = 0; k < o->items[2]->n; k++)
            if (o->items[2]->items[k]->t != J_STR)
                fail("%s: a base that is not a name", where, NULL);
        check_pairs(o, 3, 1, where);
    } else if (!strcmp(tag, "FUNCTION")) {
        if (o->n < 3 || o->n > 4 || o->items[1]->t != J_STR ||
            !(o->items[2]->t == J_NULL || is_int(o->items[2]))) {
            fail("%s: FUNCTION is [name, parent frame id or null (, defaults)]", where, NULL);
            return;
        }
        if (o->n == 4) {
            if (o->items[3]->t != J_ARR)
                fail("%s: FUNCTION's defaults are no list", where, NULL);
            else
                check_pairs(o->items[3], 0, 1, where);
        }
    } else if (!strcmp(tag, "module")) {
        if (o->n != 2 || o->items[1]->t != J_STR)
            fail("%s: module is [\"module\", name]", where, NULL);
    } else if (!strcmp(tag, "HEAP_PRIMITIVE")) {
        if (o->n != 3 || o->items[1]->t != J_STR)
            fail("%s: a bad HEAP_PRIMITIVE", where, NULL);
    } else if (!strcmp(tag, "REF") || !strcmp(tag, "SPECIAL_FLOAT") ||
               !strcmp(tag, "IMPORTED_FAUX_PRIMITIVE")) {
        fail("%s: %s is a value, not a heap object", where, tag);
    } else if (o->n != 2 || o->items[1]->t != J_STR) {
        fail("%s: an object of type %s is [type name, text]", where, tag);
    }
}

/* The keys of o, and names, are the same set, each name once. */
static void check_order(const jv *o, const jv *names, const char *what)
{
    if (!o || !names)
        return;
    if (names->n != o->n)
        fail("%s does not list the same names as its object", what, NULL);
    for (size_t k = 0; k < names->n; k++) {
        const jv *n = names->items[k];
        if (n->t != J_STR) {
            fail("%s: a name that is no string", what, NULL);
            continue;
        }
        if (!get(o, n->s))
            fail("%s names \"%s\", which is not set", what, n->s);
        for (size_t j = 0; j < k; j++)
            if (names->items[j]->t == J_STR && strcmp(names->items[j]->s, n->s) == 0)
                fail("%s names \"%s\" twice", what, n->s);
    }
}

static void check_instruction(const jv *ins, const char *where)
{
    const jv *c = get(ins, "code"), *off = get(ins, "offset");
    if (!is_int(c) || !is_int(off)) {
        fail("%s: an instruction without code and offset", where, NULL);
        return;
    }
    if (!codes || c->num < 0 || (size_t)c->num >= codes->n) {
        fail("%s: an instruction of a code object missing from minipy_code", where, NULL);
        return;
    }
    const jv *list = get(codes->items[(size_t)c->num], "instructions");
    for (size_t k = 0; list && k < list->n; k++)
        if (get(list->items[k], "offset") && get(list->items[k], "offset")->num == off->num)
            return;
    fail("%s: no instruction at that offset", where, NULL);
}

/* Calls and returns by frame id: +1 at a call, -1 at a return. */
static long *balance;
static size_t nbalance;

static void count_frame(double id, int delta)
{
    if (id < 0 || id > 1e7)
        return;
    size_t i = (size_t)id;
    if (i >= nbalance) {
        size_t n = i * 2 + 16;
        balance = realloc(balance, n * sizeof *balance);
        if (!balance)
            exit(2);
        memset(balance + nbalance, 0, (n - nbalance) * sizeof *balance);
        nbalance = n;
    }
    balance[i] += delta;
}

static void check_step(const jv *s, const jv *prev_stdout, int last)
{
    static const char *const events[] = {"step_line", "call", "return", "exception",
                                         "uncaught_exception", "instruction_limit_reached", NULL};
    const jv *ev = need(s, "event", J_STR, "the step");
    if (!ev)
        return;
    int known = 0;
    for (int k = 0; events[k]; k++)
        known |= strcmp(ev->s, events[k]) == 0;
    if (!known) {
        fail("unknown event \"%s\"", ev->s, NULL);
        return;
    }
    if (!strcmp(ev->s, "instruction_limit_reached") || !strcmp(ev->s, "uncaught_exception")) {
        need(s, "exception_msg", J_STR, ev->s);
        if (get(s, "line") && !is_int(get(s, "line")))
            fail("%s: a line that is no int", ev->s, NULL);
        if (!last && !strcmp(ev->s, "instruction_limit_reached"))
            fail("instruction_limit_reached is not the last step", NULL, NULL);
        return;
    }
    const jv *line = get(s, "line");
    if (!is_int(line) || line->num < 1)
        fail("no line (an int from 1)", NULL, NULL);
    const jv *func = need(s, "func_name", J_STR, "the step");
    heap = need(s, "heap", J_OBJ, "the step");
    const jv *globals = need(s, "globals", J_OBJ, "the step");
    check_order(globals, need(s, "ordered_globals", J_ARR, "the step"), "ordered_globals");
    const jv *out = need(s, "stdout", J_STR, "the step");
    if (out && prev_stdout &&
        (out->slen < prev_stdout->slen || memcmp(out->s, prev_stdout->s, prev_stdout->slen) != 0))
        fail("stdout is not what it was before, with more after it", NULL, NULL);
    if (!strcmp(ev->s, "exception"))
        need(s, "exception_msg", J_STR, "an exception step");
    if (!heap)
        return;
    for (size_t k = 0; k < heap->n; k++) {
        const char *key = heap->keys[k];
        if (!*key || strspn(key, "0123456789") != strlen(key))
            fail("heap id \"%s\" is not a number", key, NULL);
        check_heap_object(key, heap->items[k]);
    }
    for (size_t k = 0; globals && k < globals->n; k++)
        check_value(globals->items[k], "a global");

    const jv *stack = need(s, "stack_to_render", J_ARR, "the step");
    int highlighted = 0;
    const jv *top = NULL;
    for (size_t k = 0; stack && k < stack->n; k++) {
        const jv *f = stack->items[k];
        const jv *name = need(f, "func_name", J_STR, "a frame");
        const jv *id = get(f, "frame_id");
        if (!is_int(id))
            fail("a frame without an int frame_id", NULL, NULL);
        for (size_t j = 0; j < k && is_int(id); j++)
            if (get(stack->items[j], "frame_id") && get(stack->items[j], "frame_id")->num == id->num)
                fail("two frames with one frame_id", NULL, NULL);
        const jv *hi = need(f, "is_highlighted", J_BOOL, "a frame");
        need(f, "is_parent", J_BOOL, "a frame");
        const jv *zombie = need(f, "is_zombie", J_BOOL, "a frame");
        const jv *parents = need(f, "parent_frame_id_list", J_ARR, "a frame");
        for (size_t j = 0; parents && j < parents->n; j++)
            if (!is_int(parents->items[j]))
                fail("parent_frame_id_list holds something other than ids", NULL, NULL);
        need(f, "unique_hash", J_STR, "a frame");
        const jv *locals = need(f, "encoded_locals", J_OBJ, "a frame");
        check_order(locals, need(f, "ordered_varnames", J_ARR, "a frame"), "ordered_varnames");
        for (size_t j = 0; locals && j < locals->n; j++)
            check_value(locals->items[j], "a local");
        if (hi && hi->b) {
            highlighted++;
            top = f;
            if (zombie && zombie->b)
                fail("a zombie frame is highlighted", NULL, NULL);
            if (name && func && strcmp(name->s, func->s) != 0)
                fail("the highlighted frame is %s, the step's function %s", name->s, func->s);
        }
    }
    if (highlighted > 1)
        fail("more than one highlighted frame", NULL, NULL);
    int in_module = func && strcmp(func->s, "<module>") == 0;
    if (!in_module && highlighted != 1)
        fail("a step in %s without its highlighted frame", func ? func->s : "?", NULL);
    if (top && is_int(get(top, "frame_id"))) {
        if (!strcmp(ev->s, "call"))
            count_frame(get(top, "frame_id")->num, 1);
        else if (!strcmp(ev->s, "return"))
            count_frame(get(top, "frame_id")->num, -1);
    }

    /* minipy's own fields */
    const jv *rc = get(s, "minipy_refcounts");
    for (size_t k = 0; rc && k < rc->n; k++) {
        if (!get(heap, rc->keys[k]))
            fail("minipy_refcounts counts object %s, which is not in the heap", rc->keys[k], NULL);
        if (!is_int(rc->items[k]) || rc->items[k]->num < 1)
            fail("minipy_refcounts: the count of %s is no positive int", rc->keys[k], NULL);
    }
    const jv *ins = get(s, "minipy_instruction");
    if (ins)
        check_instruction(ins, "minipy_instruction");
    const jv *list = get(s, "minipy_instructions");
    for (size_t k = 0; list && k < list->n; k++) {
        check_instruction(list->items[k], "minipy_instructions");
        const jv *ch = get(list->items[k], "refcounts");
        for (size_t j = 0; ch && j < ch->n; j++) {
            const jv *c = ch->items[j];
            if (c->t != J_ARR || c->n < 3 || c->items[0]->t != J_STR)
                fail("minipy_instructions: a count change is not [name, count, count...]", NULL, NULL);
            for (size_t i = 1; c->t == J_ARR && i < c->n; i++)
                if (!is_int(c->items[i]) || c->items[i]->num < 0)
                    fail("minipy_instructions: a count that is no int", NULL, NULL);
        }
    }
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        exit(2);
    }
    size_t cap = 1 << 20, n = 0;
    char *buf = malloc(cap);
    size_t r;
    while (buf && (r = fread(buf + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap)
            buf = realloc(buf, cap *= 2);
    }
    fclose(f);
    if (!buf)
        exit(2);
    *len = n;
    return buf;
}

int main(int argc, char **argv)
{
    int html = argc == 3 && strcmp(argv[1], "--html") == 0;
    if (argc != 2 && !html) {
        fputs("usage: validate FILE.json | validate --html FILE.html\n", stderr);
        return 2;
    }
    size_t len;
    char *text = read_file(argv[argc - 1], &len);
    src = pos = text;
    end = text + len;
    if (html) {
        /* The trace sits in <script id="trace-data" type="application/json">. */
        const char *open = "<script id=\"trace-data\" type=\"application/json\">";
        char *a = strstr(text, open);
        char *b = a ? strstr(a, "</script>") : NULL;
        if (!a || !b) {
            puts("the page has no trace-data element");
            return 1;
        }
        pos = src = a + strlen(open);
        end = b;
        if (memchr(pos, '<', (size_t)(end - pos))) {
            puts("the trace inside the page holds a '<'");
            return 1;
        }
    }
    jv *top = parse_value(0);
    ws();
    if (pos != end)
        syntax("text after the JSON value");
    need(top, "code", J_STR, "the trace");
    const jv *trace = need(top, "trace", J_ARR, "the trace");
    codes = get(top, "minipy_code");
    if (codes && codes->t != J_ARR)
        fail("minipy_code is no list", NULL, NULL);
    if (!trace)
        return 1;
    if (!trace->n)
        fail("the trace has no steps", NULL, NULL);
    const jv *prev_out = NULL;
    int limited = 0;
    for (size_t k = 0; k < trace->n; k++) {
        cur_step = (long)k + 1;
        const jv *s = trace->items[k];
        if (s->t != J_OBJ) {
            fail("a step that is no object", NULL, NULL);
            continue;
        }
        check_step(s, prev_out, k + 1 == trace->n);
        const jv *ev = get(s, "event");
        if (ev && ev->t == J_STR && !strcmp(ev->s, "instruction_limit_reached"))
            limited = 1;
        if (get(s, "stdout") && get(s, "stdout")->t == J_STR)
            prev_out = get(s, "stdout");
    }
    cur_step = 0;
    const jv *last = get(trace->items[trace->n - 1], "event");
    if (last && last->t == J_STR && strcmp(last->s, "return") != 0 &&
        strcmp(last->s, "uncaught_exception") != 0 && !limited)
        fail("the last step is \"%s\", not the end of the program", last->s, NULL);
    for (size_t k = 0; k < nbalance && !limited; k++)
        if (balance[k]) {
            char id[32];
            snprintf(id, sizeof id, "%zu", k);
            fail("frame %s has calls and returns that do not match", id, NULL);
        }
    if (errors)
        return 1;
    printf("ok: %zu steps\n", trace->n);
    return 0;
}
