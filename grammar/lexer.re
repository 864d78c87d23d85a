/* The tokenizer: source bytes to the tokens of token.h, as CPython 3.11's
 * Parser/tokenizer.c produces them for `python3 file.py`, errors included
 * (message, line, caret).  re2c (this file) writes the scanner for one
 * token; the C around it keeps the state CPython keeps: the indentation
 * stack that makes INDENT and DEDENT, the stack of open brackets, the
 * current line.
 *
 * The input.  CPython reads a file line by line and checks each line as it
 * reads it: the coding cookie (lines 1 and 2), UTF-8 validity, NUL bytes.
 * So an error there is reported only when the tokenizer reaches that line,
 * after the errors of earlier lines.  mp_lexer_new finds the first such
 * line once (inspect()); scanning stops at its start and reports its error
 * then.  The lines before it are valid UTF-8 without NUL bytes, so the NUL
 * after the last byte is the only NUL the scanner meets (the sentinel
 * method).  "\r\n" and "\r" end lines as "\n" does (universal newlines);
 * tokens keep the bytes as they are in the source.  A latin-1 or cp1252
 * coding cookie makes the lexer convert the source to UTF-8 up front: its
 * tokens then point into that copy, which lives as long as the lexer.
 *
 * Positions are CPython's: lines from 1, columns in UTF-8 bytes from 0.
 * They are those of the tokens CPython's parser sees, which differ from
 * the tokenize module's in three places:
 * - NEWLINE starts at the comment before the newline when there is one,
 *   else at the newline, and ends at the newline (so it is often empty);
 *   at the end of a file that lacks its last newline it is empty, at the
 *   end of the last line;
 * - INDENT spans the indentation; DEDENT is empty, after the indentation;
 * - ENDMARKER, and the DEDENTs before it, are at the end of the last line
 *   (CPython does not count a line after the last newline).
 *
 * Errors.  CPython raises most of its tokenizer's errors in the tokenizer
 * (syntaxerror(): the caret is at the character before the point where
 * the tokenizer stopped), and some through the parser (pegen_errors.c:
 * unclosed brackets, bad indentation, a bad line continuation, EOF after
 * a backslash).  The parser's kind counts a byte offset as a character
 * offset unless the encoding is known (a str source, a BOM or a coding
 * cookie); pegen_error() records which (mp_syntax_error.byte_columns).
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "minipy/buf.h"
#include "minipy/lexer.h"
#include "minipy/mem.h"
#include "minipy/unicode.h"

/* CPython's limits (tokenizer.h): TABSIZE, MAXINDENT, MAXLEVEL. */
enum { TABSIZE = 8, MAXINDENT = 100, MAXLEVEL = 200 };

/* Why CPython refuses a line when it reads it. */
typedef enum { BAD_NONE, BAD_NUL, BAD_UTF8, BAD_ENCODING } bad_kind;

struct mp_lexer {
    const char *filename;
    const char *text;      /* what is scanned; text[len] == '\0' */
    size_t len;
    char *own;             /* text, when the lexer converted the source */
    int bom;               /* a UTF-8 BOM preceded text */
    int declared;          /* a str source, a BOM or a coding cookie (see
                              pegen_error) */
    int str_source;        /* a str: no BOM or cookie is looked for */
    int nlines;            /* the lines of text, as CPython counts them */
    const char *last_line; /* the start of line nlines */

    /* The first line CPython refuses (see inspect), or BAD_NONE. */
    bad_kind bad;
    const char *bad_at;    /* its start */
    int bad_lineno;
    unsigned bad_byte;     /* BAD_UTF8: the first bad byte */
    char bad_msg[96];      /* BAD_ENCODING: the message */

    const char *cur;        /* where scanning goes on */
    const char *line_start; /* the start of line lineno */
    const char *buf_start;  /* the line CPython's buffer starts with */
    int lineno;

    int atbol;            /* at the start of a line: indentation next */
    int blankline;        /* the current line has no tokens */
    int eof_newline;      /* the NEWLINE CPython adds to a last line that
                             lacks one has been given */
    int done;             /* ENDMARKER has been given */
    int indent, pendin;   /* the top of the stacks; INDENTs (> 0) or
                             DEDENTs (< 0) to give */
    int indstack[MAXINDENT], altstack[MAXINDENT];
    int level;            /* open brackets */
    char parens[MAXLEVEL];
    int paren_line[MAXLEVEL], paren_col[MAXLEVEL];

    int expr_only, first_lineno, first_col;
    int failed;           /* an error was returned: saved is returned again */
    int error_in_parser;  /* it is one CPython's parser raises (pegen_error) */
    mp_syntax_error saved;
};

/* What scan() finds besides the token kinds of token.h. */
enum {
    R_NAME_UNI = MP_TOK_COUNT, /* a name with non-ASCII characters */
    R_STRING_OPEN,             /* a quote not closed on its line */
    R_TRIPLE_OPEN,             /* triple quotes never closed */
    R_DEC, R_ZEROINT, R_FLOAT, R_FLOAT_EXP, R_IMAG, R_HEX, R_OCT, R_BIN,
    R_BAD_DEC, R_BAD_HEX, R_BAD_OCT, R_BAD_OCT_DIGIT, R_BAD_BIN,
    R_BAD_BIN_DIGIT,
    R_NONPRINT,                /* an ASCII control character */
    R_END
};

/* ---- the scanner ---------------------------------------------------------- */

/* Scans the token at p, which is not blank, a comment, a newline, a
 * backslash or the end of input.  Sets *endp past it and returns its kind
 * (token.h) or one of the R_ codes above. */
