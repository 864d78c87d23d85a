/* Syntax-error messages, as CPython 3.11 gives them.
 *
 * CPython's PEG parser, after a failed first pass, reparses with its
 * invalid_* rules, whose first match names the error ("expected ':'",
 * "Perhaps you forgot a comma?", ...); failing that it says "invalid
 * syntax" at the furthest token it read.  Here the LALR parser stops at
 * the first token it cannot shift, and the common cases of those rules
 * are recognized from there: from the parser's state (which tokens it
 * would have accepted, see mp_lemon_accepts), from the tokens of the
 * logical line, and from sub-parses of token ranges (the longest prefix
 * that is a disjunction, an expression, ...), run on separate parsers with
 * the grammar's diagnostic start rules.
 */
#include <string.h>

#include "minipy/mem.h"
#include "parse_driver.h"
#include "parser.h" /* lemon's token codes */

typedef struct diag {
    mp_parser *p;
    mp_driver *d;
    mp_window *w;
    void *lemon; /* the main parser, in its state before the error token */
    int at;      /* the error token */
    int line;    /* the first token of its logical line, INDENT/DEDENT skipped */
    int seen;    /* the furthest token looked at */
} diag;

static const mp_token *tk(diag *g, int i)
{
    if (i < 0 || mp_window_fetch(g->w, i) < 0)
        return NULL;
    if (i > g->seen)
        g->seen = i;
    return &g->w->toks[i];
}

static mp_token_kind kind_at(diag *g, int i)
{
    const mp_token *t = tk(g, i);
    return t ? t->kind : MP_TOK_ERRORTOKEN;
}

static int accepts(diag *g, mp_token_kind k)
{
    return mp_lemon_accepts(g->lemon, mp_driver_code(k));
}

static int is_open(mp_token_kind k)
{
    return k == MP_TOK_LPAR || k == MP_TOK_LSQB || k == MP_TOK_LBRACE;
}

static int is_close(mp_token_kind k)
{
    return k == MP_TOK_RPAR || k == MP_TOK_RSQB || k == MP_TOK_RBRACE;
}

static int name_is(const mp_token *t, const char *s)
{
    size_t n = strlen(s);
    return t && t->kind == MP_TOK_NAME && t->len == n && memcmp(t->start, s, n) == 0;
}

/* ---- positions ---------------------------------------------------------- */

/* The last line of the source (the one a trailing newline ends). */
static int last_line(const mp_parser *p)
{
    int n = 1;
    for (size_t i = 0; i < p->len; i++)
        if (p->src[i] == '\n' && i + 1 < p->len)
            n++;
    return n;
}

/* Where CPython's tokenizer of a str or bytes source stands at the end of
 * the input, as its _PyPegen_raise_error reports it for a token without a
 * position (col_offset -1): on the last line, past its newline (added to
 * an exec source that lacks it).  end_col_offset -2 is CPython's -1. */
static mp_pos eof_pos(diag *g)
{
    const mp_parser *p = g->p;
    int line = last_line(p);
    size_t start = 0;
    for (int n = 1; n < line && start < p->len; start++)
        if (p->src[start] == '\n')
            n++;
    size_t end = start;
    while (end < p->len && p->src[end] != '\n')
        end++;
    int width = (int)(end - start) + (end < p->len || !g->d->single);
    mp_pos r = {line, width - 1, line, -2};
    return r;
}

static void error_pos(diag *g, mp_syntax_error_kind kind, mp_pos at, const char *msg)
{
    mp_parser_error(g->p, kind, at.lineno, at.col_offset, at.end_lineno, at.end_col_offset,
                    "%s", msg);
}

/* Where CPython puts an error at token i.  INDENT, DEDENT and ENDMARKER
 * have no position of their own there: the error gets the line the
 * tokenizer is on and offset 0 (col_offset -1 here), which shows no
 * caret.  A NEWLINE is an empty span at the end of its line. */
static mp_pos tok_pos(diag *g, int i)
{
    const mp_token *t = tk(g, i);
    mp_pos none = {0, 0, 0, -1};
    if (!t)
        return none;
    mp_pos pos = mp_pos_tok(*t);
    switch (t->kind) {
    case MP_TOK_INDENT:
    case MP_TOK_DEDENT:
        while (t && (t->kind == MP_TOK_INDENT || t->kind == MP_TOK_DEDENT))
            t = tk(g, ++i);
        if (t && t->kind != MP_TOK_ENDMARKER) {
            mp_pos r = {t->lineno, -1, t->lineno, -1};
            return r;
        }
        /* at the end of the file */
        __attribute__((fallthrough));
    case MP_TOK_ENDMARKER: {
        int line = g->d->f_text ? t->lineno : last_line(g->p);
        mp_pos r = {line, -1, line, -1};
        return r;
    }
    default:
        return pos;
    }
}

static void error_at(diag *g, mp_syntax_error_kind kind, int i, const char *msg)
{
    error_pos(g, kind, tok_pos(g, i), msg);
}

/* An error of CPython's RAISE_SYNTAX_ERROR and RAISE_INDENTATION_ERROR
 * (_PyPegen_raise_error) at token i: as error_at, but at the end of the
 * input where its tokenizer stands (see eof_pos). */
static void raise_at(diag *g, mp_syntax_error_kind kind, int i, const char *msg)
{
    int j = i;
    while (kind_at(g, j) == MP_TOK_INDENT || kind_at(g, j) == MP_TOK_DEDENT)
        j++;
    if (kind_at(g, j) == MP_TOK_ENDMARKER && !g->d->f_text) {
        error_pos(g, kind, eof_pos(g), msg);
        g->p->err->col_at_eof = 1;
    } else {
        error_at(g, kind, i, msg);
    }
}

/* From the start of token a to the end of token b. */
static mp_pos tok_span(diag *g, int a, int b)
{
    return mp_pos_span(mp_pos_tok(*tk(g, a)), mp_pos_tok(*tk(g, b)));
}

/* ---- sub-parses ---------------------------------------------------------------
 * A separate parser, started with one of the grammar's diagnostic start
 * tokens, reads tokens from index from on; it tells where the longest
 * prefix that forms a complete construct ends.  Its actions build nodes in
 * the arena (they are dropped with it) and record their errors in a
 * scratch error, never in the real one. */

typedef struct subparse {
    mp_parser sp;
    mp_syntax_error err;
    void *lemon;
} subparse;

static int sub_begin(mp_parser *p, subparse *s, int start)
{
    memset(s, 0, sizeof *s);
    s->sp = *p;
    s->sp.err = &s->err;
    s->sp.error = 0;
    s->sp.result = NULL;
    s->sp.sub_result = NULL;
    s->sp.quiet = 1;
    s->lemon = mp_lemonAlloc(mp_malloc);
    if (!s->lemon) {
        p->arena->failed = 1;
        return -1;
    }
    mp_token none;
    memset(&none, 0, sizeof none);
    mp_lemon(s->lemon, start, none, &s->sp);
    return 0;
}

