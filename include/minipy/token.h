/* The tokens of Python 3.11, written once.  The lexer produces them, the
 * parser driver maps each to lemon's code of the same name (TK_<name>), and
 * `minipy --tokens` prints them with their CPython names.
 *
 * X(name, cpython_name, text): name is the lemon terminal; cpython_name is
 * the token module's name (keywords are NAME there); text is the spelling
 * for operators and keywords, or NULL.
 */
#ifndef MINIPY_TOKEN_H
#define MINIPY_TOKEN_H

#include <stdint.h>

#define MP_TOKENS(X)                                                           \
    X(ENDMARKER, "ENDMARKER", NULL)                                            \
    X(NAME, "NAME", NULL)                                                      \
    X(NUMBER, "NUMBER", NULL)                                                  \
    X(STRING, "STRING", NULL)                                                  \
    X(NEWLINE, "NEWLINE", NULL)                                                \
    X(INDENT, "INDENT", NULL)                                                  \
    X(DEDENT, "DEDENT", NULL)                                                  \
    X(LPAR, "LPAR", "(")                                                       \
    X(RPAR, "RPAR", ")")                                                       \
    X(LSQB, "LSQB", "[")                                                       \
    X(RSQB, "RSQB", "]")                                                       \
    X(COLON, "COLON", ":")                                                     \
    X(COMMA, "COMMA", ",")                                                     \
    X(SEMI, "SEMI", ";")                                                       \
    X(PLUS, "PLUS", "+")                                                       \
    X(MINUS, "MINUS", "-")                                                     \
    X(STAR, "STAR", "*")                                                       \
    X(SLASH, "SLASH", "/")                                                     \
    X(VBAR, "VBAR", "|")                                                       \
    X(AMPER, "AMPER", "&")                                                     \
    X(LESS, "LESS", "<")                                                       \
    X(GREATER, "GREATER", ">")                                                 \
    X(EQUAL, "EQUAL", "=")                                                     \
    X(DOT, "DOT", ".")                                                         \
    X(PERCENT, "PERCENT", "%")                                                 \
    X(LBRACE, "LBRACE", "{")                                                   \
    X(RBRACE, "RBRACE", "}")                                                   \
    X(EQEQUAL, "EQEQUAL", "==")                                                \
    X(NOTEQUAL, "NOTEQUAL", "!=")                                              \
    X(LESSEQUAL, "LESSEQUAL", "<=")                                            \
    X(GREATEREQUAL, "GREATEREQUAL", ">=")                                      \
    X(TILDE, "TILDE", "~")                                                     \
    X(CIRCUMFLEX, "CIRCUMFLEX", "^")                                           \
    X(LEFTSHIFT, "LEFTSHIFT", "<<")                                            \
    X(RIGHTSHIFT, "RIGHTSHIFT", ">>")                                          \
    X(DOUBLESTAR, "DOUBLESTAR", "**")                                          \
    X(PLUSEQUAL, "PLUSEQUAL", "+=")                                            \
    X(MINEQUAL, "MINEQUAL", "-=")                                              \
    X(STAREQUAL, "STAREQUAL", "*=")                                            \
    X(SLASHEQUAL, "SLASHEQUAL", "/=")                                          \
    X(PERCENTEQUAL, "PERCENTEQUAL", "%=")                                      \
    X(AMPEREQUAL, "AMPEREQUAL", "&=")                                          \
    X(VBAREQUAL, "VBAREQUAL", "|=")                                            \
    X(CIRCUMFLEXEQUAL, "CIRCUMFLEXEQUAL", "^=")                                \
    X(LEFTSHIFTEQUAL, "LEFTSHIFTEQUAL", "<<=")                                 \
    X(RIGHTSHIFTEQUAL, "RIGHTSHIFTEQUAL", ">>=")                               \
    X(DOUBLESTAREQUAL, "DOUBLESTAREQUAL", "**=")                               \
    X(DOUBLESLASH, "DOUBLESLASH", "//")                                        \
    X(DOUBLESLASHEQUAL, "DOUBLESLASHEQUAL", "//=")                             \
    X(AT, "AT", "@")                                                           \
    X(ATEQUAL, "ATEQUAL", "@=")                                                \
    X(RARROW, "RARROW", "->")                                                  \
    X(ELLIPSIS, "ELLIPSIS", "...")                                             \
    X(COLONEQUAL, "COLONEQUAL", ":=")                                          \
    /* a character no rule uses, such as '$', '?' or a lone '!': the parser  \
     * rejects it with "invalid syntax" at its position, as CPython does */   \
    X(ERRORTOKEN, "ERRORTOKEN", NULL)                                          \
    /* keywords: the token module calls them NAME */                          \
    X(FALSE, "NAME", "False")                                                  \
    X(NONE, "NAME", "None")                                                    \
    X(TRUE, "NAME", "True")                                                    \
    X(AND, "NAME", "and")                                                      \
    X(AS, "NAME", "as")                                                        \
    X(ASSERT, "NAME", "assert")                                                \
    X(ASYNC, "NAME", "async")                                                  \
    X(AWAIT, "NAME", "await")                                                  \
    X(BREAK, "NAME", "break")                                                  \
    X(CLASS, "NAME", "class")                                                  \
    X(CONTINUE, "NAME", "continue")                                            \
    X(DEF, "NAME", "def")                                                      \
    X(DEL, "NAME", "del")                                                      \
    X(ELIF, "NAME", "elif")                                                    \
    X(ELSE, "NAME", "else")                                                    \
    X(EXCEPT, "NAME", "except")                                                \
    X(FINALLY, "NAME", "finally")                                              \
    X(FOR, "NAME", "for")                                                      \
    X(FROM, "NAME", "from")                                                    \
    X(GLOBAL, "NAME", "global")                                                \
    X(IF, "NAME", "if")                                                        \
    X(IMPORT, "NAME", "import")                                                \
    X(IN, "NAME", "in")                                                        \
    X(IS, "NAME", "is")                                                        \
    X(LAMBDA, "NAME", "lambda")                                                \
    X(NONLOCAL, "NAME", "nonlocal")                                            \
    X(NOT, "NAME", "not")                                                      \
    X(OR, "NAME", "or")                                                        \
    X(PASS, "NAME", "pass")                                                    \
    X(RAISE, "NAME", "raise")                                                  \
    X(RETURN, "NAME", "return")                                                \
    X(TRY, "NAME", "try")                                                      \
    X(WHILE, "NAME", "while")                                                  \
    X(WITH, "NAME", "with")                                                    \
    X(YIELD, "NAME", "yield")

#define MP_TOKEN_ITEM(name, cpy, text) MP_TOK_##name,
typedef enum { MP_TOKENS(MP_TOKEN_ITEM) MP_TOK_COUNT } mp_token_kind;
#undef MP_TOKEN_ITEM

/* mp_token_names[k] is "NAME", "LPAR", ... (the X-macro's first column). */
extern const char *const mp_token_names[];

typedef struct mp_token {
    mp_token_kind kind;
    const char *start; /* into the source buffer; not NUL-terminated */
    uint32_t len;      /* bytes */
    int lineno, col_offset;     /* 1-based line, 0-based UTF-8 byte column */
    int end_lineno, end_col_offset;
} mp_token;

#endif