static int scan(const char *p, const char **endp)
{
    const unsigned char *YYCURSOR = (const unsigned char *)p;
    const unsigned char *YYMARKER = YYCURSOR;
#define TOK(k) do { *endp = (const char *)YYCURSOR; return (k); } while (0)
    /*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:yyfill:enable = 0;

    dig       = [0-9];
    digitpart = dig ("_"? dig)*;
    hexdig    = [0-9a-fA-F];
    exponent  = [eE] [+-]? digitpart;
    pointfloat = digitpart? "." digitpart | digitpart ".";
    expfloat  = (digitpart | pointfloat) exponent;

    idstart   = [a-zA-Z_\u0080-\U0010FFFF];
    idcont    = [a-zA-Z0-9_\u0080-\U0010FFFF];

    prefix    = [rRuUfFbB] | [bB][rR] | [rR][bB] | [fF][rR] | [rR][fF];
    any       = [^\x00];
    nl        = "\r\n" | "\n" | "\r";
    esc       = "\\" ("\r\n" | any);
    sq_item   = [^\x00'\\\r\n] | esc;
    dq_item   = [^\x00"\\\r\n] | esc;
    tsq_char  = [^\x00'\\] | esc;
    tdq_char  = [^\x00"\\] | esc;
    tsq_item  = tsq_char | "'" tsq_char | "''" tsq_char;
    tdq_item  = tdq_char | "\"" tdq_char | "\"\"" tdq_char;

    "\x00" { TOK(R_END); }

    "False"    { TOK(MP_TOK_FALSE); }
    "None"     { TOK(MP_TOK_NONE); }
    "True"     { TOK(MP_TOK_TRUE); }
    "and"      { TOK(MP_TOK_AND); }
    "as"       { TOK(MP_TOK_AS); }
    "assert"   { TOK(MP_TOK_ASSERT); }
    "async"    { TOK(MP_TOK_ASYNC); }
    "await"    { TOK(MP_TOK_AWAIT); }
    "break"    { TOK(MP_TOK_BREAK); }
    "class"    { TOK(MP_TOK_CLASS); }
    "continue" { TOK(MP_TOK_CONTINUE); }
    "def"      { TOK(MP_TOK_DEF); }
    "del"      { TOK(MP_TOK_DEL); }
    "elif"     { TOK(MP_TOK_ELIF); }
    "else"     { TOK(MP_TOK_ELSE); }
    "except"   { TOK(MP_TOK_EXCEPT); }
    "finally"  { TOK(MP_TOK_FINALLY); }
    "for"      { TOK(MP_TOK_FOR); }
    "from"     { TOK(MP_TOK_FROM); }
    "global"   { TOK(MP_TOK_GLOBAL); }
    "if"       { TOK(MP_TOK_IF); }
    "import"   { TOK(MP_TOK_IMPORT); }
    "in"       { TOK(MP_TOK_IN); }
    "is"       { TOK(MP_TOK_IS); }
    "lambda"   { TOK(MP_TOK_LAMBDA); }
    "nonlocal" { TOK(MP_TOK_NONLOCAL); }
    "not"      { TOK(MP_TOK_NOT); }
    "or"       { TOK(MP_TOK_OR); }
    "pass"     { TOK(MP_TOK_PASS); }
    "raise"    { TOK(MP_TOK_RAISE); }
    "return"   { TOK(MP_TOK_RETURN); }
    "try"      { TOK(MP_TOK_TRY); }
    "while"    { TOK(MP_TOK_WHILE); }
    "with"     { TOK(MP_TOK_WITH); }
    "yield"    { TOK(MP_TOK_YIELD); }

    [a-zA-Z_] [a-zA-Z0-9_]* { TOK(MP_TOK_NAME); }
    idstart idcont*         { TOK(R_NAME_UNI); }

    prefix? ( "'" sq_item* "'" | "\"" dq_item* "\""
            | "'''" tsq_item* "'''" | "\"\"\"" tdq_item* "\"\"\"" )
                                        { TOK(MP_TOK_STRING); }
    prefix? ( "'" sq_item* | "\"" dq_item* ) { TOK(R_STRING_OPEN); }
    prefix? ( "'''" | "\"\"\"" )        { TOK(R_TRIPLE_OPEN); }

    "0" [xX] ("_"? hexdig)+             { TOK(R_HEX); }
    "0" [xX] ("_"? hexdig)* "_"?        { TOK(R_BAD_HEX); }
    "0" [oO] ("_"? [0-7])+              { TOK(R_OCT); }
    "0" [oO] ("_"? [0-7])* "_"? [89]    { TOK(R_BAD_OCT_DIGIT); }
    "0" [oO] ("_"? [0-7])* "_"?         { TOK(R_BAD_OCT); }
    "0" [bB] ("_"? [01])+               { TOK(R_BIN); }
    "0" [bB] ("_"? [01])* "_"? [2-9]    { TOK(R_BAD_BIN_DIGIT); }
    "0" [bB] ("_"? [01])* "_"?          { TOK(R_BAD_BIN); }
    [1-9] ("_"? dig)* | "0" ("_"? "0")* { TOK(R_DEC); }
    "0" ("_"? dig)*                     { TOK(R_ZEROINT); }
    pointfloat                          { TOK(R_FLOAT); }
    expfloat                            { TOK(R_FLOAT_EXP); }
    (pointfloat | expfloat | digitpart) [jJ] { TOK(R_IMAG); }
    /* an underscore not followed by a digit, an exponent without digits */
    (digitpart | digitpart? "." digitpart
        | (digitpart | pointfloat) [eE] [+-]? digitpart) "_"
        | (digitpart | pointfloat) [eE] [+-] { TOK(R_BAD_DEC); }

    "("   { TOK(MP_TOK_LPAR); }
    ")"   { TOK(MP_TOK_RPAR); }
    "["   { TOK(MP_TOK_LSQB); }
    "]"   { TOK(MP_TOK_RSQB); }
    "{"   { TOK(MP_TOK_LBRACE); }
    "}"   { TOK(MP_TOK_RBRACE); }
    ":"   { TOK(MP_TOK_COLON); }
    ","   { TOK(MP_TOK_COMMA); }
    ";"   { TOK(MP_TOK_SEMI); }
    "+"   { TOK(MP_TOK_PLUS); }
    "-"   { TOK(MP_TOK_MINUS); }
    "*"   { TOK(MP_TOK_STAR); }
    "/"   { TOK(MP_TOK_SLASH); }
    "|"   { TOK(MP_TOK_VBAR); }
    "&"   { TOK(MP_TOK_AMPER); }
    "<"   { TOK(MP_TOK_LESS); }
    ">"   { TOK(MP_TOK_GREATER); }
    "="   { TOK(MP_TOK_EQUAL); }
    "."   { TOK(MP_TOK_DOT); }
    "%"   { TOK(MP_TOK_PERCENT); }
    "=="  { TOK(MP_TOK_EQEQUAL); }
    "!="  { TOK(MP_TOK_NOTEQUAL); }
    "<="  { TOK(MP_TOK_LESSEQUAL); }
    ">="  { TOK(MP_TOK_GREATEREQUAL); }
    "~"   { TOK(MP_TOK_TILDE); }
    "^"   { TOK(MP_TOK_CIRCUMFLEX); }
    "<<"  { TOK(MP_TOK_LEFTSHIFT); }
    ">>"  { TOK(MP_TOK_RIGHTSHIFT); }
    "**"  { TOK(MP_TOK_DOUBLESTAR); }
    "+="  { TOK(MP_TOK_PLUSEQUAL); }
    "-="  { TOK(MP_TOK_MINEQUAL); }
    "*="  { TOK(MP_TOK_STAREQUAL); }
    "/="  { TOK(MP_TOK_SLASHEQUAL); }
    "%="  { TOK(MP_TOK_PERCENTEQUAL); }
    "&="  { TOK(MP_TOK_AMPEREQUAL); }
    "|="  { TOK(MP_TOK_VBAREQUAL); }
    "^="  { TOK(MP_TOK_CIRCUMFLEXEQUAL); }
    "<<=" { TOK(MP_TOK_LEFTSHIFTEQUAL); }
    ">>=" { TOK(MP_TOK_RIGHTSHIFTEQUAL); }
    "**=" { TOK(MP_TOK_DOUBLESTAREQUAL); }
    "//"  { TOK(MP_TOK_DOUBLESLASH); }
    "//=" { TOK(MP_TOK_DOUBLESLASHEQUAL); }
    "@"   { TOK(MP_TOK_AT); }
    "@="  { TOK(MP_TOK_ATEQUAL); }
    "->"  { TOK(MP_TOK_RARROW); }
    "..." { TOK(MP_TOK_ELLIPSIS); }
    ":="  { TOK(MP_TOK_COLONEQUAL); }
    /* CPython's NOTEQUAL spelled the old way: its parser refuses it with
     * "invalid syntax" there, as it does an unknown character */
    "<>"  { TOK(MP_TOK_ERRORTOKEN); }

    [\x01-\x08\x0b\x0e-\x1f\x7f] { TOK(R_NONPRINT); }
    nl    { TOK(R_END); }
    *     { TOK(MP_TOK_ERRORTOKEN); }
    */
#undef TOK
}