static void sub_end(subparse *s)
{
    if (s->lemon)
        mp_lemonFree(s->lemon, mp_free);
    mp_syntax_error_clear(&s->err);
}

int mp_driver_prefix(mp_parser *p, int start, int from, int limit, int *reached)
{
    mp_window *w = &((mp_driver *)p->driver)->w;
    subparse s;
    int best = -1;
    if (sub_begin(p, &s, start) < 0) {
        sub_end(&s);
        if (reached)
            *reached = from;
        return -1;
    }
    w->frozen++;
    int i = from;
    for (; i != limit + 1 || limit < 0; i++) {
        if (mp_lemon_accepts(s.lemon, TK_SUB_END))
            best = i - from;
        if ((limit >= 0 && i >= limit) || mp_window_fetch(w, i) < 0)
            break;
        const mp_token *t = &w->toks[i];
        int code = mp_driver_code(t->kind);
        if (!mp_lemon_accepts(s.lemon, code))
            break;
        mp_lemon(s.lemon, code, *t, &s.sp);
        if (p->arena->failed)
            break;
    }
    if (reached)
        *reached = i;
    sub_end(&s);
    w->frozen--;
    return best;
}

static int prefix_len(diag *g, int start, int from, int limit)
{
    int reached;
    int n = mp_driver_prefix(g->p, start, from, limit, &reached);
    tk(g, reached); /* looked at */
    return n;
}

/* The node the tokens [from, from + n) parse to as start, with the span
 * of those tokens. */
static mp_pexpr prefix_node(diag *g, int start, int from, int n)
{
    subparse s;
    mp_pexpr r = {NULL, {0, 0, 0, 0}, 0};
    if (n <= 0 || sub_begin(g->p, &s, start) < 0) {
        if (n > 0)
            sub_end(&s);
        return r;
    }
    for (int i = from; i < from + n; i++) {
        const mp_token *t = tk(g, i);
        if (!t)
            break;
        mp_lemon(s.lemon, mp_driver_code(t->kind), *t, &s.sp);
    }
    mp_token end = *tk(g, from + n - 1);
    mp_lemon(s.lemon, TK_SUB_END, end, &s.sp);
    mp_lemon(s.lemon, 0, end, &s.sp);
    r.e = s.sp.sub_result;
    r.pos = tok_span(g, from, from + n - 1);
    sub_end(&s);
    return r;
}

/* CPython's KNOWN_RANGE(a, b): from the start of the node that tokens
 * [a, a + na) parse to (as start_a) to the end of the one of [b, b + nb);
 * nodes, not tokens: a parenthesized expression's node is inside the
 * parentheses. */
static mp_pos node_range(diag *g, int start_a, int a, int na, int start_b, int b, int nb)
{
    mp_pexpr x = prefix_node(g, start_a, a, na), y = prefix_node(g, start_b, b, nb);
    mp_pos from = x.e ? x.e->pos : tok_span(g, a, a + na - 1);
    mp_pos to = y.e ? y.e->pos : tok_span(g, b, b + nb - 1);
    return mp_pos_span(from, to);
}

/* The innermost bracket still open before token end on its logical line,
 * or -1. */
static int open_bracket(diag *g, int end)
{
    int stack[256], depth = 0;
    for (int i = g->line; i < end; i++) {
        mp_token_kind k = kind_at(g, i);
        if (is_open(k)) {
            if (depth < 256)
                stack[depth] = i;
            depth++;
        } else if (is_close(k) && depth > 0) {
            depth--;
        }
    }
    if (depth == 0)
        return -1;
    return depth <= 256 ? stack[depth - 1] : -1;
}

/* The earliest s such that the tokens [s, end) parse exactly as start,
 * looking no further back than the innermost open bracket; -1 if none. */
static int earliest_start(diag *g, int start, int end)
{
    int lo = open_bracket(g, end);
    lo = lo < 0 ? g->line : lo + 1;
    for (int s = lo; s < end; s++)
        if (prefix_len(g, start, s, end) == end - s)
            return s;
    return -1;
}

static int starts_expression(mp_token_kind k)
{
    switch (k) {
    case MP_TOK_NAME: case MP_TOK_NUMBER: case MP_TOK_STRING: case MP_TOK_LPAR:
    case MP_TOK_LSQB: case MP_TOK_LBRACE: case MP_TOK_MINUS: case MP_TOK_PLUS:
    case MP_TOK_TILDE: case MP_TOK_NOT: case MP_TOK_LAMBDA: case MP_TOK_AWAIT:
    case MP_TOK_NONE: case MP_TOK_TRUE: case MP_TOK_FALSE: case MP_TOK_ELLIPSIS:
        return 1;
    default:
        return 0;
    }
}

/* ---- the checks, in CPython's order where it matters ------------------------ */

/* The first token of the logical line before the error's (a block's
 * header), INDENT/DEDENT skipped. */
static int header_start(diag *g)
{
    int i = g->w->prev_start;
    while (i < g->at && (kind_at(g, i) == MP_TOK_INDENT || kind_at(g, i) == MP_TOK_DEDENT))
        i++;
    return i;
}

/* Mode 'single' after a line of simple statements: CPython says so at
 * that line's end. */
static int check_single(diag *g)
{
    if (!g->d->single || g->at == 0 || kind_at(g, g->at - 1) != MP_TOK_NEWLINE ||
        open_bracket(g, g->at) >= 0)
        return 0;
    int h = header_start(g);
    mp_token_kind k = kind_at(g, h);
    if (k == MP_TOK_ASYNC)
        k = kind_at(g, h + 1);
    switch (k) {
    case MP_TOK_IF: case MP_TOK_WHILE: case MP_TOK_FOR: case MP_TOK_WITH: case MP_TOK_TRY:
    case MP_TOK_DEF: case MP_TOK_CLASS: case MP_TOK_AT: case MP_TOK_ELSE: case MP_TOK_ELIF:
    case MP_TOK_EXCEPT: case MP_TOK_FINALLY: case MP_TOK_DEDENT: case MP_TOK_INDENT:
        return 0;
    default:
        break;
    }
    error_at(g, MP_ERR_SYNTAX, g->at - 1,
             "multiple statements found while compiling a single statement");
    return 1;
}

/* "expected an indented block after 'if' statement on line N" */
static int check_block(diag *g)
{
    if (g->at == 0 || kind_at(g, g->at - 1) != MP_TOK_NEWLINE || !accepts(g, MP_TOK_INDENT))
        return 0;
    int h = header_start(g);
    const mp_token *t = tk(g, h);
    if (!t)
        return 0;
    if (t->kind == MP_TOK_ASYNC && tk(g, h + 1))
        t = tk(g, ++h);
    const char *what;
    switch (t->kind) {
    case MP_TOK_IF: what = "'if' statement"; break;
    case MP_TOK_ELIF: what = "'elif' statement"; break;
    case MP_TOK_ELSE: what = "'else' statement"; break;
    case MP_TOK_WHILE: what = "'while' statement"; break;
    case MP_TOK_FOR: what = "'for' statement"; break;
    case MP_TOK_WITH: what = "'with' statement"; break;
    case MP_TOK_TRY: what = "'try' statement"; break;
    case MP_TOK_EXCEPT:
        what = kind_at(g, h + 1) == MP_TOK_STAR ? "'except*' statement" : "'except' statement";
        break;
    case MP_TOK_FINALLY: what = "'finally' statement"; break;
    case MP_TOK_DEF: what = "function definition"; break;
    case MP_TOK_CLASS: what = "class definition"; break;
    case MP_TOK_NAME:
        /* the soft keywords, which only a match statement's header or a
         * case block's lets an indented block follow */
        if (name_is(t, "match"))
            what = "'match' statement";
        else if (name_is(t, "case"))
            what = "'case' statement";
        else
            return 0;
        break;
    default: return 0;
    }
    char msg[128];
    snprintf(msg, sizeof msg, "expected an indented block after %s on line %d", what,
             t->lineno);
    raise_at(g, MP_ERR_INDENTATION, g->at, msg);
    return 1;
}

