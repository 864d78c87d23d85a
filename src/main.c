/* The minipy command line. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "minipy/ast.h"
#include "minipy/compile.h"
#include "minipy/dis.h"
#include "minipy/lexer.h"
#include "minipy/lifecycle.h"
#include "minipy/mem.h"
#include "minipy/parser.h"
#include "minipy/state.h"
#include "minipy/version.h"

static const char usage[] =
    "usage: minipy [option] ... [file | -] [arg] ...\n"
    "Options:\n"
    "  --ast       print the file's syntax tree as CPython's ast.dump() does\n"
    "  --dis       print the file's bytecode as `python3 -m dis` does\n"
    "  --tokens    print the file's tokens\n"
    "  -h, --help  print this help message and exit\n"
    "  --version   print the version number and exit\n"
    "file          program read from script file\n"
    "-             program read from stdin\n";

typedef enum { RUN_PROGRAM, SHOW_AST, SHOW_TOKENS, SHOW_DIS } action;

/* Reads all of f into a malloc'd buffer with a NUL after the last byte. */
static char *read_all(FILE *f, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    char *buf = mp_malloc(cap);
    if (!buf)
        return NULL;
    for (;;) {
        if (n + 1 >= cap) {
            char *b = cap > SIZE_MAX / 2 ? NULL : mp_realloc(buf, cap * 2);
            if (!b) {
                mp_free(buf);
                return NULL;
            }
            buf = b;
            cap *= 2;
        }
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0)
            break;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

static int show_tokens(const char *src, size_t len, const char *filename)
{
    mp_lexer_options opt = {filename, 1, 0, 0};
    mp_lexer *lx = mp_lexer_new(src, len, &opt);
    if (!lx) {
        fputs("MemoryError\n", stderr);
        return 1;
    }
    mp_syntax_error err = {0};
    mp_token tok;
    int status = 0;
    do {
        if (mp_lexer_next(lx, &tok, &err) < 0) {
            mp_syntax_error_print(stderr, &err);
            mp_syntax_error_clear(&err);
            status = 1;
            break;
        }
        printf("%d,%d-%d,%d:\t%s\t'%.*s'\n", tok.lineno, tok.col_offset,
               tok.end_lineno, tok.end_col_offset, mp_token_names[tok.kind],
               (int)tok.len, tok.start);
    } while (tok.kind != MP_TOK_ENDMARKER);
    mp_lexer_free(lx);
    return status;
}

static int show_ast(const char *src, size_t len, const char *filename)
{
    mp_arena *arena = mp_arena_new();
    if (!arena) {
        fputs("MemoryError\n", stderr);
        return 1;
    }
    mp_syntax_error err = {0};
    mp_mod *tree = mp_parse(arena, src, len, filename, MP_PARSE_FILE, &err);
    int status = 0;
    if (!tree) {
        mp_syntax_error_print(stderr, &err);
        mp_syntax_error_clear(&err);
        status = 1;
    } else if (mp_ast_dump(stdout, tree) < 0) {
        fputs("MemoryError\n", stderr);
        status = 1;
    } else {
        putchar('\n');
    }
    mp_arena_free(arena);
    return status;
}

/* --dis: compile the file and disassemble it (dis.dis of its code). */
static int show_dis(const char *src, size_t len, const char *filename)
{
    if (mp_runtime_init() < 0)
        return 1;
    int status = 0;
    mp_code *co = mp_compile_source(src, len, filename, MP_PARSE_FILE, 0);
    mp_buf out = MP_BUF_INIT;
    if (!co || mp_dis_recursive(&out, co) < 0) {
        mp_err_print();
        status = 1;
    } else {
        fwrite(out.data, 1, out.len, stdout);
    }
    fflush(stdout);
    mp_buf_free(&out);
    if (co)
        mp_decref((mp_obj)co);
    mp_runtime_fini();
    return status;
}

static int run_program(const char *src, size_t len, const char *filename)
{
    /* Check the syntax first, so that a program with a syntax error gets
     * CPython's message even before execution exists. */
    mp_arena *arena = mp_arena_new();
    if (!arena) {
        fputs("MemoryError\n", stderr);
        return 1;
    }
    mp_syntax_error err = {0};
    mp_mod *tree = mp_parse(arena, src, len, filename, MP_PARSE_FILE, &err);
    mp_arena_free(arena);
    if (!tree) {
        mp_syntax_error_print(stderr, &err);
        mp_syntax_error_clear(&err);
        return 1;
    }
    fprintf(stderr, "minipy: running programs is not implemented yet "
                    "(the parser is; try --ast)\n");
    return 1;
}

int main(int argc, char **argv)
{
    mp_mem_init();
    action what = RUN_PROGRAM;
    const char *path = NULL;
    int i;
    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--ast") == 0) {
            what = SHOW_AST;
        } else if (strcmp(a, "--dis") == 0) {
            what = SHOW_DIS;
        } else if (strcmp(a, "--tokens") == 0) {
            what = SHOW_TOKENS;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(usage, stdout);
            return 0;
        } else if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) {
            printf("minipy %s (Python %s)\n", MP_VERSION, MP_PYTHON_VERSION);
            return 0;
        } else if (strcmp(a, "-") == 0 || a[0] != '-') {
            path = a;
            break;
        } else {
            fprintf(stderr, "unknown option %s\n%s", a, usage);
            return 2;
        }
    }
    if (!path) {
        fputs("minipy: the interactive prompt is not implemented yet; "
              "give a file\n", stderr);
        return 2;
    }

    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) {
        /* CPython names the file by its absolute path here. */
        int e = errno;
        char cwd[PATH_MAX];
        int rel = path[0] != '/' && getcwd(cwd, sizeof cwd);
        fprintf(stderr, "%s: can't open file '%s%s%s': [Errno %d] %s\n",
                argv[0], rel ? cwd : "", rel ? "/" : "", path, e, strerror(e));
        return 2;
    }
    size_t len = 0;
    char *src = read_all(f, &len);
    if (f != stdin)
        fclose(f);
    if (!src) {
        fputs("MemoryError\n", stderr);
        return 1;
    }
    const char *filename = strcmp(path, "-") == 0 ? "<stdin>" : path;
    int status;
    switch (what) {
    case SHOW_AST: status = show_ast(src, len, filename); break;
    case SHOW_TOKENS: status = show_tokens(src, len, filename); break;
    case SHOW_DIS: status = show_dis(src, len, filename); break;
    default: status = run_program(src, len, filename); break;
    }
    mp_free(src);
    return status;
}