/* ---- lines ------------------------------------------------------------------ */

/* The length of the newline at p ("\r\n", "\n" or "\r"), or 0. */
static int eol_len(const char *p)
{
    if (p[0] == '\n')
        return 1;
    if (p[0] == '\r')
        return p[1] == '\n' ? 2 : 1;
    return 0;
}

/* The length of the line starting at p, without its newline. */
static size_t line_len(const char *p)
{
    return strcspn(p, "\r\n");
}

/* Moves past the newline at lx->cur, n bytes long. */
static void newline(mp_lexer *lx, int n)
{
    lx->cur += n;
    lx->lineno++;
    lx->line_start = lx->cur;
}

/* Counts the newlines in a token [a, b) scanned on the current line. */
static void pass_lines(mp_lexer *lx, const char *a, const char *b)
{
    for (const char *p = a; p < b; p++) {
        if (*p == '\n' || (*p == '\r' && p[1] != '\n')) {
            lx->lineno++;
            lx->line_start = p + 1;
        }
    }
}

/* The start of line lineno of text (1-based), or NULL.  The empty line
 * after a last newline is no line. */
static const char *find_line(const mp_lexer *lx, int lineno)
{
    const char *p = lx->text, *end = lx->text + lx->len;
    int n = 1;
    if (lx->line_start && lineno >= lx->lineno) {
        p = lx->line_start;
        n = lx->lineno;
    }
    for (; n < lineno; n++) {
        p += line_len(p);
        int k = eol_len(p);
        if (k == 0)
            return NULL;
        p += k;
    }
    if (p >= end && lineno > 1)
        return NULL;
    return p;
}

/* The end of input: the line CPython counts last, and its length. */
static void eof_pos(const mp_lexer *lx, int *lineno, int *col)
{
    if (lx->nlines == 0) {
        *lineno = 1;
        *col = 0;
        return;
    }
    *lineno = lx->nlines;
    *col = (int)line_len(lx->last_line);
}

/* ---- errors ------------------------------------------------------------------ */

/* Records an error whose source line is line[0..n) (line lineno of the
 * file).  col and end_col are byte columns in it, as in mp_syntax_error;
 * col -1 stands for CPython's offset 0 (no caret). */
static int set_errorv(mp_lexer *lx, mp_syntax_error *err,
                      mp_syntax_error_kind kind, const char *line, size_t n,
                      int lineno, int col, int end_col, const char *fmt,
                      va_list ap)
{
    char msg[sizeof err->msg];
    vsnprintf(msg, sizeof msg, fmt, ap);
    mp_syntax_error_set(err, kind, lx->filename, line, n, 1, col, 1, end_col,
                        "%s", msg);
    err->lineno = err->end_lineno = lineno;
    return -1;
}

/* The error of CPython's syntaxerror(): on line lineno (starting at line),
 * with the caret at the character before at. */
static int tok_error(mp_lexer *lx, mp_syntax_error *err, const char *line,
                     int lineno, const char *at, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));

static int tok_error(mp_lexer *lx, mp_syntax_error *err, const char *line,
                     int lineno, const char *at, const char *fmt, ...)
{
    const char *q = at - 1;
    while (q > line && ((unsigned char)*q & 0xC0) == 0x80)
        q--;
    int col = at > line ? (int)(q - line) : -1;
    va_list ap;
    va_start(ap, fmt);
    set_errorv(lx, err, MP_ERR_SYNTAX, line, line_len(line), lineno, col, col,
               fmt, ap);
    va_end(ap);
    err->text_no_newline = 1; /* _syntaxerror_range cuts the line there */
    return -1;
}

/* The same at the current line. */
#define CUR_ERROR(lx, err, at, ...) \
    tok_error(lx, err, (lx)->line_start, (lx)->lineno, at, __VA_ARGS__)

/* An error CPython's parser raises for its tokenizer (pegen_errors.c) at
 * byte column bytecol (0-based, maybe past the end; -1 for none) of line
 * lineno.  The parser turns the byte offset into a character offset only
 * when the encoding is known (declared), and then against the line as the
 * file has it, BOM included; otherwise the byte offset is reported as if
 * it counted characters (byte_columns). */
static int pegen_error(mp_lexer *lx, mp_syntax_error *err,
                       mp_syntax_error_kind kind, int lineno, long bytecol,
                       const char *fmt, ...) __attribute__((format(printf, 6, 7)));

static int pegen_error(mp_lexer *lx, mp_syntax_error *err,
                       mp_syntax_error_kind kind, int lineno, long bytecol,
                       const char *fmt, ...)
{
    const char *line = find_line(lx, lineno);
    size_t n = line ? line_len(line) : 0;
    char *withbom = NULL;
    if (line && lineno == 1 && lx->bom) {
        withbom = mp_malloc(n + 3);
        if (withbom) {
            memcpy(withbom, "\xEF\xBB\xBF", 3);
            memcpy(withbom + 3, line, n);
            line = withbom;
            n += 3;
        }
    }
    int col = bytecol >= 0 && line ? (int)bytecol : -1;
    va_list ap;
    va_start(ap, fmt);
    set_errorv(lx, err, kind, line ? line : "", n, lineno, col, -1, fmt, ap);
    va_end(ap);
    err->byte_columns = !lx->declared;
    mp_free(withbom);
    lx->error_in_parser = 1;
    return -1;
}