static int check_dedent(diag *g)
{
    if (kind_at(g, g->at) != MP_TOK_DEDENT)
        return 0;
    g->d->no_rest = 1;
    error_at(g, MP_ERR_INDENTATION, g->at, "unexpected unindent");
    return 1;
}

static int check_indent(diag *g)
{
    const mp_token *t = tk(g, g->at);
    if (t->kind != MP_TOK_INDENT)
        return 0;
    /* CPython's offset is the width of the indentation: no caret */
    int line = t->lineno;
    const char *s = g->p->src, *end = s + g->p->len;
    for (int n = 1; n < line && s < end; s++)
        if (*s == '\n')
            n++;
    int width = 0;
    while (s + width < end && (s[width] == ' ' || s[width] == '\t' || s[width] == '\f'))
        width++;
    mp_pos at = {line, width - 1, line, -2}; /* end_offset -1 */
    g->d->no_rest = 1;
    error_pos(g, MP_ERR_INDENTATION, at, "unexpected indent");
    return 1;
}

static int check_try(diag *g)
{
    if (!accepts(g, MP_TOK_EXCEPT) || !accepts(g, MP_TOK_FINALLY) || accepts(g, MP_TOK_ELSE))
        return 0;
    raise_at(g, MP_ERR_SYNTAX, g->at, "expected 'except' or 'finally' block");
    return 1;
}

/* Whether the parser would take ':' and then a NEWLINE: a compound
 * statement's header is complete (and not, say, a lambda's parameters). */
static int header_complete(diag *g)
{
    int seq[2] = {mp_driver_code(MP_TOK_COLON), mp_driver_code(MP_TOK_NEWLINE)};
    return mp_lemon_accepts_seq(g->lemon, seq, 2);
}

/* The keyword that starts the error's logical line (after `async`). */
static mp_token_kind line_keyword(diag *g)
{
    mp_token_kind k = kind_at(g, g->line);
    if (k == MP_TOK_ASYNC)
        k = kind_at(g, g->line + 1);
    return k;
}

static int depth_before(diag *g, int end)
{
    int depth = 0;
    for (int i = g->line; i < end; i++) {
        mp_token_kind k = kind_at(g, i);
        if (is_open(k))
            depth++;
        else if (is_close(k) && depth > 0)
            depth--;
    }
    return depth;
}

/* A ':' at the top level of the line before the error: the header is
 * over. */
static int header_colon(diag *g)
{
    int depth = 0;
    for (int i = g->line; i < g->at; i++) {
        mp_token_kind k = kind_at(g, i);
        if (is_open(k))
            depth++;
        else if (is_close(k))
            depth--;
        else if (depth == 0 && k == MP_TOK_COLON)
            return 1;
    }
    return 0;
}

/* `def f() -> T` where T is not followed by ':': CPython reads the
 * longest expression after the '->' and wants the ':' right after it
 * (&&':'), or at the '->' when there is none. */
static int arrow_annotation(diag *g)
{
    int depth = 0, arrow = -1;
    for (int i = g->line; i < g->at; i++) {
        mp_token_kind k = kind_at(g, i);
        if (is_open(k))
            depth++;
        else if (is_close(k))
            depth--;
        else if (depth == 0 && k == MP_TOK_RARROW)
            arrow = i;
    }
    if (arrow < 0)
        return 0;
    int n = prefix_len(g, TK_START_EXPR, arrow + 1, -1);
    int at = n > 0 ? arrow + 1 + n : arrow;
    if (n > 0 && kind_at(g, at) == MP_TOK_COLON)
        return 0;
    error_at(g, MP_ERR_SYNTAX, at, "expected ':'");
    return 1;
}

/* The error's logical line is a case block's header: its `case` went to
 * the parser as the keyword. */
static int case_line(diag *g)
{
    const mp_token *t = tk(g, g->line), *c = &g->d->case_tok;
    return name_is(t, "case") && t->lineno == c->lineno && t->col_offset == c->col_offset;
}

/* The `if` of a case block's guard (its first `if` outside brackets), or
 * -1: no conditional expression's. */
static int guard_if(diag *g)
{
    if (!case_line(g))
        return -1;
    int depth = 0;
    for (int i = g->line + 1; i < g->at; i++) {
        mp_token_kind k = kind_at(g, i);
        if (is_open(k))
            depth++;
        else if (is_close(k))
            depth--;
        else if (depth == 0 && k == MP_TOK_IF)
            return i;
    }
    return -1;
}

/* "expected ':'", "expected '('" and the except-clause messages. */
static int check_colon(diag *g)
{
    mp_token_kind k = kind_at(g, g->at), prev = kind_at(g, g->at - 1);
    mp_token_kind key = line_keyword(g);
    if (key == MP_TOK_EXCEPT && prev == MP_TOK_STAR && g->at - 2 >= g->line &&
        kind_at(g, g->at - 2) == MP_TOK_EXCEPT && (k == MP_TOK_COLON || k == MP_TOK_NEWLINE)) {
        error_at(g, MP_ERR_SYNTAX, g->at, "expected one or more exception types");
        return 1;
    }
    if (k == MP_TOK_COLON || !accepts(g, MP_TOK_COLON))
        goto def_paren;
    /* tokens that must be followed by ':' whatever comes (CPython's &&':') */
    if ((prev == MP_TOK_TRY || prev == MP_TOK_FINALLY || prev == MP_TOK_ELSE) &&
        g->at - 1 == g->line) {
        error_at(g, MP_ERR_SYNTAX, g->at, "expected ':'");
        return 1;
    }
    if (key == MP_TOK_DEF && depth_before(g, g->at) == 0 && !header_colon(g)) {
        if (!arrow_annotation(g))
            error_at(g, MP_ERR_SYNTAX, g->at, "expected ':'");
        return 1;
    }
    /* headers left without their ':' at the end of the line */
    if (k == MP_TOK_NEWLINE && header_complete(g)) {
        switch (key) {
        case MP_TOK_IF: case MP_TOK_ELIF: case MP_TOK_WHILE: case MP_TOK_FOR:
        case MP_TOK_WITH: case MP_TOK_CLASS: case MP_TOK_EXCEPT:
            error_at(g, MP_ERR_SYNTAX, g->at, "expected ':'");
            return 1;
        case MP_TOK_NAME:
            if (case_line(g)) {
                error_at(g, MP_ERR_SYNTAX, g->at, "expected ':'");
                return 1;
            }
            break;
        default:
            break;
        }
    }
def_paren:
    if (key == MP_TOK_DEF && !header_colon(g) && arrow_annotation(g))
        return 1;
    if (prev == MP_TOK_NAME && g->at - 2 >= g->line && kind_at(g, g->at - 2) == MP_TOK_DEF &&
        k != MP_TOK_LPAR) {
        error_at(g, MP_ERR_SYNTAX, g->at, "expected '('");
        return 1;
    }
    return 0;
}

