/* Traceback objects, and printing an exception as CPython 3.11's default
 * excepthook does: the chain of causes and contexts, each with its
 * "Traceback (most recent call last):" block, repeated frames collapsed,
 * the source lines, name suggestions, notes. */
#include <stdio.h>
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/arena.h"
#include "minipy/ast.h"
#include "minipy/parser.h"
#include "minipy/buf.h"
#include "minipy/descr.h"
#include "minipy/dict.h"
#include "minipy/exc.h"
#include "minipy/fileio.h"
#include "minipy/frame.h"
#include "minipy/gc.h"
#include "minipy/int.h"
#include "minipy/list.h"
#include "minipy/mem.h"
#include "minipy/names.h"
#include "minipy/set.h"
#include "minipy/singletons.h"
#include "minipy/sourcecache.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/traceback.h"
#include "minipy/tuple.h"

/* ---- the traceback type ---------------------------------------------------------------- */

int mp_traceback_here(mp_frame *f)
{
    mp_obj exc = mp_ts()->curexc;
    if (!exc || !mp_exc_check(exc))
        return 0;
    mp_frame_object *fo = mp_frame_get_object(f);
    if (!fo)
        return -1;
    mp_traceback *tb = (mp_traceback *)mp_obj_alloc(&mp_type_traceback);
    if (!tb)
        return -1;
    tb->frame = (mp_frame_object *)mp_newref((mp_obj)fo);
    intptr_t i = f->prev_instr - f->code->code;
    tb->lasti = (int)(i < 0 ? -1 : i * 2);
    tb->lineno = mp_frame_lineno(f);
    mp_obj old = mp_exc_get_traceback(exc);
    tb->next = (mp_traceback *)(old ? mp_newref(old) : NULL);
    mp_exc_set_traceback(exc, (mp_obj)tb);
    mp_decref((mp_obj)tb);
    return 0;
}

static void tb_dealloc(mp_obj self)
{
    mp_traceback *tb = (mp_traceback *)self;
    if (mp_gc_is_tracked(self))
        mp_gc_untrack(self);
    /* Long chains are freed iteratively, not by recursion. */
    mp_traceback *next = tb->next;
    MP_CLEAR(tb->frame);
    mp_obj_free(self);
    while (next && next->ob.refcnt == 1) {
        mp_traceback *n2 = next->next;
        next->next = NULL;
        mp_decref((mp_obj)next);
        next = n2;
    }
    mp_xdecref((mp_obj)next);
}

static int tb_traverse(mp_obj self, mp_visitproc visit, void *arg)
{
    mp_traceback *tb = (mp_traceback *)self;
    return (tb->next && visit((mp_obj)tb->next, arg)) ||
           (tb->frame && visit((mp_obj)tb->frame, arg));
}

static int tb_clear(mp_obj self)
{
    mp_traceback *tb = (mp_traceback *)self;
    MP_CLEAR(tb->next);
    MP_CLEAR(tb->frame);
    return 0;
}

static mp_obj tb_get_next(mp_obj self, void *c)
{
    mp_obj n = (mp_obj)((mp_traceback *)self)->next;
    return mp_newref(n ? n : mp_none);
}