/* The error of the first line CPython refuses (see inspect). */
static int bad_error(mp_lexer *lx, mp_syntax_error *err)
{
    if (lx->bad == BAD_NUL) {
        /* CPython's text for it stops at the NUL; its offset is 0 */
        const char *p = lx->bad_at;
        size_t n = strcspn(p, "\r\n");
        const char *nul = memchr(p, '\0', n + 1);
        mp_syntax_error_set(err, MP_ERR_SYNTAX, lx->filename, p,
                            (size_t)(nul - p), 1, -1, 1, -1,
                            "source code cannot contain null bytes");
        err->lineno = err->end_lineno = lx->bad_lineno;
    } else if (lx->bad == BAD_UTF8) {
        mp_syntax_error_set(err, MP_ERR_DECODE, lx->filename, NULL, 0, 0, 0, 0,
                            -1,
                            "Non-UTF-8 code starting with '\\x%02x' in file %s "
                            "on line %d, but no encoding declared; see "
                            "https://peps.python.org/pep-0263/ for details",
                            lx->bad_byte, lx->filename, lx->bad_lineno);
    } else {
        mp_syntax_error_set(err, MP_ERR_DECODE, lx->filename, NULL, 0, 0, 0, 0,
                            -1, "%s", lx->bad_msg);
    }
    return -1;
}

/* Whether scanning has reached the first refused line. */
static int at_bad(const mp_lexer *lx)
{
    return lx->bad != BAD_NONE && lx->line_start >= lx->bad_at;
}

/* At the end of input with brackets open. */
static int unclosed_error(mp_lexer *lx, mp_syntax_error *err)
{
    int i = lx->level - 1;
    pegen_error(lx, err, MP_ERR_SYNTAX, lx->paren_line[i], lx->paren_col[i],
                "'%c' was never closed", lx->parens[i]);
    /* CPython's parser takes the text with its newline from the line the
     * tokenizer is on (the last), and without from an earlier one. */
    err->text_no_newline = lx->paren_line[i] < lx->nlines;
    return -1;
}

/* ---- input ------------------------------------------------------------------- */

/* The coding cookie of line[0..size) (size counts the newline), as
 * CPython's get_coding_spec finds it: in a comment that is all the line
 * holds.  Copies the name into name[cap] and returns 1, or returns 0. */
static int coding_spec(const char *s, long size, char *name, size_t cap)
{
    long i;
    for (i = 0; i < size - 6; i++) {
        if (s[i] == '#')
            break;
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\f')
            return 0;
    }
    for (; i < size - 6; i++) {
        const char *t = s + i;
        if (memcmp(t, "coding", 6) != 0)
            continue;
        t += 6;
        if (t[0] != ':' && t[0] != '=')
            continue;
        do
            t++;
        while (t[0] == ' ' || t[0] == '\t');
        const char *begin = t;
        while ((*t >= 'a' && *t <= 'z') || (*t >= 'A' && *t <= 'Z') ||
               (*t >= '0' && *t <= '9') || *t == '-' || *t == '_' || *t == '.')
            t++;
        if (t > begin) {
            size_t n = (size_t)(t - begin) < cap - 1 ? (size_t)(t - begin) : cap - 1;
            memcpy(name, begin, n);
            name[n] = '\0';
            return 1;
        }
    }
    return 0;
}

/* Whether line[0..size) holds nothing but blanks and a comment, so that
 * CPython looks for a cookie on the next line too. */
static int comment_only(const char *s, long size)
{
    for (long i = 0; i < size; i++) {
        if (s[i] == '#' || s[i] == '\n' || s[i] == '\r')
            break;
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\f')
            return 0;
    }
    return 1;
}

/* CPython's get_normal_name: "utf-8" and "iso-8859-1" in their spellings,
 * else the name as written. */
static const char *normal_name(const char *s)
{
    char buf[13];
    int i;
    for (i = 0; i < 12 && s[i]; i++)
        buf[i] = s[i] == '_' ? '-' : (s[i] >= 'A' && s[i] <= 'Z') ? s[i] + 32 : s[i];
    buf[i] = '\0';
    if (strcmp(buf, "utf-8") == 0 || strncmp(buf, "utf-8-", 6) == 0)
        return "utf-8";
    if (strcmp(buf, "latin-1") == 0 || strcmp(buf, "iso-8859-1") == 0 ||
        strcmp(buf, "iso-latin-1") == 0 || strncmp(buf, "latin-1-", 8) == 0 ||
        strncmp(buf, "iso-8859-1-", 11) == 0 || strncmp(buf, "iso-latin-1-", 12) == 0)
        return "iso-8859-1";
    return s;
}

/* The encodings minipy can read, under the names Python's codec registry
 * knows them by (encodings.aliases, after normalize_encoding). */
typedef enum { ENC_UNKNOWN, ENC_UTF8, ENC_LATIN1, ENC_ASCII, ENC_CP1252 } encoding;

static encoding codec_of(const char *name)
{
    static const struct { const char *name; encoding enc; } codecs[] = {
        {"utf_8", ENC_UTF8}, {"utf8", ENC_UTF8}, {"u8", ENC_UTF8},
        {"utf", ENC_UTF8}, {"cp65001", ENC_UTF8}, {"utf8_ucs2", ENC_UTF8},
        {"utf8_ucs4", ENC_UTF8},
        {"latin_1", ENC_LATIN1}, {"latin1", ENC_LATIN1}, {"latin", ENC_LATIN1},
        {"l1", ENC_LATIN1}, {"iso8859_1", ENC_LATIN1}, {"iso_8859_1", ENC_LATIN1},
        {"iso8859", ENC_LATIN1}, {"8859", ENC_LATIN1}, {"cp819", ENC_LATIN1},
        {"ibm819", ENC_LATIN1}, {"csisolatin1", ENC_LATIN1},
        {"iso_8859_1_1987", ENC_LATIN1}, {"iso_ir_100", ENC_LATIN1},
        {"ascii", ENC_ASCII}, {"us_ascii", ENC_ASCII}, {"us", ENC_ASCII},
        {"646", ENC_ASCII}, {"cp367", ENC_ASCII}, {"ibm367", ENC_ASCII},
        {"csascii", ENC_ASCII}, {"iso646_us", ENC_ASCII}, {"iso_ir_6", ENC_ASCII},
        {"ansi_x3.4_1968", ENC_ASCII}, {"ansi_x3_4_1968", ENC_ASCII},
        {"ansi_x3.4_1986", ENC_ASCII}, {"iso_646.irv_1991", ENC_ASCII},
        {"cp1252", ENC_CP1252}, {"windows_1252", ENC_CP1252}, {"1252", ENC_CP1252},
    };
    /* normalize_encoding: lower case, runs of other characters than
     * letters, digits and '.' become one '_' */
    char key[64];
    size_t k = 0;
    int punct = 0;
    for (const char *s = name; *s && k < sizeof key - 2; s++) {
        char c = *s;
        int alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                    (c >= '0' && c <= '9') || c == '.';
        if (!alnum) {
            punct = 1;
            continue;
        }
        if (punct && k > 0)
            key[k++] = '_';
        punct = 0;
        key[k++] = (c >= 'A' && c <= 'Z') ? c + 32 : c;
    }
    key[k] = '\0';
    for (size_t i = 0; i < sizeof codecs / sizeof codecs[0]; i++)
        if (strcmp(key, codecs[i].name) == 0)
            return codecs[i].enc;
    return ENC_UNKNOWN;
}