/* `except A, B:` */
static int check_except_tuple(diag *g)
{
    if (kind_at(g, g->at) != MP_TOK_COMMA || kind_at(g, g->line) != MP_TOK_EXCEPT)
        return 0;
    int a = g->line + 1;
    if (kind_at(g, a) == MP_TOK_STAR)
        a++;
    if (a >= g->at || prefix_len(g, TK_START_EXPR, a, g->at) != g->at - a)
        return 0;
    int n = prefix_len(g, TK_START_STAREXPRS, g->at + 1, -1);
    if (n <= 0)
        return 0;
    int b = g->at + 1 + n; /* the token after the expressions */
    if (kind_at(g, b) == MP_TOK_AS) {
        if (kind_at(g, b + 1) != MP_TOK_NAME)
            return 0;
        b += 2;
    }
    if (kind_at(g, b) != MP_TOK_COLON)
        return 0;
    error_pos(g, MP_ERR_SYNTAX,
              node_range(g, TK_START_EXPR, a, g->at - a, TK_START_STAREXPRS, g->at + 1, n),
              "multiple exception types must be parenthesized");
    return 1;
}

/* Is the '(' at i a call's? */
static int is_call_paren(diag *g, int i)
{
    if (i <= g->line)
        return 0;
    switch (kind_at(g, i - 1)) {
    case MP_TOK_NAME:
        /* `def f(`: parameters, not arguments */
        return i - 2 < g->line || kind_at(g, i - 2) != MP_TOK_DEF;
    case MP_TOK_RPAR: case MP_TOK_RSQB: case MP_TOK_STRING:
    case MP_TOK_NUMBER: case MP_TOK_RBRACE:
        return 1;
    default:
        return 0;
    }
}

/* Does the bracket at open hold a dict (a ':', or a '**' item, at its
 * level before end)? */
static int is_dict(diag *g, int open, int end)
{
    int depth = 0;
    for (int i = open + 1; i < end; i++) {
        mp_token_kind k = kind_at(g, i);
        if (is_open(k))
            depth++;
        else if (is_close(k))
            depth--;
        else if (depth == 0 && (k == MP_TOK_COLON ||
                                (k == MP_TOK_DOUBLESTAR && (i == open + 1 ||
                                                            kind_at(g, i - 1) == MP_TOK_COMMA))))
            return 1;
    }
    return 0;
}

/* `x = 1` where a named expression was being read: an if/elif/while
 * condition, a decorator, an item of a group, list, set or subscript. */
static int check_equal(diag *g)
{
    if (kind_at(g, g->at) != MP_TOK_EQUAL)
        return 0;
    int s = earliest_start(g, TK_START_BITOR, g->at);
    if (s < 0)
        return 0;
    int open = open_bracket(g, g->at);
    mp_token_kind before = s > g->line ? kind_at(g, s - 1) : MP_TOK_ENDMARKER;
    if (open < 0) {
        /* a case's guard is an expression after its `if` */
        if (s != g->line + 1 && !(before == MP_TOK_IF && s - 1 == guard_if(g)))
            return 0;
        if (before != MP_TOK_IF && before != MP_TOK_ELIF && before != MP_TOK_WHILE &&
            before != MP_TOK_AT)
            return 0;
    } else {
        mp_token_kind ok = kind_at(g, open);
        if (before != ok && before != MP_TOK_COMMA)
            return 0;
        if (ok == MP_TOK_LPAR && is_call_paren(g, open))
            return 0;
        if (ok == MP_TOK_LBRACE && is_dict(g, open, g->at))
            return 0;
    }
    /* CPython looks at what follows the '=' only for an a it would name */
    mp_pexpr a = prefix_node(g, TK_START_BITOR, s, g->at - s);
    if (!mp_target_named_assign_applies(a))
        return 0;
    int n = prefix_len(g, TK_START_BITOR, g->at + 1, -1);
    if (n <= 0)
        return 0;
    mp_token_kind after = kind_at(g, g->at + 1 + n);
    if (after == MP_TOK_EQUAL || after == MP_TOK_COLONEQUAL)
        return 0;
    mp_pexpr b = prefix_node(g, TK_START_BITOR, g->at + 1, n);
    return mp_target_named_assign(g->p, a, b.e ? b.e->pos : tok_span(g, g->at + 1, g->at + n)) < 0;
}

/* `a if b` without its else */
/* Is there a `for` at the level of the if at iff, before it in its
 * bracket (a comprehension's condition)? */
static int comprehension_if(diag *g, int iff)
{
    int depth = 0;
    for (int i = iff - 1; i >= g->line; i--) {
        mp_token_kind k = kind_at(g, i);
        if (is_close(k))
            depth++;
        else if (is_open(k)) {
            if (depth-- == 0)
                return 0;
        } else if (depth == 0 && (k == MP_TOK_FOR || k == MP_TOK_LAMBDA))
            return k == MP_TOK_FOR;
    }
    return 0;
}

static int legacy_at(diag *g, int i);

/* `a, b c = 1`: after a tuple's item, CPython's invalid_assignment reads
 * more items as named expressions, and `c = 1` is one */
static int check_tuple_named(diag *g)
{
    if (open_bracket(g, g->at) >= 0 || !starts_expression(kind_at(g, g->line)) ||
        kind_at(g, g->line) == MP_TOK_LAMBDA)
        return 0;
    int commas = 0, depth = 0;
    for (int i = g->line; i < g->at; i++) {
        mp_token_kind k = kind_at(g, i);
        if (is_open(k))
            depth++;
        else if (is_close(k))
            depth--;
        else if (depth == 0 && k == MP_TOK_COMMA)
            commas++;
        else if (depth == 0 && (k == MP_TOK_EQUAL || k == MP_TOK_COLON || k == MP_TOK_SEMI))
            return 0;
    }
    int s = g->at, na;
    if (!commas)
        return 0;
    /* the items from here, to the first one followed by '=' */
    for (;;) {
        if (legacy_at(g, s))
            return 1;
        na = prefix_len(g, TK_START_BITOR, s, -1);
        if (na <= 0)
            return 0;
        if (kind_at(g, s + na) == MP_TOK_EQUAL)
            break;
        if (kind_at(g, s + na) != MP_TOK_COMMA)
            return 0;
        s += na + 1;
    }
    mp_pexpr a = prefix_node(g, TK_START_BITOR, s, na);
    if (!mp_target_named_assign_applies(a))
        return 0;
    int eq = s + na, nb = prefix_len(g, TK_START_BITOR, eq + 1, -1);
    if (nb <= 0 || kind_at(g, eq + 1 + nb) == MP_TOK_EQUAL ||
        kind_at(g, eq + 1 + nb) == MP_TOK_COLONEQUAL)
        return 0;
    mp_pexpr b = prefix_node(g, TK_START_BITOR, eq + 1, nb);
    return mp_target_named_assign(g->p, a, b.e ? b.e->pos : tok_span(g, eq + 1, eq + nb)) < 0;
}

