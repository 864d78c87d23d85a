/* The match statement's patterns: the builders the grammar's pattern
 * rules call (grammar/parser.y), with the checks CPython 3.11's parser
 * makes while it builds them (Grammar/python.gram: literal_pattern,
 * class_pattern, invalid_as_pattern, invalid_class_pattern, ...).
 *
 * The errors its compiler raises about patterns ("multiple starred names
 * in sequence pattern", "patterns may only match literals and attribute
 * lookups" for an f-string, the unreachable and repeated names) are not
 * raised here: a tree with them is a valid tree for ast.parse.
 */
#include <string.h>

#include "minipy/ast.h"
#include "parse_internal.h"

static mp_ppat ppat(mp_pattern *pat, mp_pos pos)
{
    mp_ppat r = {pat, pos};
    return r;
}

static void error_at(mp_parser *p, mp_pos at, const char *msg)
{
    mp_parser_error(p, MP_ERR_SYNTAX, at.lineno, at.col_offset, at.end_lineno,
                    at.end_col_offset, "%s", msg);
}

/* The soft keyword `_`: CPython compares the token's own text, before the
 * NFKC normalization of identifiers. */
int mp_pat_is_wildcard(mp_token t)
{
    return t.kind == MP_TOK_NAME && t.len == 1 && t.start[0] == '_';
}

mp_ppat mp_pat_value(mp_parser *p, mp_pexpr value)
{
    mp_pattern *pat = mp_ast_pattern_new(p->arena, MP_PAT_MatchValue, value.pos);
    if (pat)
        pat->v.MatchValue.value = value.e;
    return ppat(pat, value.pos);
}

mp_ppat mp_pat_singleton(mp_parser *p, mp_const_kind kind, mp_token t)
{
    mp_pattern *pat = mp_ast_pattern_new(p->arena, MP_PAT_MatchSingleton, mp_pos_tok(t));
    if (pat)
        pat->v.MatchSingleton.value.kind = kind;
    return ppat(pat, mp_pos_tok(t));
}

/* A bare name: a capture pattern, or the wildcard `_` (MatchAs with
 * neither field). */
mp_ppat mp_pat_capture(mp_parser *p, mp_token name)
{
    mp_pattern *pat = mp_ast_pattern_new(p->arena, MP_PAT_MatchAs, mp_pos_tok(name));
    if (pat && !mp_pat_is_wildcard(name))
        pat->v.MatchAs.name = mp_ast_identifier(p, name);
    return ppat(pat, mp_pos_tok(name));
}

/* `*name`, or `*_` whose name is None. */
mp_ppat mp_pat_star(mp_parser *p, mp_token star, mp_token name)
{
    mp_pos pos = mp_pos_span(mp_pos_tok(star), mp_pos_tok(name));
    mp_pattern *pat = mp_ast_pattern_new(p->arena, MP_PAT_MatchStar, pos);
    if (pat && !mp_pat_is_wildcard(name))
        pat->v.MatchStar.name = mp_ast_identifier(p, name);
    return ppat(pat, pos);
}

/* `pattern as name`: `_` is no target (invalid_as_pattern). */
mp_ppat mp_pat_as(mp_parser *p, mp_ppat inner, mp_token name)
{
    if (mp_pat_is_wildcard(name))
        error_at(p, mp_pos_tok(name), "cannot use '_' as a target");
    mp_pos pos = mp_pos_span(inner.pos, mp_pos_tok(name));
    mp_pattern *pat = mp_ast_pattern_new(p->arena, MP_PAT_MatchAs, pos);
    if (pat) {
        pat->v.MatchAs.pattern = inner.pat;
        pat->v.MatchAs.name = mp_ast_identifier(p, name);
    }
    return ppat(pat, pos);
}

mp_plist mp_plist_add(mp_parser *p, mp_plist l, mp_ppat item)
{
    l.pos = l.items ? mp_pos_span(l.pos, item.pos) : item.pos;
    l.items = mp_seq_append(p->arena, l.items, item.pat);
    return l;
}

/* `a | b | c`: l holds two patterns or more. */
mp_ppat mp_pat_or(mp_parser *p, mp_plist l)
{
    mp_pattern *pat = mp_ast_pattern_new(p->arena, MP_PAT_MatchOr, l.pos);
    if (pat)
        pat->v.MatchOr.patterns = l.items;
    return ppat(pat, l.pos);
}

mp_ppat mp_pat_sequence(mp_parser *p, mp_seq *items, mp_pos pos)
{
    mp_pattern *pat = mp_ast_pattern_new(p->arena, MP_PAT_MatchSequence, pos);
    if (pat)
        pat->v.MatchSequence.patterns = items;
    return ppat(pat, pos);
}

/* Patterns separated by commas, in parentheses or none (a case's open
 * sequence): one pattern without a comma is itself (a group in
 * parentheses keeps its node's position); a starred one alone is no
 * pattern, and CPython stops at the token after it, next. */
mp_ppat mp_pat_items(mp_parser *p, mp_plist l, int trailing_comma, mp_pos span, mp_token next)
{
    if (MP_SEQ_LEN(l.items) == 1 && !trailing_comma) {
        mp_pattern *only = MP_SEQ_GET(l.items, 0);
        if (only && only->kind == MP_PAT_MatchStar)
            error_at(p, mp_pos_tok(next), "invalid syntax");
        return ppat(only, span);
    }
    return mp_pat_sequence(p, l.items, span);
}