/* cp1252's bytes 0x80..0x9F (0: undefined). */
static const uint16_t cp1252_high[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

/* Converts text from a one-byte encoding to UTF-8 into lx->own.  Returns
 * 1, 0 when a byte has no character there, -1 when malloc fails. */
static int convert(mp_lexer *lx, encoding enc)
{
    mp_buf b = MP_BUF_INIT;
    for (size_t i = 0; i < lx->len; i++) {
        unsigned c = (unsigned char)lx->text[i];
        if (c >= 0x80 && enc == ENC_CP1252 && c < 0xA0) {
            c = cp1252_high[c - 0x80];
            if (c == 0) {
                mp_buf_free(&b);
                return 0;
            }
        }
        if (c < 0x80)
            mp_buf_putc(&b, (char)c);
        else
            mp_buf_put_utf8(&b, c);
    }
    mp_buf_putc(&b, '\0');
    if (b.failed) {
        mp_buf_free(&b);
        return -1;
    }
    lx->own = b.data;
    lx->text = b.data;
    lx->len = b.len - 1;
    return 1;
}

/* Whether text[0..len) is all ASCII, or all valid UTF-8. */
static int all_ascii(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80)
            return 0;
    return 1;
}

static int all_utf8(const char *s, size_t n)
{
    uint32_t cp;
    for (size_t i = 0; i < n;) {
        int k = mp_utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (k == 0)
            return 0;
        i += (size_t)k;
    }
    return 1;
}

static void refuse(mp_lexer *lx, const char *at, int lineno, bad_kind why)
{
    lx->bad = why;
    lx->bad_at = at;
    lx->bad_lineno = lineno;
}

/* Applies the coding cookie name found on line lineno (starting at at):
 * CPython's check_coding_spec, and the decoding it sets up. */
static int apply_cookie(mp_lexer *lx, const char *name, const char *at, int lineno)
{
    const char *cs = normal_name(name);
    lx->declared = 1;
    if (lx->bom && strcmp(cs, "utf-8") != 0) {
        snprintf(lx->bad_msg, sizeof lx->bad_msg, "encoding problem: %s with BOM", cs);
        refuse(lx, at, lineno, BAD_ENCODING);
        return 0;
    }
    if (strcmp(cs, "utf-8") == 0)
        return 0;
    encoding enc = strcmp(cs, "iso-8859-1") == 0 ? ENC_LATIN1 : codec_of(cs);
    int ok = 1;
    if (enc == ENC_LATIN1 || enc == ENC_CP1252) {
        ok = convert(lx, enc);
        if (ok < 0)
            return -1;
    } else if (enc == ENC_ASCII) {
        ok = all_ascii(lx->text, lx->len);
    } else if (enc == ENC_UTF8) {
        /* a codec reads the file: a decoding error near the start is
         * CPython's "encoding problem" */
        ok = all_utf8(lx->text, lx->len);
    } else {
        ok = 0;
    }
    if (!ok) {
        snprintf(lx->bad_msg, sizeof lx->bad_msg, "encoding problem: %s", cs);
        refuse(lx, at, lineno, BAD_ENCODING);
    }
    return 0;
}

/* Finds the first line CPython refuses as it reads it: a NUL byte, or a
 * byte sequence that is not UTF-8 (CPython checks a line for UTF-8 up to
 * its first NUL, then for NULs); and counts lines. */
static void inspect(mp_lexer *lx)
{
    const unsigned char *p = (const unsigned char *)lx->text;
    const unsigned char *end = p + lx->len, *line = p, *prev = p;
    int lineno = 1;
    while (p < end) {
        unsigned c = *p;
        if (c >= 0x20 && c < 0x80) {
            p++;
            continue;
        }
        if (c == '\n' || c == '\r') {
            p += eol_len((const char *)p);
            prev = line;
            line = p;
            lineno++;
        } else if (c == 0) {
            refuse(lx, (const char *)line, lineno, BAD_NUL);
            return;
        } else if (c < 0x80) {
            p++;
        } else {
            uint32_t cp;
            int n = mp_utf8_decode(p, (size_t)(end - p), &cp);
            if (n == 0) {
                refuse(lx, (const char *)line, lineno, BAD_UTF8);
                lx->bad_byte = c;
                return;
            }
            p += n;
        }
    }
    if (line == end && lineno > 1) {
        /* CPython does not count the empty line after the last newline */
        lx->nlines = lineno - 1;
        lx->last_line = (const char *)prev;
    } else {
        lx->nlines = lx->len ? lineno : 0;
        lx->last_line = (const char *)line;
    }
}

/* The length of the line at p (before end) with its newline, NUL bytes
 * and all. */
static long raw_line_size(const char *p, const char *end)
{
    const char *q = p;
    while (q < end && *q != '\n' && *q != '\r')
        q++;
    return (long)(q - p) + (q < end ? eol_len(q) : 0);
}

/* The cookie on line 1, or on line 2 after a comment-only line 1; then
 * the checks of every line.  Returns -1 when malloc fails. */
static int prepare(mp_lexer *lx)
{
    const char *s = lx->text, *end = s + lx->len;
    char name[64];
    const char *line = s;
    for (int lineno = 1; lineno <= 2 && line < end && !lx->str_source; lineno++) {
        long size = raw_line_size(line, end);
        /* CPython looks at the line as a C string: up to a NUL */
        const char *nul = memchr(line, '\0', (size_t)size);
        long csize = nul ? (long)(nul - line) : size;
        if (coding_spec(line, csize, name, sizeof name)) {
            if (lineno == 2) {
                /* line 1 is read, and checked, first */
                lx->len = (size_t)(line - s);
                inspect(lx);
                lx->len = (size_t)(end - s);
                if (lx->bad)
                    return 0;
            }
            if (apply_cookie(lx, name, line, lineno) < 0)
                return -1;
            if (lx->bad)
                return 0;
            break;
        }
        if (!comment_only(line, csize))
            break;
        line += size;
    }
    inspect(lx);
    return 0;
}

/* ---- names and numbers ---------------------------------------------------- */

static int ident_char(unsigned c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || c == '_' || c >= 128;
}