/* `a if b` without its else: CPython takes the longest or-expression
 * after the `if` and complains when no `else` (or ':') follows it, even
 * when the error is further in, as in `a if b[-> c]`. */
static int check_ifexp(diag *g)
{
    int depth = 0;
    for (int iff = g->at - 1; iff > g->line; iff--) {
        mp_token_kind k = kind_at(g, iff);
        if (is_close(k)) {
            depth++;
            continue;
        }
        if (is_open(k)) {
            if (depth > 0)
                depth--;
            continue; /* an open bracket around the error: look outside too */
        }
        if (k != MP_TOK_IF || depth > 0 || comprehension_if(g, iff) || iff == guard_if(g))
            continue;
        int n = prefix_len(g, TK_START_DISJ, iff + 1, -1);
        mp_token_kind next = kind_at(g, iff + 1 + n);
        if (n <= 0 || iff + 1 + n > g->at || next == MP_TOK_ELSE || next == MP_TOK_COLON)
            return 0;
        int s = earliest_start(g, TK_START_DISJ, iff);
        if (s < 0)
            return 0;
        error_pos(g, MP_ERR_SYNTAX, node_range(g, TK_START_DISJ, s, iff - s, TK_START_DISJ, iff + 1, n),
                  "expected 'else' after 'if' expression");
        return 1;
    }
    return 0;
}

/* The start of the item the token at belongs to, inside the bracket at
 * open: after the last comma at its level. */
static int item_start(diag *g, int open, int at)
{
    int depth = 0;
    for (int i = at - 1; i > open; i--) {
        mp_token_kind c = kind_at(g, i);
        if (is_close(c))
            depth++;
        else if (is_open(c))
            depth--;
        else if (c == MP_TOK_COMMA && depth == 0)
            return i + 1;
    }
    return open + 1;
}

static int in_lambda_params(diag *g, int at);

/* A `for` at the level just inside the bracket at open, before end. */
static int has_for(diag *g, int open, int end)
{
    int depth = 0;
    for (int i = open + 1; i < end; i++) {
        mp_token_kind k = kind_at(g, i);
        if (is_open(k))
            depth++;
        else if (is_close(k))
            depth--;
        else if (depth == 0 && k == MP_TOK_FOR)
            return 1;
    }
    return 0;
}

/* Dict displays: CPython's invalid_double_starred_kvpairs and
 * invalid_kvpair. */
static int check_dict(diag *g)
{
    int open = open_bracket(g, g->at);
    mp_token_kind k = kind_at(g, g->at), prev = kind_at(g, g->at - 1);
    if (open < 0 || kind_at(g, open) != MP_TOK_LBRACE)
        return 0;
    int s = item_start(g, open, g->at);
    if (prev == MP_TOK_COLON && s < g->at - 1 &&
        prefix_len(g, TK_START_EXPR, s, g->at - 1) == g->at - 1 - s) {
        if (k == MP_TOK_COMMA || k == MP_TOK_RBRACE) {
            error_at(g, MP_ERR_SYNTAX, g->at - 1, "expression expected after dictionary key and ':'");
            return 1;
        }
        if (k == MP_TOK_STAR) {
            int n = prefix_len(g, TK_START_BITOR, g->at + 1, -1);
            if (n <= 0)
                return 0;
            error_pos(g, MP_ERR_SYNTAX, tok_span(g, g->at, g->at + n),
                      "cannot use a starred expression in a dictionary value");
            return 1;
        }
        return 0;
    }
    /* a key without its ':' after a complete item (CPython says so
     * before looking for a missing comma): the longest expression there */
    if (s == open + 1 || s >= g->at || !is_dict(g, open, s) || in_lambda_params(g, s) ||
        has_for(g, open, s))
        return 0;
    int n = prefix_len(g, TK_START_EXPR, s, -1);
    if (n <= 0 || s + n > g->at || kind_at(g, s + n) == MP_TOK_COLON)
        return 0;
    const mp_token *last = tk(g, s + n - 1);
    mp_pos at = {last->end_lineno, last->end_col_offset - 1, last->end_lineno, -1};
    error_pos(g, MP_ERR_SYNTAX, at, "':' expected after dictionary key");
    return 1;
}

/* Does the token at sit in a lambda's parameters? */
static int in_lambda_params(diag *g, int at)
{
    int depth = 0;
    for (int i = at - 1; i >= g->line; i--) {
        mp_token_kind k = kind_at(g, i);
        if (is_close(k))
            depth++;
        else if (is_open(k)) {
            if (depth-- == 0)
                return 0;
        } else if (depth == 0 && k == MP_TOK_COLON)
            return 0;
        else if (depth == 0 && k == MP_TOK_LAMBDA)
            return 1;
    }
    return 0;
}

/* Is the token at directly inside a def's parameter list? */
static int in_def_params(diag *g, int at)
{
    int open = open_bracket(g, at);
    return open >= 0 && line_keyword(g) == MP_TOK_DEF && depth_before(g, at) == 1 &&
           kind_at(g, open) == MP_TOK_LPAR && kind_at(g, open - 2) == MP_TOK_DEF;
}

/* `def f(a=)`, `def f((a, b))`, `lambda (a): 0` */
static int check_params(diag *g)
{
    mp_token_kind k = kind_at(g, g->at), prev = kind_at(g, g->at - 1);
    int def = in_def_params(g, g->at), lambda = !def && in_lambda_params(g, g->at);
    if (!def && !lambda)
        return 0;
    if (prev == MP_TOK_EQUAL && (k == MP_TOK_COMMA || (def && k == MP_TOK_RPAR))) {
        error_at(g, MP_ERR_SYNTAX, g->at - 1, "expected default value expression");
        return 1;
    }
    if (k != MP_TOK_LPAR || (prev != MP_TOK_COMMA && prev != MP_TOK_LAMBDA &&
                             !(def && prev == MP_TOK_LPAR)))
        return 0;
    /* a parenthesized list of plain names */
    int i = g->at + 1, names = 0;
    for (;; i++) {
        mp_token_kind c = kind_at(g, i);
        if (c == MP_TOK_NAME && (names == 0 || kind_at(g, i - 1) == MP_TOK_COMMA))
            names++;
        else if (c == MP_TOK_COMMA && kind_at(g, i - 1) == MP_TOK_NAME)
            ;
        else
            break;
    }
    if (!names || kind_at(g, i) != MP_TOK_RPAR)
        return 0;
    error_pos(g, MP_ERR_SYNTAX, tok_span(g, g->at, i),
              def ? "Function parameters cannot be parenthesized"
                  : "Lambda expression parameters cannot be parenthesized");
    return 1;
}