/* A literal number, negated when minus is given. */
mp_pexpr mp_pat_number(mp_parser *p, const mp_token *minus, mp_token num)
{
    mp_pexpr n = mp_pexpr_of(mp_ast_number(p, num));
    if (!minus)
        return n;
    return mp_pexpr_of(mp_ast_unary(p, *minus, MP_USub, n));
}

static int is_imaginary(const mp_expr *e)
{
    if (e && e->kind == MP_EXPR_UnaryOp)
        e = e->v.UnaryOp.operand;
    return e && e->kind == MP_EXPR_Constant && e->v.Constant.value.kind == MP_CONST_COMPLEX;
}

/* `real + imag` and `real - imag`: the only sums a literal pattern may
 * hold (CPython's complex_number, which checks the real part first). */
mp_pexpr mp_pat_complex(mp_parser *p, mp_pexpr real, mp_operator op, mp_token imag)
{
    const mp_expr *r = real.e;
    if (r && r->kind == MP_EXPR_UnaryOp)
        r = r->v.UnaryOp.operand;
    if (is_imaginary(real.e))
        error_at(p, mp_pos_of(r), "real number required in complex literal");
    mp_pexpr i = mp_pexpr_of(mp_ast_number(p, imag));
    if (!is_imaginary(i.e))
        error_at(p, i.pos, "imaginary number required in complex literal");
    return mp_pexpr_of(mp_ast_binop(p, real, op, i));
}

/* One argument of a class pattern, keyword given for `name=pattern`.
 * Positional patterns after keyword ones are an error (CPython's
 * invalid_class_pattern): its range is the first run of them, reported
 * at the ')'. */
mp_classargs mp_classargs_add(mp_parser *p, mp_classargs c, const mp_token *keyword,
                              mp_ppat item)
{
    if (keyword) {
        c.kwd_attrs = mp_seq_append(p->arena, c.kwd_attrs, (void *)mp_ast_identifier(p, *keyword));
        c.kwd_patterns = mp_seq_append(p->arena, c.kwd_patterns, item.pat);
        if (c.state == MP_CLASSARGS_POSITIONAL)
            c.state = MP_CLASSARGS_KEYWORDS;
        else if (c.state == MP_CLASSARGS_LATE)
            c.state = MP_CLASSARGS_DONE;
        return c;
    }
    c.patterns = mp_seq_append(p->arena, c.patterns, item.pat);
    mp_pos at = item.pat ? item.pat->pos : item.pos;
    if (c.state == MP_CLASSARGS_KEYWORDS) {
        c.state = MP_CLASSARGS_LATE;
        c.late_first = at;
    }
    if (c.state == MP_CLASSARGS_LATE)
        c.late_last = at;
    return c;
}

mp_ppat mp_pat_class(mp_parser *p, mp_pexpr cls, const mp_classargs *args, mp_token rpar)
{
    mp_pos pos = mp_pos_span(cls.pos, mp_pos_tok(rpar));
    if (args && args->state >= MP_CLASSARGS_LATE)
        error_at(p, mp_pos_span(args->late_first, args->late_last),
                 "positional patterns follow keyword patterns");
    mp_pattern *pat = mp_ast_pattern_new(p->arena, MP_PAT_MatchClass, pos);
    if (pat) {
        pat->v.MatchClass.cls = cls.e;
        if (args) {
            pat->v.MatchClass.patterns = args->patterns;
            pat->v.MatchClass.kwd_attrs = args->kwd_attrs;
            pat->v.MatchClass.kwd_patterns = args->kwd_patterns;
        }
    }
    return ppat(pat, pos);
}

/* The name of a value or class pattern: `_` is the wildcard there, which
 * no '.' or '(' may follow (CPython tries it before the name). */
mp_pexpr mp_pat_name(mp_parser *p, mp_token name, mp_token next)
{
    if (mp_pat_is_wildcard(name))
        error_at(p, mp_pos_tok(next), "invalid syntax");
    return mp_pexpr_of(mp_ast_name(p, name));
}

mp_mapitems mp_mapitems_add(mp_parser *p, mp_mapitems m, mp_pexpr key, mp_ppat value)
{
    m.keys = mp_seq_append(p->arena, m.keys, key.e);
    m.patterns = mp_seq_append(p->arena, m.patterns, value.pat);
    return m;
}

/* `**rest`: a capture target, so not `_`. */
const char *mp_pat_rest(mp_parser *p, mp_token name)
{
    if (mp_pat_is_wildcard(name))
        error_at(p, mp_pos_tok(name), "invalid syntax");
    return mp_ast_identifier(p, name);
}

mp_ppat mp_pat_mapping(mp_parser *p, const mp_mapitems *items, const char *rest, mp_pos pos)
{
    mp_pattern *pat = mp_ast_pattern_new(p->arena, MP_PAT_MatchMapping, pos);
    if (pat) {
        if (items) {
            pat->v.MatchMapping.keys = items->keys;
            pat->v.MatchMapping.patterns = items->patterns;
        }
        pat->v.MatchMapping.rest = rest;
    }
    return ppat(pat, pos);
}

mp_match_case *mp_ast_match_case(mp_parser *p, mp_ppat pattern, mp_expr *guard, mp_seq *body)
{
    mp_match_case *c = mp_arena_alloc(p->arena, sizeof *c);
    if (c) {
        c->pattern = pattern.pat;
        c->guard = guard;
        c->body = body;
    }
    return c;
}