/* A name with non-ASCII characters: CPython's verify_identifier. */
static int check_name(mp_lexer *lx, const char *start, const char *end,
                      mp_syntax_error *err)
{
    const unsigned char *q = (const unsigned char *)start;
    for (int first = 1; q < (const unsigned char *)end; first = 0) {
        uint32_t cp;
        int n = mp_utf8_decode(q, (size_t)((const unsigned char *)end - q), &cp);
        if (n == 0)
            n = 1, cp = *q;
        int ok = first ? cp == '_' || mp_unicode_is_xid_start(cp)
                       : mp_unicode_is_xid_continue(cp);
        if (!ok) {
            const char *at = (const char *)q + n;
            if (mp_unicode_is_printable(cp))
                return CUR_ERROR(lx, err, at, "invalid character '%.*s' (U+%04X)",
                                 n, (const char *)q, (unsigned)cp);
            return CUR_ERROR(lx, err, at, "invalid non-printable character U+%04X",
                             (unsigned)cp);
        }
        q += n;
    }
    return 0;
}

/* Whether p spells s and then no character that may continue a name. */
static int spells(const char *p, const char *s)
{
    size_t n = strlen(s);
    return strncmp(p, s, n) == 0 && !ident_char((unsigned char)p[n]);
}

/* CPython's verify_end_of_number: a number followed at p by a keyword
 * that may follow a number in valid code ("1if x else y") passes (CPython
 * warns), any other letter, digit or '_' is an error. */
static int number_end(mp_lexer *lx, const char *p, const char *kind,
                      mp_syntax_error *err)
{
    int keyword = 0;
    switch (*p) {
    case 'a': keyword = spells(p + 1, "nd"); break;
    case 'e': keyword = spells(p + 1, "lse"); break;
    case 'f': keyword = spells(p + 1, "or"); break;
    case 'i': keyword = p[1] == 'f' || p[1] == 'n' || p[1] == 's'; break;
    case 'o': keyword = spells(p + 1, "r"); break;
    case 'n': keyword = spells(p + 1, "ot"); break;
    }
    unsigned char c = (unsigned char)*p;
    if (!keyword && c < 128 && ident_char(c))
        return CUR_ERROR(lx, err, p, "invalid %s literal", kind);
    return 0;
}

/* "0012": CPython points from the first digit to the first nonzero one,
 * with byte offsets it takes for character offsets. */
static int leading_zeros(mp_lexer *lx, const char *start, mp_syntax_error *err)
{
    const char *z = start;
    while (*z == '0' || *z == '_')
        z++;
    const char *line = lx->line_start;
    size_t n = line_len(line);
    mp_syntax_error_set(err, MP_ERR_SYNTAX, lx->filename, line, n, 1, (int)(start - line), 1,
                        (int)(z - line),
                        "leading zeros in decimal integer literals are not "
                        "permitted; use an 0o prefix for octal integers");
    err->lineno = err->end_lineno = lx->lineno;
    err->byte_columns = 1; /* whatever the source */
    err->text_no_newline = 1; /* a tokenizer error, as tok_error's */
    return -1;
}

/* Checks a number scan() found at start..end (or the error it found). */
static int check_number(mp_lexer *lx, int k, const char *start, const char *end,
                        mp_syntax_error *err)
{
    const char *kind = "decimal";
    switch (k) {
    case R_BAD_DEC:
        return CUR_ERROR(lx, err, end, "invalid decimal literal");
    case R_BAD_HEX:
        return CUR_ERROR(lx, err, end, "invalid hexadecimal literal");
    case R_BAD_OCT:
        return CUR_ERROR(lx, err, end, "invalid octal literal");
    case R_BAD_BIN:
        return CUR_ERROR(lx, err, end, "invalid binary literal");
    case R_BAD_OCT_DIGIT:
        return CUR_ERROR(lx, err, end, "invalid digit '%c' in octal literal", end[-1]);
    case R_BAD_BIN_DIGIT:
        return CUR_ERROR(lx, err, end, "invalid digit '%c' in binary literal", end[-1]);
    case R_HEX: kind = "hexadecimal"; break;
    case R_OCT: kind = "octal"; break;
    case R_BIN: kind = "binary"; break;
    case R_IMAG: kind = "imaginary"; break;
    case R_ZEROINT:
        /* "0012e" reads as an exponent, which may fail otherwise */
        if (*end != 'e' && *end != 'E')
            return leading_zeros(lx, start, err);
        break;
    }
    return number_end(lx, end, kind, err);
}

/* ---- strings and brackets ------------------------------------------------ */

/* A string literal scan() could not close: CPython reports it at its
 * start, with the line where it gave up. */
static int unterminated(mp_lexer *lx, int k, const char *start, const char *end,
                        mp_syntax_error *err)
{
    const char *line = lx->line_start;
    int lineno = lx->lineno;
    if (k == R_TRIPLE_OPEN) {
        /* it ran to the end of input, reading every line */
        if (lx->bad)
            return bad_error(lx, err);
        return tok_error(lx, err, line, lineno, start + 1,
                         "unterminated triple-quoted string literal (detected at line %d)",
                         lx->nlines);
    }
    pass_lines(lx, start, end);
    if (at_bad(lx))
        return bad_error(lx, err);
    int detected = lx->lineno;
    if (!lx->bad && detected > lx->nlines)
        detected = lx->nlines; /* an escaped newline, then the end */
    return tok_error(lx, err, line, lineno, start + 1,
                     "unterminated string literal (detected at line %d)", detected);
}

static int open_bracket(mp_lexer *lx, const char *start, mp_syntax_error *err)
{
    if (lx->level >= MAXLEVEL)
        return CUR_ERROR(lx, err, start + 1, "too many nested parentheses");
    lx->parens[lx->level] = *start;
    lx->paren_line[lx->level] = lx->lineno;
    lx->paren_col[lx->level] = (int)(start - lx->line_start);
    lx->level++;
    return 0;
}

static int close_bracket(mp_lexer *lx, const char *start, mp_syntax_error *err)
{
    char c = *start;
    if (lx->level == 0)
        return CUR_ERROR(lx, err, start + 1, "unmatched '%c'", c);
    lx->level--;
    char open = lx->parens[lx->level];
    if ((open == '(' && c == ')') || (open == '[' && c == ']') ||
        (open == '{' && c == '}'))
        return 0;
    if (lx->paren_line[lx->level] != lx->lineno)
        return CUR_ERROR(lx, err, start + 1,
                         "closing parenthesis '%c' does not match opening "
                         "parenthesis '%c' on line %d",
                         c, open, lx->paren_line[lx->level]);
    return CUR_ERROR(lx, err, start + 1,
                     "closing parenthesis '%c' does not match opening parenthesis '%c'",
                     c, open);
}

/* ---- tokens --------------------------------------------------------------- */

static void set_token(mp_token *t, mp_token_kind kind, const char *start,
                      size_t len, int lineno, int col, int end_lineno, int end_col)
{
    t->kind = kind;
    t->start = start;
    t->len = (uint32_t)len;
    t->lineno = lineno;
    t->col_offset = col;
    t->end_lineno = end_lineno;
    t->end_col_offset = end_col;
}