/* A line that starts with the name `match` (not taken for a match
 * statement): CPython tried the statement first, so it read a subject
 * after the `match`, and its ':'.  Without the ':' at the end of the
 * line, that is "expected ':'"; when the statement read further than
 * the rest did (`match x y:`, `match x: pass`), "invalid syntax" is at
 * the token where it stopped. */
static int check_match(diag *g)
{
    if (g->at <= g->line || !name_is(tk(g, g->line), "match"))
        return 0;
    int s = g->line + 1;
    int n = prefix_len(g, TK_START_SUBJECT, s, -1);
    if (n <= 0)
        return 0;
    mp_token_kind after = kind_at(g, s + n);
    /* `match x = 1:`: the subject is a named expression */
    int m = after == MP_TOK_EQUAL ? prefix_len(g, TK_START_BITOR, s + n + 1, -1) : 0;
    mp_token_kind next = kind_at(g, s + n + 1 + m);
    if (m > 0 && next != MP_TOK_EQUAL && next != MP_TOK_COLONEQUAL) {
        mp_pexpr a = prefix_node(g, TK_START_SUBJECT, s, n);
        mp_pexpr b = prefix_node(g, TK_START_BITOR, s + n + 1, m);
        if (mp_target_named_assign_applies(a) &&
            mp_target_named_assign(g->p, a, b.e ? b.e->pos : tok_span(g, s + n + 1, s + n + m)) < 0)
            return 1;
    }
    if (g->at == s && after == MP_TOK_NEWLINE) {
        error_at(g, MP_ERR_SYNTAX, s + n, "expected ':'");
        return 1;
    }
    int stop = after == MP_TOK_COLON ? s + n + 1 : s + n;
    if (stop <= g->at || kind_at(g, stop) == MP_TOK_NEWLINE)
        return 0;
    error_at(g, MP_ERR_SYNTAX, stop, "invalid syntax");
    return 1;
}

/* A case block's pattern: `pattern as X` where X is no name is named at
 * X's node (invalid_as_pattern); any other error in a pattern is "invalid
 * syntax" where the parse stopped (the expression rules' messages do
 * not apply to patterns).  A guard is an expression: its errors are. */
static int check_case(diag *g)
{
    if (!case_line(g) || guard_if(g) >= 0)
        return 0;
    /* `1j + x`: CPython checks the real part as soon as it sees the sign
     * after it */
    mp_token_kind sign = kind_at(g, g->at - 1);
    const mp_token *real = tk(g, g->at - 2);
    if ((sign == MP_TOK_PLUS || sign == MP_TOK_MINUS) && real && real->kind == MP_TOK_NUMBER &&
        real->len > 0 && (real->start[real->len - 1] == 'j' || real->start[real->len - 1] == 'J')) {
        error_at(g, MP_ERR_SYNTAX, g->at - 2, "real number required in complex literal");
        return 1;
    }
    if (kind_at(g, g->at - 1) == MP_TOK_AS && kind_at(g, g->at) != MP_TOK_NAME) {
        int n = prefix_len(g, TK_START_EXPR, g->at, -1);
        mp_pexpr target = prefix_node(g, TK_START_EXPR, g->at, n);
        if (target.e) {
            error_pos(g, MP_ERR_SYNTAX, target.e->pos, "invalid pattern target");
            return 1;
        }
    }
    error_at(g, MP_ERR_SYNTAX, g->at, "invalid syntax");
    return 1;
}

/* `[*a for a in b]`, `[a, b for a, b in c]`, `{**a for a in b}` */
static int check_comprehension(diag *g)
{
    int at = g->at;
    if (kind_at(g, at) != MP_TOK_FOR && !(kind_at(g, at) == MP_TOK_ASYNC &&
                                          kind_at(g, at + 1) == MP_TOK_FOR))
        return 0;
    int open = open_bracket(g, at);
    if (open < 0 || prefix_len(g, TK_START_COMPFOR, at, -1) <= 0)
        return 0;
    mp_token_kind ok = kind_at(g, open);
    int s = open + 1;
    if (kind_at(g, s) == MP_TOK_STAR && item_start(g, open, at) == s &&
        prefix_len(g, TK_START_EXPR, s + 1, at) == at - s - 1) {
        error_pos(g, MP_ERR_SYNTAX, tok_span(g, s, at - 1),
                  "iterable unpacking cannot be used in comprehension");
        return 1;
    }
    if (ok == MP_TOK_LBRACE && kind_at(g, s) == MP_TOK_DOUBLESTAR &&
        prefix_len(g, TK_START_BITOR, s + 1, at) == at - s - 1) {
        error_at(g, MP_ERR_SYNTAX, s, "dict unpacking cannot be used in dict comprehension");
        return 1;
    }
    if (ok == MP_TOK_LPAR || item_start(g, open, at) == s)
        return 0;
    /* items with commas: the longest list of them before the `for` */
    int n = prefix_len(g, TK_START_STAREXPRS, s, at);
    if (n != at - s)
        return 0;
    /* from the first item's node to the last's, or to the comma of
     * `[a, for ...]` */
    mp_pexpr t = prefix_node(g, TK_START_STAREXPRS, s, n);
    mp_seq *elts = t.e && t.e->kind == MP_EXPR_Tuple ? t.e->v.Tuple.elts : NULL;
    int k = MP_SEQ_LEN(elts);
    if (k == 0)
        return 0;
    mp_pos first = ((mp_expr *)MP_SEQ_GET(elts, 0))->pos;
    mp_pos last = k == 1 ? tok_pos(g, at - 1) : ((mp_expr *)MP_SEQ_GET(elts, k - 1))->pos;
    error_pos(g, MP_ERR_SYNTAX, mp_pos_span(first, last),
              "did you forget parentheses around the comprehension target?");
    return 1;
}