static int tb_set_next(mp_obj self, mp_obj v, void *c)
{
    if (!v) {
        mp_err_set_str(&mp_type_TypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (v != mp_none && mp_type_of(v) != &mp_type_traceback) {
        mp_err_format(&mp_type_TypeError, "expected traceback object or None, got '%s'",
                      mp_type_of(v)->name);
        return -1;
    }
    mp_obj nv = v == mp_none ? NULL : mp_newref(v);
    MP_SETREF(((mp_traceback *)self)->next, (void *)(nv));
    return 0;
}

static mp_obj tb_get_frame(mp_obj self, void *c)
{
    return mp_newref((mp_obj)((mp_traceback *)self)->frame);
}

static mp_obj tb_get_lineno(mp_obj self, void *c) { return mp_small(((mp_traceback *)self)->lineno); }
static mp_obj tb_get_lasti(mp_obj self, void *c) { return mp_small(((mp_traceback *)self)->lasti); }

static const mp_getset_def tb_getsets[] = {
    {"tb_next", tb_get_next, tb_set_next, NULL, NULL},
    {"tb_frame", tb_get_frame, NULL, NULL, NULL},
    {"tb_lineno", tb_get_lineno, NULL, NULL, NULL},
    {"tb_lasti", tb_get_lasti, NULL, NULL, NULL},
    {NULL},
};

mp_type mp_type_traceback = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "traceback",
    .basicsize = sizeof(mp_traceback),
    .flags = MP_TPFLAGS_GC,
    .dealloc = tb_dealloc,
    .getattro = mp_obj_generic_getattr,
    .traverse = tb_traverse,
    .clear = tb_clear,
    .getsets = tb_getsets,
};

/* ---- suggestions ("Did you mean: 'x'?"), as CPython's suggestions.c ---------------------- */

#define MAX_CANDIDATES 750
#define MAX_STRING 40
#define MOVE_COST 2
#define CASE_COST 1

static int substitution_cost(char a, char b)
{
    if (a == b)
        return 0;
    if ((a | 0x20) == (b | 0x20) && ((a | 0x20) >= 'a' && (a | 0x20) <= 'z'))
        return CASE_COST;
    return MOVE_COST;
}

/* Levenshtein distance with case-insensitive substitutions cheaper, or
 * max_cost + 1 as soon as it must exceed max_cost. */
static long levenshtein(const char *a, long alen, const char *b, long blen, long max_cost)
{
    if (a == b || (alen == blen && memcmp(a, b, (size_t)alen) == 0))
        return 0;
    while (alen && blen && a[0] == b[0]) {
        a++, b++, alen--, blen--;
    }
    while (alen && blen && a[alen - 1] == b[blen - 1]) {
        alen--, blen--;
    }
    if (alen == 0 || blen == 0)
        return (alen + blen) * MOVE_COST;
    if (alen > MAX_STRING || blen > MAX_STRING)
        return max_cost + 1;
    if (blen < alen) {
        const char *t = a; a = b; b = t;
        long tl = alen; alen = blen; blen = tl;
    }
    if ((blen - alen) * MOVE_COST > max_cost)
        return max_cost + 1;
    long buffer[MAX_STRING];
    for (long i = 0; i < alen; i++)
        buffer[i] = (i + 1) * MOVE_COST;
    long result = 0;
    for (long bi = 0; bi < blen; bi++) {
        char code = b[bi];
        long distance = result = bi * MOVE_COST;
        long minimum = 0x7fffffff;
        for (long ai = 0; ai < alen; ai++) {
            long sub = distance + substitution_cost(code, a[ai]);
            distance = buffer[ai];
            long ins = result + MOVE_COST, del = distance + MOVE_COST;
            result = del < ins ? del : ins;
            if (sub < result)
                result = sub;
            buffer[ai] = result;
            if (result < minimum)
                minimum = result;
        }
        if (minimum > max_cost)
            return max_cost + 1;
    }
    return result;
}

/* The closest candidate to name in the list, or NULL (borrowed). */
static mp_obj best_match(mp_obj candidates, mp_obj name)
{
    intptr_t n = MP_LIST_LEN(candidates);
    if (n > MAX_CANDIDATES)
        return NULL;
    const char *nm = mp_str_utf8(name);
    long nlen = (long)mp_str_nbytes(name);
    mp_obj best = NULL;
    long best_distance = nlen * MOVE_COST;
    for (intptr_t i = 0; i < n; i++) {
        mp_obj item = MP_LIST_GET(candidates, i);
        if (!mp_str_check(item) || mp_str_eq(item, name))
            continue;
        long ilen = (long)mp_str_nbytes(item);
        long max_distance = (nlen + ilen + 3) * MOVE_COST / 6;
        if (best && best_distance - 1 < max_distance)
            max_distance = best_distance - 1;
        long d = levenshtein(nm, nlen, mp_str_utf8(item), ilen, max_distance);
        if (d > max_distance)
            continue;
        if (!best || d < best_distance) {
            best = item;
            best_distance = d;
        }
    }
    return best;
}

static int add_keys(mp_obj list, mp_obj dict)
{
    if (!dict || !mp_dict_check(dict))
        return 0;
    intptr_t pos = 0;
    mp_obj k, v;
    while (mp_dict_next(dict, &pos, &k, &v))
        if (mp_list_append(list, k) < 0)
            return -1;
    return 0;
}

/* The suggestion for a NameError or AttributeError, or NULL. */
static mp_obj suggestion(mp_obj exc)
{
    mp_obj name = NULL, candidates = NULL, r = NULL;
    if (mp_type_is_subtype(mp_type_of(exc), &mp_type_AttributeError)) {
        mp_exc_attribute *e = (mp_exc_attribute *)exc;
        if (!e->name || !mp_str_check(e->name) || !e->obj || e->obj == mp_none)
            return NULL;
        name = e->name;
        candidates = mp_obj_dir(e->obj);
    } else if (mp_type_is_subtype(mp_type_of(exc), &mp_type_NameError)) {
        mp_exc_name *e = (mp_exc_name *)exc;
        if (!e->name || !mp_str_check(e->name))
            return NULL;
        name = e->name;
        /* The frame that raised it: the last traceback entry. */
        mp_traceback *tb = (mp_traceback *)mp_exc_get_traceback(exc);
        while (tb && tb->next)
            tb = tb->next;
        if (!tb || !tb->frame || !tb->frame->frame)
            return NULL;
        mp_frame *f = tb->frame->frame;
        candidates = mp_list_new(0);
        if (!candidates)
            return NULL;
        mp_obj locals = mp_frame_locals(f);
        int bad = !locals || add_keys(candidates, locals) < 0;
        mp_xdecref(locals);
        if (bad)
            goto done;
        r = best_match(candidates, name);
        if (r)
            goto done;
        mp_decref(candidates);
        candidates = mp_list_new(0);
        if (!candidates || add_keys(candidates, f->globals) < 0 ||
            add_keys(candidates, f->builtins) < 0)
            goto done;
    } else {
        return NULL;
    }
    if (candidates)
        r = best_match(candidates, name);
done:
    if (r)
        mp_incref(r);
    mp_xdecref(candidates);
    if (mp_err_occurred())
        mp_err_clear();
    return r;
}

/* ---- printing --------------------------------------------------------------------------- */

/* Writes to the file object, or to the C stderr when file is NULL. */
typedef struct {
    mp_obj file;
    mp_buf buf;
} out_t;

static void out_puts(out_t *o, const char *s) { mp_buf_puts(&o->buf, s); }
static void out_printf(out_t *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void out_printf(out_t *o, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    mp_buf_vprintf(&o->buf, fmt, ap);
    va_end(ap);
}
static void out_obj(out_t *o, mp_obj s) { mp_buf_append(&o->buf, mp_str_utf8(s), mp_str_nbytes(s)); }

/* The number of code points in the first n bytes of s. */
static long char_offset(const char *s, long n)
{
    long count = 0;
    for (long i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            count++;
    return count;
}

static int is_ws(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == '\n'; }

/* Where the operator of a binary operation, or the [...] of a subscript,
 * sits inside the failing expression: CPython 3.11 marks it with ^ and
 * the rest with ~.  seg is the expression's text; the anchors are byte
 * offsets into it.  Returns 1 when found. */
static int find_anchors(const char *seg, size_t len, long *left, long *right)
{
    mp_arena *arena = mp_arena_new();
    if (!arena)
        return 0;
    mp_syntax_error err = {0};
    mp_mod *mod = mp_parse(arena, seg, len, "<string>", MP_PARSE_FILE, &err);
    int found = 0;
    if (mod && MP_SEQ_LEN(mod->body) == 1) {
        mp_stmt *st = MP_SEQ_GET(mod->body, 0);
        mp_expr *e = st->kind == MP_STMT_Expr ? st->v.Expr.value : NULL;
        if (e && e->kind == MP_EXPR_BinOp) {
            long lend = e->v.BinOp.left->pos.end_col_offset;
            long rstart = e->v.BinOp.right->pos.col_offset;
            for (long i = lend; i < rstart; i++) {
                if (is_ws(seg[i]))
                    continue;
                *left = i;
                *right = i + 1;
                if (i + 1 < rstart && !is_ws(seg[i + 1]))
                    ++*right;
                if (i + 1 < rstart && seg[i] == ')')
                    continue;
                found = 1;
                break;
            }
            /* An operator never found leaves CPython's anchors unset. */
        } else if (e && e->kind == MP_EXPR_Subscript) {
            long l = e->v.Subscript.value->pos.end_col_offset;
            long r = e->v.Subscript.slice->pos.end_col_offset + 1;
            long n = (long)len;
            while (l < n && seg[l] != '[')
                l++;
            while (r < n && seg[r] != ']')
                r++;
            if (r < n)
                r++;
            *left = l;
            *right = r;
            found = 1;
        }
    }
    mp_syntax_error_clear(&err);
    mp_arena_free(arena);
    return found;
}

/* The source line under a traceback entry, and CPython 3.11's markers
 * under the part of it that failed: ^ for the whole expression, or ~ and
 * ^ to single out an operator or a subscript.  No markers when they would
 * cover the whole line. */
static void print_source_line(out_t *o, mp_obj filename, int lineno, const mp_location *loc)
{
    size_t len;
    const char *line = mp_source_line_shown(filename, lineno, &len);
    if (!line)
        return;
    while (len && is_ws(line[len - 1]))
        len--;
    size_t strip = 0;
    while (strip < len && (line[strip] == ' ' || line[strip] == '\t' || line[strip] == '\f'))
        strip++;
    if (strip == len)
        return;
    out_puts(o, "    ");
    mp_buf_append(&o->buf, line + strip, len - strip);
    out_puts(o, "\n");
    if (!loc || loc->lineno != lineno || loc->col < 0 || loc->end_col < 0 || loc->end_lineno < 0)
        return;
    long start = char_offset(line, loc->col), end;
    long left = -1, right = -1;
    if (loc->end_lineno == loc->lineno) {
        if ((size_t)loc->end_col > len + 1 || loc->end_col < loc->col)
            return;
        end = char_offset(line, loc->end_col);
        long l, r;
        if (find_anchors(line + loc->col, (size_t)(loc->end_col - loc->col), &l, &r)) {
            left = char_offset(line + loc->col, l) + start;
            right = char_offset(line + loc->col, r) + start;
        }
    } else {
        /* Several lines: mark to the end of this one. */
        end = char_offset(line, (long)len);
    }
    long truncation = char_offset(line, (long)strip);
    long stripped_len = char_offset(line, (long)len) - truncation;
    int secondary = left != -1 || right != -1;
    if (end - start == stripped_len && !secondary)
        return;
    out_puts(o, "    ");
    for (long off = truncation + 1; off <= end; off++) {
        if (off <= start)
            out_puts(o, " ");
        else if (secondary && left < off && off <= right)
            out_puts(o, "^");
        else
            out_puts(o, secondary ? "~" : "^");
    }
    out_puts(o, "\n");
}

static void print_entry(out_t *o, mp_traceback *tb)
{
    mp_frame *f = tb->frame ? tb->frame->frame : NULL;
    mp_code *co = f ? f->code : NULL;
    if (!co)
        return;
    out_printf(o, "  File \"%s\", line %d, in %s\n", mp_str_utf8(co->filename), tb->lineno,
               mp_str_utf8(co->name));
    const mp_location *loc = NULL;
    if (tb->lasti >= 0 && tb->lasti / 2 < co->ncode)
        loc = &co->locations[tb->lasti / 2];
    print_source_line(o, co->filename, tb->lineno, loc);
}

#define RECURSIVE_CUTOFF 3

static void print_traceback(out_t *o, mp_traceback *tb)
{
    out_puts(o, "Traceback (most recent call last):\n");
    mp_obj last_file = NULL, last_name = NULL;
    int last_line = -1, count = 0;
    for (; tb; tb = tb->next) {
        mp_code *co = tb->frame && tb->frame->frame ? tb->frame->frame->code : NULL;
        if (!co)
            continue;
        if (last_file && co->filename == last_file && tb->lineno == last_line &&
            co->name == last_name) {
            count++;
            if (count > RECURSIVE_CUTOFF)
                continue;
        } else {
            if (count > RECURSIVE_CUTOFF) {
                int more = count - RECURSIVE_CUTOFF;
                out_printf(o, "  [Previous line repeated %d more time%s]\n", more,
                           more > 1 ? "s" : "");
            }
            last_file = co->filename;
            last_name = co->name;
            last_line = tb->lineno;
            count = 1;
        }
        print_entry(o, tb);
    }
    if (count > RECURSIVE_CUTOFF) {
        int more = count - RECURSIVE_CUTOFF;
        out_printf(o, "  [Previous line repeated %d more time%s]\n", more, more > 1 ? "s" : "");
    }
}

/* The SyntaxError part: File line, source line, carets. */
static void print_syntax_location(out_t *o, mp_exc_syntax *e)
{
    if (!e->filename || !e->lineno || !mp_is_small(e->lineno))
        return;
    mp_obj fname = mp_obj_str(e->filename);
    if (!fname) {
        mp_err_clear();
        return;
    }
    out_printf(o, "  File \"%s\", line %ld\n", mp_str_utf8(fname), (long)mp_small_value(e->lineno));
    mp_decref(fname);
    if (!e->text || !mp_str_check(e->text))
        return;
    const char *text = mp_str_utf8(e->text);
    long len = (long)mp_str_nbytes(e->text);
    long line_size = len;
    long offset = e->offset && mp_is_small(e->offset) ? (long)mp_small_value(e->offset) : 0;
    long end_offset = e->end_offset && mp_is_small(e->end_offset) ? (long)mp_small_value(e->end_offset) : -1;
    long end_lineno = e->end_lineno && mp_is_small(e->end_lineno) ? (long)mp_small_value(e->end_lineno) : 0;
    if (mp_type_of((mp_obj)e) != &mp_type_SyntaxError) {
        /* CPython's parse_syntax_error ignores the end of a subclass's
         * span (IndentationError, TabError): one caret */
        end_lineno = mp_small_value(e->lineno);
        end_offset = -1;
    }
    if (end_lineno > mp_small_value(e->lineno))
        end_offset = line_size;
    if (end_offset > line_size + 1)
        end_offset = line_size + 1;
    long carets = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
    offset--;
    while (*text == ' ' || *text == '\t' || *text == '\f') {
        text++;
        len--;
        offset--;
    }
    long tlen = len;
    if (tlen > 0 && text[tlen - 1] == '\n')
        tlen--;
    if (offset > tlen)
        offset = tlen;
    out_puts(o, "    ");
    mp_buf_append(&o->buf, text, (size_t)tlen);
    out_puts(o, "\n");
    if (offset < 0)
        return;
    out_puts(o, "    ");
    while (--offset >= 0)
        out_puts(o, " ");
    while (carets-- > 0)
        out_puts(o, "^");
    out_puts(o, "\n");
}

static void print_exception_line(out_t *o, mp_obj exc)
{
    mp_type *t = mp_type_of(exc);
    int is_syntax = mp_type_is_subtype(t, &mp_type_SyntaxError);
    if (is_syntax)
        print_syntax_location(o, (mp_exc_syntax *)exc);
    mp_obj mod = mp_type_module_name(t);
    if (mod && mp_str_check(mod) && !mp_str_eq_cstr(mod, "builtins") &&
        !mp_str_eq_cstr(mod, "__main__")) {
        out_obj(o, mod);
        out_puts(o, ".");
    }
    mp_xdecref(mod);
    mp_obj qual = mp_type_qualname(t);
    if (qual) {
        out_obj(o, qual);
        mp_decref(qual);
    }
    mp_err_clear();
    mp_obj s;
    if (is_syntax && ((mp_exc_syntax *)exc)->msg)
        s = mp_obj_str(((mp_exc_syntax *)exc)->msg);
    else
        s = mp_obj_str(exc);
    if (!s) {
        mp_err_clear();
        out_puts(o, ": <exception str() failed>");
    } else {
        if (mp_str_len(s) > 0) {
            out_puts(o, ": ");
            out_obj(o, s);
        }
        mp_decref(s);
    }
    mp_obj sugg = suggestion(exc);
    if (sugg) {
        out_puts(o, ". Did you mean: '");
        out_obj(o, sugg);
        out_puts(o, "'?");
        mp_decref(sugg);
    }
    out_puts(o, "\n");
    /* Notes are whatever __notes__ holds (add_note appends to it). */
    mp_obj notes = NULL;
    if (mp_obj_lookup_attr(exc, mp_str_intern("__notes__"), &notes) < 0)
        mp_err_clear();
    if (notes && (mp_list_check(notes) || mp_tuple_check(notes))) {
        intptr_t n = mp_list_check(notes) ? MP_LIST_LEN(notes) : MP_TUPLE_LEN(notes);
        for (intptr_t i = 0; i < n; i++) {
            mp_obj item = mp_list_check(notes) ? MP_LIST_GET(notes, i) : MP_TUPLE_GET(notes, i);
            mp_obj t = mp_str_check(item) ? mp_newref(item) : mp_obj_repr(item);
            if (!t) {
                mp_err_clear();
                continue;
            }
            out_obj(o, t);
            out_puts(o, "\n");
            mp_decref(t);
        }
    } else if (notes && notes != mp_none) {
        mp_obj r = mp_obj_repr(notes);
        if (r) {
            out_obj(o, r);
            out_puts(o, "\n");
            mp_decref(r);
        } else {
            mp_err_clear();
        }
    }
    mp_xdecref(notes);
}

static void print_chain(out_t *o, mp_obj exc, mp_obj seen)
{
    if (mp_exc_check(exc)) {
        mp_exc *e = (mp_exc *)exc;
        mp_obj id = mp_int_from_ssize((intptr_t)exc);
        if (id) {
            mp_set_add(seen, id);
            mp_decref(id);
        }
        mp_obj next = NULL;
        const char *msg = NULL;
        if (e->cause) {
            next = e->cause;
            msg = "\nThe above exception was the direct cause of the following exception:\n\n";
        } else if (e->context && !e->suppress_context) {
            next = e->context;
            msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
        }
        if (next) {
            mp_obj nid = mp_int_from_ssize((intptr_t)next);
            int already = nid ? mp_set_contains(seen, nid) : 1;
            mp_xdecref(nid);
            if (already == 0) {
                print_chain(o, next, seen);
                out_puts(o, msg);
            }
        }
        mp_err_clear();
        mp_obj tb = e->traceback;
        if (tb)
            print_traceback(o, (mp_traceback *)tb);
    }
    print_exception_line(o, exc);
}

void mp_traceback_print_exception(mp_obj exc, mp_obj file)
{
    mp_obj saved = mp_err_fetch();
    out_t o = {file, MP_BUF_INIT};
    mp_obj seen = mp_set_new(NULL);
    if (seen) {
        print_chain(&o, exc, seen);
        mp_decref(seen);
    } else {
        mp_err_clear();
        print_exception_line(&o, exc);
    }
    mp_err_clear();
    mp_stdio_flush_stdout();
    if (!o.buf.failed && o.buf.data)
        mp_write_stderr(o.file, o.buf.data, o.buf.len);
    mp_buf_free(&o.buf);
    mp_err_restore(saved);
}

void mp_err_print(void)
{
    mp_obj exc = mp_err_fetch();
    if (!exc)
        return;
    mp_obj hook = mp_the_interp.sysdict ? mp_dict_getitem(mp_the_interp.sysdict, MP_NAME(excepthook)) : NULL;
    if (hook && !(mp_type_of(hook) == &mp_type_builtin_function &&
                  strcmp(((mp_builtin_func *)hook)->def->name, "excepthook") == 0)) {
        mp_obj tb = mp_exc_check(exc) ? mp_exc_get_traceback(exc) : NULL;
        mp_obj args[3] = {(mp_obj)mp_type_of(exc), exc, tb ? tb : mp_none};
        mp_obj r = mp_call(hook, args, 3, NULL);
        if (r) {
            mp_decref(r);
            mp_decref(exc);
            return;
        }
        mp_obj exc2 = mp_err_fetch();
        mp_stdio_flush_stdout();
        mp_write_stderr(NULL, "Error in sys.excepthook:\n", 25);
        if (exc2) {
            mp_traceback_print_exception(exc2, NULL);
            mp_decref(exc2);
        }
        mp_write_stderr(NULL, "\nOriginal exception was:\n", 25);
    }
    mp_traceback_print_exception(exc, NULL);
    mp_decref(exc);
}

void mp_err_write_unraisable(mp_obj where)
{
    mp_obj exc = mp_err_fetch();
    if (!exc)
        return;
    mp_buf b = MP_BUF_INIT;
    mp_obj r = where ? mp_obj_repr(where) : NULL;
    if (r) {
        mp_buf_printf(&b, "Exception ignored in: %s\n", mp_str_utf8(r));
        mp_decref(r);
    } else {
        mp_err_clear();
        if (where)
            mp_buf_puts(&b, "Exception ignored in: <object repr() failed>\n");
    }
    mp_stdio_flush_stdout();
    if (b.data)
        mp_write_stderr(NULL, b.data, b.len);
    mp_buf_free(&b);
    mp_traceback_print_exception(exc, NULL);
    mp_decref(exc);
}