/* An empty token at the end of input (DEDENT, ENDMARKER). */
static void eof_token(mp_lexer *lx, mp_token *t, mp_token_kind kind)
{
    int lineno, col;
    eof_pos(lx, &lineno, &col);
    set_token(t, kind, lx->text + lx->len, 0, lineno, col, lineno, col);
}

/* The token at lx->cur, which scan() reads. */
static int token(mp_lexer *lx, mp_token *t, mp_syntax_error *err)
{
    const char *start = lx->cur, *end;
    int lineno = lx->lineno;
    int col = (int)(start - lx->line_start);
    int k = scan(start, &end);
    lx->cur = end;
    switch (k) {
    case MP_TOK_STRING:
        pass_lines(lx, start, end);
        if (at_bad(lx))
            return bad_error(lx, err);
        break;
    case R_STRING_OPEN:
    case R_TRIPLE_OPEN:
        return unterminated(lx, k, start, end, err);
    case R_NAME_UNI:
        if (check_name(lx, start, end, err) < 0)
            return -1;
        k = MP_TOK_NAME;
        break;
    case R_NONPRINT:
        return CUR_ERROR(lx, err, end, "invalid non-printable character U+%04X",
                         (unsigned)(unsigned char)*start);
    case MP_TOK_LPAR: case MP_TOK_LSQB: case MP_TOK_LBRACE:
        if (open_bracket(lx, start, err) < 0)
            return -1;
        break;
    case MP_TOK_RPAR: case MP_TOK_RSQB: case MP_TOK_RBRACE:
        if (close_bracket(lx, start, err) < 0)
            return -1;
        break;
    case R_END:
        /* unreachable: the caller handles newlines and the end */
        k = MP_TOK_ERRORTOKEN;
        break;
    default:
        if (k >= R_DEC) {
            if (check_number(lx, k, start, end, err) < 0)
                return -1;
            k = MP_TOK_NUMBER;
        }
        break;
    }
    set_token(t, (mp_token_kind)k, start, (size_t)(end - start), lineno, col,
              lx->lineno, (int)(end - lx->line_start));
    return 1;
}

/* A backslash at lx->cur, at the start of a line (in the indentation) or
 * after tokens.  CPython's tok_continuation_line, and what its parser
 * says about it: offsets count from the start of the tokenizer's buffer,
 * which is the line where the current token began (at_bol: the line just
 * read). */
static int continuation(mp_lexer *lx, int at_bol, mp_syntax_error *err)
{
    const char *p = lx->cur;
    int n = eol_len(p + 1);
    if (n == 0 && p[1] != '\0')
        return pegen_error(lx, err, MP_ERR_SYNTAX, lx->lineno,
                           (long)(p + 1 - lx->buf_start),
                           "unexpected character after line continuation character");
    int lineno = lx->lineno;
    long nl_col = (long)(p + 1 - lx->line_start);
    lx->cur = p + 1;
    if (n) /* else the last line lacks its newline: CPython adds one */
        newline(lx, n);
    if (at_bol)
        lx->buf_start = lx->line_start;
    if (at_bad(lx))
        return bad_error(lx, err);
    if (*lx->cur != '\0')
        return 0;
    if (lx->level > 0)
        return unclosed_error(lx, err);
    /* at the start of a line CPython's buffer is empty here: offset 0 */
    pegen_error(lx, err, MP_ERR_SYNTAX, lineno, at_bol ? -1 : nl_col,
                "unexpected EOF while parsing");
    err->end_col_offset = -2; /* CPython's end_offset -1 */
    return -1;
}

/* Whether the last line lacks its newline, which CPython adds, and
 * scanning has not reached that added newline yet. */
static int newline_missing(const mp_lexer *lx)
{
    const char *end = lx->text + lx->len;
    return !lx->eof_newline && lx->len > 0 && end[-1] != '\n' && end[-1] != '\r';
}

/* The indentation of a new line: CPython's tok_get up to its label
 * "again".  Sets lx->blankline, and lx->pendin for INDENT/DEDENT. */
static int indentation(mp_lexer *lx, mp_syntax_error *err)
{
    int col = 0, altcol = 0, cont_col = 0;
    for (;;) {
        char c = *lx->cur;
        if (c == ' ') {
            col++, altcol++;
        } else if (c == '\t') {
            col = (col / TABSIZE + 1) * TABSIZE;
            altcol++; /* the alternate tab size is 1 */
        } else if (c == '\f') {
            col = altcol = 0;
        } else if (c == '\\') {
            /* the first backslash sets the indentation of what follows */
            cont_col = cont_col ? cont_col : col;
            if (continuation(lx, 1, err) < 0)
                return -1;
            continue;
        } else {
            break;
        }
        lx->cur++;
    }
    char c = *lx->cur;
    if (c == '#' || c == '\n' || c == '\r' || (c == '\0' && newline_missing(lx)))
        lx->blankline = 1;
    else if (c == '\0')
        col = altcol = 0; /* the end of input is a line of its own */
    if (lx->blankline || lx->level > 0)
        return 0;
    if (cont_col)
        col = altcol = cont_col;

    int top = lx->indent;
    if (col == lx->indstack[top]) {
        if (altcol != lx->altstack[top])
            goto tab_error;
    } else if (col > lx->indstack[top]) {
        if (top + 1 >= MAXINDENT)
            return pegen_error(lx, err, MP_ERR_INDENTATION, lx->lineno, 0,
                               "too many levels of indentation");
        if (altcol <= lx->altstack[top])
            goto tab_error;
        lx->pendin++;
        lx->indstack[++lx->indent] = col;
        lx->altstack[lx->indent] = altcol;
    } else {
        while (lx->indent > 0 && col < lx->indstack[lx->indent]) {
            lx->pendin--;
            lx->indent--;
        }
        if (col != lx->indstack[lx->indent]) {
            pegen_error(lx, err, MP_ERR_INDENTATION, lx->lineno,
                        (long)line_len(lx->line_start),
                        "unindent does not match any outer indentation level");
            err->end_col_offset = -2; /* CPython's end_offset -1 */
            return -1;
        }
        if (altcol != lx->altstack[lx->indent])
            goto tab_error;
    }
    return 0;
tab_error:
    return pegen_error(lx, err, MP_ERR_TAB, lx->lineno, 0,
                       "inconsistent use of tabs and spaces in indentation");
}

/* The start of a line: a refused line, or the indentation. */
static int begin_line(mp_lexer *lx, mp_syntax_error *err)
{
    lx->blankline = 0;
    lx->buf_start = lx->line_start;
    if (at_bad(lx))
        return bad_error(lx, err);
    if (lx->expr_only)
        return 0;
    return indentation(lx, err);
}