/* `f(a=1 for x in y)` */
static int check_kwarg_genexp(diag *g)
{
    mp_token_kind k = kind_at(g, g->at);
    if (k != MP_TOK_FOR && k != MP_TOK_ASYNC)
        return 0;
    int open = open_bracket(g, g->at);
    if (open < 0 || kind_at(g, open) != MP_TOK_LPAR || !is_call_paren(g, open))
        return 0;
    int depth = 0, start = open + 1;
    for (int i = g->at - 1; i > open; i--) {
        mp_token_kind c = kind_at(g, i);
        if (is_close(c))
            depth++;
        else if (is_open(c))
            depth--;
        else if (c == MP_TOK_COMMA && depth == 0) {
            start = i + 1;
            break;
        }
    }
    if (kind_at(g, start) != MP_TOK_NAME || kind_at(g, start + 1) != MP_TOK_EQUAL ||
        prefix_len(g, TK_START_EXPR, start + 2, g->at) != g->at - start - 2)
        return 0;
    error_pos(g, MP_ERR_SYNTAX, tok_span(g, start, start + 1),
              "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    return 1;
}

/* CPython 3.11 takes a NAME for a soft keyword when it is a prefix of
 * one (it compares only the NAME's length): "c" and "ma" count. */
static int soft_keyword(const mp_token *t)
{
    static const char *const words[] = {"_", "case", "match"};
    for (int i = 0; i < 3; i++)
        if (t->len > 0 && t->len <= strlen(words[i]) && memcmp(words[i], t->start, t->len) == 0)
            return 1;
    return 0;
}

/* `print x` and `exec x`, and "Perhaps you forgot a comma?" */
static int has_in(diag *g, int from, int to)
{
    int depth = 0;
    for (int i = from; i < to; i++) {
        mp_token_kind k = kind_at(g, i);
        if (is_open(k))
            depth++;
        else if (is_close(k))
            depth--;
        else if (k == MP_TOK_IN && depth == 0)
            return 1;
    }
    return 0;
}

/* Would CPython try an expression at s, where a comma may be missing?
 * Items of displays and calls, values after ':', '=', else, ..., and a
 * for target before its `in` (invalid_for_target reads an expression
 * there); not parameters, not a comprehension's iterable. */
static int expression_context(diag *g, int s, int at)
{
    /* in a for target whose `in` has come: the iterable is an
     * or-expression and CPython does not look for a comma there */
    int depth = 0;
    for (int i = s - 1; i >= g->line; i--) {
        mp_token_kind k = kind_at(g, i);
        if (is_close(k))
            depth++;
        else if (is_open(k)) {
            if (depth-- == 0)
                break;
        } else if (depth == 0 && k == MP_TOK_FOR) {
            if (has_in(g, i + 1, at))
                return 0;
            break;
        }
    }
    int open = open_bracket(g, s);
    mp_token_kind before = kind_at(g, s - 1);
    if ((in_def_params(g, s) || in_lambda_params(g, s)) && before != MP_TOK_EQUAL &&
        before != MP_TOK_COLON)
        return 0; /* a parameter's name: defaults and annotations are expressions */
    switch (before) {
    case MP_TOK_LPAR: case MP_TOK_LSQB: case MP_TOK_LBRACE: case MP_TOK_COMMA:
    case MP_TOK_COLON: case MP_TOK_EQUAL: case MP_TOK_ELSE: case MP_TOK_YIELD:
    case MP_TOK_COLONEQUAL:
        return 1;
    case MP_TOK_STAR:
        /* `*x` reads an expression in a call, and right after a bracket
         * (invalid_comprehension); elsewhere an or-expression */
        return open >= 0 && (open == s - 2 || (kind_at(g, open) == MP_TOK_LPAR &&
                                               is_call_paren(g, open)));
    case MP_TOK_DOUBLESTAR:
        return open < 0 || kind_at(g, open) != MP_TOK_LBRACE;
    case MP_TOK_AS:
        /* a with item's target (invalid_with_item reads an expression) */
        return line_keyword(g) == MP_TOK_WITH;
    case MP_TOK_FOR:
        return 1;
    default:
        return 0;
    }
}

/* `print x` at token i (CPython's invalid_legacy_expression): a print or
 * exec name, no '(' after it, then expressions, which may hold a print
 * statement of their own (that one is reported). */
static int legacy_at(diag *g, int i)
{
    const mp_token *t = tk(g, i);
    if (!(name_is(t, "print") || name_is(t, "exec")) || kind_at(g, i + 1) == MP_TOK_LPAR)
        return 0;
    int n = prefix_len(g, TK_START_STAREXPRS, i + 1, -1);
    if (n <= 0)
        return 0;
    if (legacy_at(g, i + 1))
        return 1;
    t = tk(g, i);
    char msg[128];
    snprintf(msg, sizeof msg, "Missing parentheses in call to '%.*s'. Did you mean %.*s(...)?",
             (int)t->len, t->start, (int)t->len, t->start);
    error_pos(g, MP_ERR_SYNTAX, node_range(g, TK_START_DISJ, i, 1, TK_START_STAREXPRS, i + 1, n),
              msg);
    return 1;
}

static int check_juxtaposed_at(diag *g, int at)
{
    if (!starts_expression(kind_at(g, at)))
        return 0;
    int s = earliest_start(g, TK_START_DISJ, at);
    if (s < 0)
        return 0;
    const mp_token *first = tk(g, s);
    if (s == at - 1 && legacy_at(g, s))
        return 1;
    if (open_bracket(g, at) < 0 || s == g->line || !expression_context(g, s, at))
        return 0;
    if (first->kind == MP_TOK_NAME &&
        (kind_at(g, s + 1) == MP_TOK_STRING || soft_keyword(first)))
        return 0;
    int n = prefix_len(g, TK_START_EXPR, at, -1);
    if (n <= 0)
        return 0;
    error_pos(g, MP_ERR_SYNTAX, node_range(g, TK_START_DISJ, s, at - s, TK_START_EXPR, at, n),
              "invalid syntax. Perhaps you forgot a comma?");
    return 1;
}

/* A for target that is no target: CPython's invalid_for_target reads an
 * expression after the `for` and names what cannot be assigned. */
static int check_for_target(diag *g)
{
    int depth = 0, f = -1;
    for (int i = g->at - 1; i >= g->line; i--) {
        mp_token_kind k = kind_at(g, i);
        if (is_close(k))
            depth++;
        else if (is_open(k)) {
            if (depth-- == 0)
                break;
        } else if (depth == 0 && k == MP_TOK_IN)
            return 0;
        else if (depth == 0 && k == MP_TOK_FOR) {
            f = i;
            break;
        }
    }
    if (f < 0)
        return 0;
    int n = prefix_len(g, TK_START_STAREXPRS, f + 1, -1);
    if (n <= 0 || f + 1 + n < g->at)
        return 0;
    mp_pexpr t = prefix_node(g, TK_START_STAREXPRS, f + 1, n);
    if (!t.e)
        return 0;
    return mp_target_set(g->p, t.e, MP_TARGET_FOR) < 0;
}

/* `print x` and `exec x`, and "Perhaps you forgot a comma?"; `a[]` is
 * `a` next to the list `[]` for CPython, which then backtracks. */
static int check_juxtaposed(diag *g)
{
    mp_token_kind k = kind_at(g, g->at), prev = kind_at(g, g->at - 1);
    /* `x print y`: CPython reads a print statement at the print */
    if (open_bracket(g, g->at) < 0 && prev == MP_TOK_NAME &&
        kind_at(g, g->at - 2) != MP_TOK_DOT && legacy_at(g, g->at))
        return 1;
    /* `a[]` and `a not b` are `a` next to `[]` and `not b` for CPython,
     * which backtracks to there */
    if ((k == MP_TOK_RSQB && prev == MP_TOK_LSQB) || (prev == MP_TOK_NOT && k != MP_TOK_IN))
        return check_juxtaposed_at(g, g->at - 1);
    if (check_juxtaposed_at(g, g->at))
        return 1;
    /* an error in a call's or subscript's brackets: CPython also tries the
     * bracket as an expression of its own, next to what came before */
    int open = open_bracket(g, g->at);
    if (open > g->line && (kind_at(g, open) == MP_TOK_LPAR || kind_at(g, open) == MP_TOK_LSQB) &&
        is_call_paren(g, open))
        return check_juxtaposed_at(g, open);
    return 0;
}

/* `del` of what cannot be deleted: CPython reads an expression list */
static int check_del_target(diag *g)
{
    if (kind_at(g, g->line) != MP_TOK_DEL)
        return 0;
    int n = prefix_len(g, TK_START_STAREXPRS, g->line + 1, -1);
    if (n <= 0 || g->line + 1 + n < g->at)
        return 0;
    mp_pexpr t = prefix_node(g, TK_START_STAREXPRS, g->line + 1, n);
    return t.e && mp_target_set(g->p, t.e, MP_TARGET_DEL) < 0;
}

/* `f(*a, *)`: CPython's `args ',' '*'` alternative, which fires when the
 * arguments before are all starred or keywords */
static int check_bare_star_arg(diag *g)
{
    int star = g->at - 1;
    int open = open_bracket(g, g->at);
    if (kind_at(g, star) != MP_TOK_STAR || open < 0 || kind_at(g, open) != MP_TOK_LPAR ||
        !is_call_paren(g, open) || item_start(g, open, star) != star || star == open + 1)
        return 0;
    for (int s = open + 1; s < star;) {
        mp_token_kind k = kind_at(g, s);
        if (k != MP_TOK_STAR && k != MP_TOK_DOUBLESTAR &&
            !(k == MP_TOK_NAME && kind_at(g, s + 1) == MP_TOK_EQUAL))
            return 0;
        /* the next item */
        int depth = 0;
        while (s < star && !(depth == 0 && kind_at(g, s) == MP_TOK_COMMA)) {
            if (is_open(kind_at(g, s)))
                depth++;
            else if (is_close(kind_at(g, s)))
                depth--;
            s++;
        }
        s++;
    }
    error_at(g, MP_ERR_SYNTAX, star, "iterable argument unpacking follows keyword argument unpacking");
    return 1;
}

/* `f(a.b=)`: invalid_kwarg names a keyword that is no name whatever
 * follows the '=' */
static int check_kwarg(diag *g)
{
    int eq = g->at - 1;
    if (kind_at(g, eq) != MP_TOK_EQUAL)
        return 0;
    int open = open_bracket(g, eq);
    if (open < 0 || kind_at(g, open) != MP_TOK_LPAR || !is_call_paren(g, open))
        return 0;
    int s = item_start(g, open, eq);
    if (s >= eq || prefix_len(g, TK_START_EXPR, s, eq) != eq - s)
        return 0;
    mp_pexpr key = prefix_node(g, TK_START_EXPR, s, eq - s);
    if (!key.e || (key.e->kind == MP_EXPR_Name && !key.paren))
        return 0;
    mp_argitem it;
    memset(&it, 0, sizeof it);
    it.kind = MP_ARG_KW;
    it.key = key;
    it.tok = tok_pos(g, eq);
    mp_callargs *c = mp_callargs_add(g->p, NULL, it);
    return c && g->p->error;
}

/* Where CPython's first pass stopped, for "invalid syntax": at the error
 * token, unless the grammar here took more than CPython's does: a walrus
 * whose target is no name stops CPython at the ':=', an annotation of
 * what cannot be annotated at the ':'. */
static int generic_at(diag *g)
{
    for (int i = g->line + 1; i < g->at; i++) {
        if (kind_at(g, i) != MP_TOK_COLONEQUAL)
            continue;
        /* a name that starts a named expression */
        mp_token_kind before = i - 2 >= g->line ? kind_at(g, i - 2) : MP_TOK_NEWLINE;
        if (kind_at(g, i - 1) != MP_TOK_NAME ||
            !(before == MP_TOK_LPAR || before == MP_TOK_LSQB || before == MP_TOK_LBRACE ||
              before == MP_TOK_COMMA || before == MP_TOK_IF || before == MP_TOK_ELIF ||
              before == MP_TOK_WHILE || before == MP_TOK_AT || before == MP_TOK_COLON ||
              before == MP_TOK_NEWLINE || before == MP_TOK_INDENT || before == MP_TOK_DEDENT))
            return i;
    }
    int c = g->at - 1;
    if (c > g->line && kind_at(g, c) == MP_TOK_COLON && depth_before(g, c) == 0 &&
        starts_expression(kind_at(g, g->line)) && kind_at(g, g->line) != MP_TOK_LAMBDA) {
        if (prefix_len(g, TK_START_STAREXPRS, g->line, c) == c - g->line) {
            mp_pexpr t = prefix_node(g, TK_START_STAREXPRS, g->line, c - g->line);
            mp_expr_kind k = t.e ? t.e->kind : MP_EXPR_Name;
            if (k != MP_EXPR_Name && k != MP_EXPR_Attribute && k != MP_EXPR_Subscript)
                return c;
        }
    }
    return g->at;
}

void mp_parse_syntax_error(mp_parser *p, void *lemon, int major, mp_token tok)
{
    (void)major;
    mp_driver *d = p->driver;
    if (p->quiet)
        p->error = 1; /* a sub-parse only needs to know */
    if (p->error || d->probing)
        return;
    diag g = {p, d, &d->w, lemon, d->w.pushed - 1, d->w.line_start, d->w.pushed - 1};
    d->w.frozen++;
    while (g.line < g.at &&
           (kind_at(&g, g.line) == MP_TOK_INDENT || kind_at(&g, g.line) == MP_TOK_DEDENT))
        g.line++;
    int lexed = d->w.lex_failed;
    if (tok.kind == MP_TOK_STRING)
        tk(&g, g.at + 1); /* CPython looks for more strings to concatenate */
    if (check_single(&g) || check_block(&g) || check_try(&g) || check_indent(&g) || check_dedent(&g) ||
        check_colon(&g) || check_case(&g) || check_except_tuple(&g) || check_params(&g) || check_dict(&g) ||
        check_equal(&g) || check_tuple_named(&g) || check_kwarg_genexp(&g) || check_comprehension(&g) ||
        check_ifexp(&g) || check_match(&g) || check_kwarg(&g) || check_bare_star_arg(&g) ||
        check_juxtaposed(&g) ||
        check_for_target(&g) || check_del_target(&g))
        ;
    else if (!p->error)
        error_at(&g, MP_ERR_SYNTAX, generic_at(&g), "invalid syntax");
    d->w.frozen--;
    d->diagnosed = 1;
    d->err_tok = *tk(&g, g.at);
    d->err_line = tk(&g, g.seen)->lineno;
    if (p->arena->failed || d->w.nomem) {
        p->error = 0;
        mp_parser_error(p, MP_ERR_MEMORY, 0, 0, 0, -1, "MemoryError");
    } else if (!lexed && d->w.lex_failed) {
        /* CPython's second pass met the tokenizer's error first */
        p->error = 0;
        mp_driver_lexer_error(p);
    }
    (void)tok;
}
