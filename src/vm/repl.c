/* The interactive prompt (repl.h): `minipy` on a terminal, `minipy -i FILE`
 * after the file has run.
 *
 * Lines are read with libedit (editing, history kept in ~/.minipy_history,
 * tab completion of names and attributes) when stdin is a terminal, and
 * with plain reads otherwise.  A statement that opens a block is read on
 * "... " lines up to an empty line; an unclosed bracket or string asks for
 * more lines until it closes.  Each statement is compiled in 'single' mode,
 * so that an expression's value is shown by sys.displayhook (repr, kept in
 * builtins._).  An exception prints its traceback and the session goes on;
 * Ctrl-C raises KeyboardInterrupt (at the prompt it drops the input), and
 * Ctrl-D at the prompt leaves. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <editline/readline.h>

#include "minipy/abstract.h"
#include "minipy/buf.h"
#include "minipy/compile.h"
#include "minipy/dict.h"
#include "minipy/eval.h"
#include "minipy/exc.h"
#include "minipy/fileio.h"
#include "minipy/list.h"
#include "minipy/repl.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/trace.h"

extern volatile sig_atomic_t mp_pending_sigint;

static int interactive; /* stdin is a terminal: libedit reads */
static mp_obj repl_globals; /* borrowed while the loop runs */

/* sys.ps1 / sys.ps2 as str, or the default. */
static char *prompt_text(const char *which, const char *dflt)
{
    mp_obj p = mp_dict_getitem_str(mp_the_interp.sysdict, which);
    mp_obj s = p ? mp_obj_str(p) : NULL;
    if (!s) {
        mp_err_clear();
        return strdup(dflt);
    }
    char *r = strdup(mp_str_utf8(s));
    mp_decref(s);
    return r;
}

/* One line without its newline (malloc'd), or NULL at the end of input. */
static char *read_line(const char *prompt)
{
    mp_stdio_flush_stdout();
    if (interactive) {
        char *line = readline(prompt);
        if (line && *line)
            add_history(line);
        return line;
    }
    fputs(prompt, stderr);
    fflush(stderr);
    mp_buf b = MP_BUF_INIT;
    int c;
    while ((c = getchar()) != EOF && c != '\n')
        mp_buf_putc(&b, (char)c);
    if (c == EOF && b.len == 0) {
        mp_buf_free(&b);
        return NULL;
    }
    char *line = strdup(b.data ? b.data : "");
    mp_buf_free(&b);
    return line;
}

/* ---- completion --------------------------------------------------------------------- */

static mp_obj completions; /* list of str: the candidates for this word */

static void add_names(mp_obj list, mp_obj names, const char *prefix, const char *start,
                      size_t n)
{
    mp_obj it = names ? mp_obj_getiter(names) : NULL;
    mp_obj name;
    while (it && (name = mp_type_of(it)->iternext(it))) {
        if (mp_str_check(name) && strncmp(mp_str_utf8(name), start, n) == 0) {
            mp_obj full = mp_str_from_format("%s%U", prefix, name);
            if (full) {
                mp_list_append(list, full);
                mp_decref(full);
            }
        }
        mp_decref(name);
    }
    mp_xdecref(it);
    mp_err_clear();
}

/* The object a dotted name stands for (globals, then builtins, then
 * attributes); no call is made, as rlcompleter does. */
static mp_obj lookup_dotted(const char *text, size_t len)
{
    char *copy = strndup(text, len);
    if (!copy)
        return NULL;
    mp_obj obj = NULL;
    for (char *part = strtok(copy, "."); part; part = strtok(NULL, ".")) {
        if (!obj) {
            obj = mp_dict_getitem_str(repl_globals, part);
            if (!obj)
                obj = mp_dict_getitem_str(mp_the_interp.builtins, part);
            obj = obj ? mp_newref(obj) : NULL;
        } else {
            mp_obj next = mp_obj_getattr_s(obj, part);
            mp_decref(obj);
            obj = next;
        }
        if (!obj)
            break;
    }
    free(copy);
    mp_err_clear();
    return obj;
}

static void fill_completions(const char *text)
{
    MP_SETREF(completions, mp_list_new(0));
    if (!completions)
        return;
    const char *dot = strrchr(text, '.');
    if (dot) {
        mp_obj obj = lookup_dotted(text, (size_t)(dot - text));
        if (!obj)
            return;
        mp_obj dir = mp_dict_getitem_str(mp_the_interp.builtins, "dir");
        mp_obj names = dir ? mp_call(dir, &obj, 1, NULL) : NULL;
        char *prefix = strndup(text, (size_t)(dot - text) + 1);
        if (prefix)
            add_names(completions, names, prefix, dot + 1, strlen(dot + 1));
        free(prefix);
        mp_xdecref(names);
        mp_decref(obj);
    } else {
        static const char *const keywords[] = {
            "False", "None", "True", "and", "as", "assert", "async", "await", "break",
            "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
            "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not",
            "or", "pass", "raise", "return", "try", "while", "with", "yield", NULL};
        for (int k = 0; keywords[k]; k++)
            if (strncmp(keywords[k], text, strlen(text)) == 0) {
                mp_obj s = mp_str_from_cstr(keywords[k]);
                if (s) {
                    mp_list_append(completions, s);
                    mp_decref(s);
                }
            }
        add_names(completions, repl_globals, "", text, strlen(text));
        add_names(completions, mp_the_interp.builtins, "", text, strlen(text));
    }
    mp_err_clear();
}