/* A pending INDENT or DEDENT. */
static void indent_token(mp_lexer *lx, mp_token *t)
{
    mp_token_kind kind = lx->pendin > 0 ? MP_TOK_INDENT : MP_TOK_DEDENT;
    lx->pendin += lx->pendin > 0 ? -1 : 1;
    if (*lx->cur == '\0') {
        eof_token(lx, t, kind);
        return;
    }
    int col = (int)(lx->cur - lx->line_start);
    if (kind == MP_TOK_INDENT)
        set_token(t, kind, lx->line_start, (size_t)col, lx->lineno, 0, lx->lineno, col);
    else
        set_token(t, kind, lx->cur, 0, lx->lineno, col, lx->lineno, col);
}

/* The end of input, reached after a comment (or NULL) on the last line. */
static int end_of_input(mp_lexer *lx, mp_token *t, const char *comment,
                        mp_syntax_error *err)
{
    if (lx->level > 0)
        return unclosed_error(lx, err);
    const char *end = lx->text + lx->len;
    if (!lx->expr_only && newline_missing(lx)) {
        /* the last line lacks its newline: CPython adds one */
        lx->eof_newline = 1;
        lx->atbol = 1;
        if (lx->blankline)
            return 0;
        const char *from = comment ? comment : end;
        set_token(t, MP_TOK_NEWLINE, from, (size_t)(end - from), lx->lineno,
                  (int)(from - lx->line_start), lx->lineno,
                  (int)(end - lx->line_start));
        return 1;
    }
    lx->done = 1;
    eof_token(lx, t, MP_TOK_ENDMARKER);
    return 1;
}

/* The rest of a line, from CPython's label "again": blanks, a comment,
 * then a token, a newline or a continuation.  Returns 1 with a token, 0
 * when the line ends without one, -1 on error. */
static int rest_of_line(mp_lexer *lx, mp_token *t, mp_syntax_error *err)
{
    for (;;) {
        const char *p = lx->cur;
        while (*p == ' ' || *p == '\t' || *p == '\f')
            p++;
        const char *comment = NULL;
        if (*p == '#') {
            comment = p;
            p += line_len(p);
        }
        lx->cur = p;
        int n = eol_len(p);
        if (n) {
            const char *from = comment ? comment : p;
            int lineno = lx->lineno;
            int col = (int)(from - lx->line_start);
            int end_col = (int)(p - lx->line_start);
            newline(lx, n);
            lx->atbol = 1;
            if (lx->blankline || lx->level > 0 || lx->expr_only)
                return 0;
            set_token(t, MP_TOK_NEWLINE, from, (size_t)(p - from), lineno, col,
                      lineno, end_col);
            return 1;
        }
        if (*p == '\0')
            return end_of_input(lx, t, comment, err);
        if (*p != '\\')
            return token(lx, t, err);
        if (continuation(lx, 0, err) < 0)
            return -1;
    }
}

static int next(mp_lexer *lx, mp_token *t, mp_syntax_error *err)
{
    if (lx->done) {
        eof_token(lx, t, MP_TOK_ENDMARKER);
        return 0;
    }
    for (;;) {
        if (lx->atbol) {
            lx->atbol = 0;
            if (begin_line(lx, err) < 0)
                return -1;
        }
        if (lx->pendin) {
            indent_token(lx, t);
            return 0;
        }
        int r = rest_of_line(lx, t, err);
        if (r != 0)
            return r < 0 ? -1 : 0;
    }
}

/* ---- the interface -------------------------------------------------------- */

mp_lexer *mp_lexer_new(const char *src, size_t len, const mp_lexer_options *opt)
{
    mp_lexer *lx = mp_calloc(1, sizeof *lx);
    if (!lx)
        return NULL;
    lx->filename = opt && opt->filename ? opt->filename : "<string>";
    lx->expr_only = opt ? opt->expression_only : 0;
    lx->first_lineno = opt && opt->first_lineno > 0 ? opt->first_lineno : 1;
    lx->first_col = opt ? opt->first_col : 0;
    /* CPython reads a str as UTF-8 (_PyTokenizer_FromUTF8): a BOM there
     * is the character U+FEFF, and a cookie only a comment */
    lx->str_source = lx->declared = opt ? opt->str_source : 0;
    if (!lx->str_source && len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) {
        lx->bom = lx->declared = 1;
        src += 3;
        len -= 3;
    }
    lx->text = src;
    lx->len = len;
    if (prepare(lx) < 0) {
        mp_lexer_free(lx);
        return NULL;
    }
    lx->cur = lx->line_start = lx->buf_start = lx->text;
    lx->lineno = 1;
    lx->atbol = 1;
    return lx;
}

void mp_lexer_free(mp_lexer *lx)
{
    if (!lx)
        return;
    mp_syntax_error_clear(&lx->saved);
    mp_free(lx->own);
    mp_free(lx);
}

/* Positions in an f-string's expression count from where it starts. */
static void shift(const mp_lexer *lx, int *lineno, int *col)
{
    if (*lineno == 1 && *col >= 0)
        *col += lx->first_col;
    if (*lineno > 0)
        *lineno += lx->first_lineno - 1;
}

static void copy_error(mp_syntax_error *to, const mp_syntax_error *from)
{
    mp_syntax_error_clear(to);
    *to = *from;
    to->text = NULL;
    if (from->text) {
        size_t n = strlen(from->text) + 1;
        to->text = mp_malloc(n);
        if (to->text)
            memcpy(to->text, from->text, n);
    }
}

int mp_lexer_next(mp_lexer *lx, mp_token *tok, mp_syntax_error *err)
{
    if (lx->failed) {
        copy_error(err, &lx->saved);
        return -1;
    }
    if (next(lx, tok, err) < 0) {
        shift(lx, &err->lineno, &err->col_offset);
        shift(lx, &err->end_lineno, &err->end_col_offset);
        lx->failed = 1;
        copy_error(&lx->saved, err);
        return -1;
    }
    shift(lx, &tok->lineno, &tok->col_offset);
    shift(lx, &tok->end_lineno, &tok->end_col_offset);
    return 0;
}

const char *mp_lexer_line(const mp_lexer *lx, int lineno, size_t *len)
{
    lineno -= lx->first_lineno - 1;
    if (lineno < 1)
        return NULL;
    const char *p = find_line(lx, lineno);
    if (p && len)
        *len = line_len(p);
    return p;
}

int mp_lexer_declared(const mp_lexer *lx)
{
    return lx->declared;
}

int mp_lexer_error_in_parser(const mp_lexer *lx)
{
    return lx->failed && lx->error_in_parser;
}

int mp_lexer_open_bracket(const mp_lexer *lx, int *lineno, int *col_offset)
{
    if (lx->level == 0)
        return 0;
    int line = lx->paren_line[lx->level - 1];
    int col = lx->paren_col[lx->level - 1];
    shift(lx, &line, &col);
    if (lineno)
        *lineno = line;
    if (col_offset)
        *col_offset = col;
    return lx->parens[lx->level - 1];
}