static char *complete_entry(const char *text, int state)
{
    if (state == 0)
        fill_completions(text);
    if (!completions || state >= MP_LIST_LEN(completions))
        return NULL;
    return strdup(mp_str_utf8(MP_LIST_GET(completions, state)));
}

static char **complete(const char *text, int start, int end)
{
    rl_attempted_completion_over = 1;
    return rl_completion_matches(text, complete_entry);
}

/* ---- reading a statement -------------------------------------------------------------- */

/* Whether a compile error only says the input stopped too early. */
static int is_incomplete(void)
{
    if (!mp_err_matches(&mp_type_SyntaxError))
        return 0;
    mp_obj exc = mp_err_fetch();
    mp_obj msg = mp_obj_getattr_s(exc, "msg");
    int r = 0;
    if (msg && mp_str_check(msg)) {
        const char *m = mp_str_utf8(msg);
        r = strstr(m, "was never closed") || strstr(m, "unterminated triple-quoted") ||
            strstr(m, "unexpected EOF") || strstr(m, "expected an indented block");
    }
    mp_xdecref(msg);
    mp_err_clear();
    mp_err_restore(exc);
    return r;
}

/* Whether a line opens a block: it ends with ':' (outside a comment) or
 * is a decorator. */
static int opens_block(const char *line)
{
    const char *p = line;
    while (*p == ' ' || *p == '\t')
        p++;
    if (*p == '@')
        return 1;
    const char *hash = strchr(line, '#');
    size_t n = hash ? (size_t)(hash - line) : strlen(line);
    while (n && (line[n - 1] == ' ' || line[n - 1] == '\t'))
        n--;
    return n && line[n - 1] == ':';
}

/* Reads and compiles one statement.  1 with *code set, 0 at the end of
 * input, -1 with an exception (a syntax error or KeyboardInterrupt). */
static int read_statement(mp_code **code)
{
    char *ps1 = prompt_text("ps1", ">>> "), *ps2 = prompt_text("ps2", "... ");
    mp_buf src = MP_BUF_INIT;
    int status = 0, block = 0;
    for (;;) {
        char *line = read_line(src.len ? ps2 : ps1);
        if (mp_pending_sigint) {
            mp_pending_sigint = 0;
            free(line);
            fputs("\n", stdout);
            mp_err_set_object(&mp_type_KeyboardInterrupt, NULL);
            status = -1;
            break;
        }
        if (!line) {
            if (src.len == 0) {
                if (interactive || isatty(1))
                    fputs("\n", stdout);
                else
                    fputs("\n", stderr); /* after the prompt, as CPython ends it */
                status = 0;
                break;
            }
            line = strdup(""); /* end of input ends the statement */
        }
        int empty = line[strspn(line, " \t")] == '\0';
        if (src.len == 0 && empty) {
            free(line);
            continue;
        }
        if (src.len == 0 && opens_block(line))
            block = 1;
        mp_buf_puts(&src, line);
        mp_buf_putc(&src, '\n');
        free(line);
        if (block && !empty)
            continue;
        *code = mp_compile_source(src.data, src.len, "<stdin>", MP_PARSE_SINGLE | MP_PARSE_STR, 0);
        if (*code) {
            status = 1;
            break;
        }
        if (!empty && is_incomplete()) {
            mp_err_clear();
            continue;
        }
        status = -1;
        break;
    }
    mp_buf_free(&src);
    free(ps1);
    free(ps2);
    return status;
}

/* ---- the loop --------------------------------------------------------------------------- */

static char *history_path(void)
{
    const char *home = getenv("HOME");
    if (!home)
        return NULL;
    size_t n = strlen(home) + 32;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s/.minipy_history", home);
    return p;
}

int mp_repl_run(mp_obj globals)
{
    repl_globals = globals;
    interactive = isatty(0);
    char *hist = interactive ? history_path() : NULL;
    if (interactive) {
        rl_readline_name = "minipy";
        rl_attempted_completion_function = complete;
        using_history();
        if (hist)
            read_history(hist);
    }
    int status = 0;
    for (;;) {
        mp_code *code = NULL;
        int r = read_statement(&code);
        if (r == 0)
            break;
        if (r > 0) {
            mp_obj v = mp_eval_code(code, globals, globals);
            mp_decref((mp_obj)code);
            mp_trace_flush();
            if (v) {
                mp_decref(v);
                continue;
            }
        }
        if (mp_err_matches(&mp_type_SystemExit)) {
            status = -1; /* the caller reports SystemExit as a run would */
            break;
        }
        mp_err_print();
    }
    mp_stdio_flush_stdout();
    if (hist) {
        write_history(hist);
        free(hist);
    }
    MP_CLEAR(completions);
    repl_globals = NULL;
    return status;
}
