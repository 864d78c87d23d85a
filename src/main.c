/* The minipy command line: python3's options where they make sense, and
 * the views inside the machine (--tokens, --ast, --dis). */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "minipy/abstract.h"
#include "minipy/ast.h"
#include "minipy/buf.h"
#include "minipy/compile.h"
#include "minipy/dict.h"
#include "minipy/dis.h"
#include "minipy/exc.h"
#include "minipy/fileio.h"
#include "minipy/import.h"
#include "minipy/int.h"
#include "minipy/lexer.h"
#include "minipy/lifecycle.h"
#include "minipy/mem.h"
#include "minipy/names.h"
#include "minipy/parser.h"
#include "minipy/repl.h"
#include "minipy/singletons.h"
#include "minipy/sourcecache.h"
#include "minipy/state.h"
#include "minipy/warnings.h"
#include "minipy/str.h"
#include "minipy/sys.h"
#include "minipy/trace.h"
#include "minipy/version.h"

static const char usage[] =
    "usage: minipy [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
    "Options:\n"
    "-c cmd     : program passed in as string (terminates option list)\n"
    "-h, --help : print this help message and exit\n"
    "-i         : inspect interactively after running script\n"
    "-m mod     : run library module as a script (terminates option list)\n"
    "-V, --version : print the Python version number and exit\n"
    "-W arg     : warning control; arg is action:message:category:module:lineno\n"
    "             also PYTHONWARNINGS=arg\n"
    "--ast      : print the syntax tree of the file as ast.dump() shows it\n"
    "--tokens   : print the file's tokens\n"
    "--dis      : print the bytecode of the file as python3 -m dis does\n"
    "--trace    : print every instruction run, with the stack and reference counts\n"
    "             (on stderr); --trace=lines, --trace=calls: one entry per line or call;\n"
    "             --trace=json, --trace=html: a trace to step through (on stdout)\n"
    "--trace-out PATH : write the trace to PATH\n"
    "--trace-only NAME : trace only the functions named NAME (may be repeated)\n"
    "--trace-limit N : --trace=json and =html stop the program after N steps\n"
    "             (default 1000; 0 for no limit)\n"
    "file       : program read from script file\n"
    "-          : program read from stdin\n"
    "arg ...    : arguments passed to program in sys.argv[1:]\n";

typedef enum { RUN, SHOW_AST, SHOW_TOKENS, SHOW_DIS } action;

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
    mp_lexer_options opt = {filename, 1, 0, 0, 0};
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
        printf("%d,%d-%d,%d:\t%s\t'%.*s'\n", tok.lineno, tok.col_offset, tok.end_lineno,
               tok.end_col_offset, mp_token_names[tok.kind], (int)tok.len, tok.start);
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

/* The exit status for an uncaught SystemExit, as python3 computes it:
 * None is 0, an int is itself, anything else is printed and gives 1. */
static int system_exit_status(mp_obj exc)
{
    mp_obj code = ((mp_exc_systemexit *)exc)->code;
    if (!code || code == mp_none)
        return 0;
    if (mp_int_check(code)) {
        intptr_t v;
        if (mp_int_as_ssize(code, &v) < 0) {
            mp_err_clear();
            return -1;
        }
        return (int)(v & 0xff);
    }
    mp_obj s = mp_obj_str(code);
    if (s) {
        mp_stdio_flush_stdout();
        mp_write_stderr(NULL, mp_str_utf8(s), mp_str_nbytes(s));
        mp_write_stderr(NULL, "\n", 1);
        mp_decref(s);
    } else {
        mp_err_clear();
    }
    return 1;
}

/* After a run: the exit status, printing an uncaught exception. */
static int finish(mp_obj result)
{
    if (result) {
        mp_decref(result);
        return 0;
    }
    if (mp_err_matches(&mp_type_SystemExit)) {
        mp_obj exc = mp_err_fetch();
        int status = system_exit_status(exc);
        mp_decref(exc);
        return status;
    }
    mp_err_print();
    return 1;
}

/* path made absolute without resolving links (os.path.abspath): the
 * current directory joined in front, "." and ".." segments removed. */
static char *absolute_path(const char *path)
{
    char cwd[PATH_MAX];
    size_t n = strlen(path);
    if (path[0] != '/' && !getcwd(cwd, sizeof cwd))
        return NULL;
    size_t cap = (path[0] == '/' ? 0 : strlen(cwd)) + n + 2;
    char *out = malloc(cap), *joined = malloc(cap);
    if (!out || !joined) {
        free(out);
        free(joined);
        return NULL;
    }
    snprintf(joined, cap, "%s%s%s", path[0] == '/' ? "" : cwd, path[0] == '/' ? "" : "/", path);
    size_t len = 0;
    for (char *seg = strtok(joined, "/"); seg; seg = strtok(NULL, "/")) {
        if (strcmp(seg, ".") == 0)
            continue;
        if (strcmp(seg, "..") == 0) {
            while (len > 0 && out[len - 1] != '/')
                len--;
            if (len > 0)
                len--;
            continue;
        }
        out[len++] = '/';
        memcpy(out + len, seg, strlen(seg));
        len += strlen(seg);
    }
    if (len == 0)
        out[len++] = '/';
    out[len] = '\0';
    free(joined);
    return out;
}

/* The folder of a script path, as sys.path[0]: absolute, like CPython's. */
static char *script_dir(const char *path)
{
    char *full = realpath(path, NULL);
    if (!full)
        return strdup("");
    char *slash = strrchr(full, '/');
    if (slash == full)
        slash[1] = '\0';
    else if (slash)
        *slash = '\0';
    return full;
}

/* The --trace options, when given. */
static mp_trace_options trace_opts;
static const char *trace_only[64];

static int inspect; /* -i: the prompt after the program */

/* The prompt in __main__'s namespace, as the run's end.  status is the
 * run's (the prompt comes after a failed run too). */
static int run_repl(int status)
{
    mp_obj main = mp_dict_getitem_str(mp_the_interp.modules, "__main__");
    mp_obj globals = main ? mp_obj_getattr_s(main, "__dict__") : NULL;
    if (!globals)
        return finish(NULL);
    /* The JSON and HTML forms trace the program's file (written already
     * for -i FILE); the prompt takes the text forms only. */
    int traced = trace_opts.mode != MP_TRACE_NONE && trace_opts.mode != MP_TRACE_JSON &&
                 trace_opts.mode != MP_TRACE_HTML;
    if (traced && mp_trace_start(&trace_opts) < 0) {
        mp_decref(globals);
        return finish(NULL);
    }
    int r = mp_repl_run(globals);
    mp_decref(globals);
    mp_trace_stop();
    return r < 0 ? finish(NULL) : status;
}

static int run_source(const char *src, size_t len, const char *filename, int argc, char **argv,
                      const char *path0)
{
    if (mp_sys_set_argv(argc, argv, path0) < 0)
        return finish(NULL);
    if (filename[0] == '<')
        mp_source_register(filename, src, len);
    if (trace_opts.mode != MP_TRACE_NONE) {
        trace_opts.source = src;
        trace_opts.source_len = len;
        if (mp_trace_start(&trace_opts) < 0)
            return finish(NULL);
    }
    mp_obj globals = mp_run_main_file(filename, src, len);
    /* The trace ends before an uncaught exception is reported. */
    if (trace_opts.mode != MP_TRACE_NONE && mp_trace_stop() < 0 && globals) {
        mp_decref(globals);
        globals = NULL;
    }
    int status = finish(globals);
    return inspect ? run_repl(status) : status;
}

/* --dis: compile the file and print dis.dis() of its code. */
static int run_dis(const char *src, size_t len, const char *filename)
{
    mp_code *co = mp_compile_source(src, len, filename, MP_PARSE_FILE, 0);
    if (!co)
        return finish(NULL);
    mp_buf out = MP_BUF_INIT;
    int r = mp_dis_recursive(&out, co);
    mp_decref((mp_obj)co);
    if (r == 0 && out.data)
        r = mp_file_write_cstr(mp_dict_getitem_str(mp_the_interp.sysdict, "stdout"), out.data, out.len);
    mp_buf_free(&out);
    return r < 0 ? finish(NULL) : 0;
}

static int run_module(const char *name, int argc, char **argv)
{
    char cwd[PATH_MAX];
    if (!getcwd(cwd, sizeof cwd))
        cwd[0] = '\0';
    if (mp_sys_set_argv(argc, argv, cwd) < 0)
        return finish(NULL);
    /* __main__ exists (empty) before runpy fills it in. */
    mp_obj main_dict = mp_run_main_file(NULL, "", 0);
    if (!main_dict)
        return finish(NULL);
    mp_decref(main_dict);
    mp_obj runpy = mp_import("runpy");
    if (!runpy)
        return finish(NULL);
    mp_obj modname = mp_str_from_cstr(name);
    mp_obj r = modname ? mp_call_method(runpy, "_run_module_as_main", &modname, 1) : NULL;
    mp_xdecref(modname);
    mp_decref(runpy);
    return finish(r);
}

#if !defined(MP_NO_TRACE) && !defined(MP_TRACE_REFCOUNTS)
/* --trace runs in minipy-trace, the build beside this one that has the
 * reference-count hooks (object.h): the same program, run again by it with
 * the same arguments.  Returns only on failure. */
static int exec_traced_build(char **argv)
{
    char path[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", path, sizeof path - sizeof "minipy-trace");
    if (n < 0) {
        fprintf(stderr, "minipy: cannot find minipy-trace (--trace): /proc/self/exe: %s\n",
                strerror(errno));
        return 2;
    }
    path[n] = '\0';
    char *slash = strrchr(path, '/');
    strcpy(slash ? slash + 1 : path, "minipy-trace");
    fflush(NULL);
    execv(path, argv);
    fprintf(stderr, "minipy: --trace runs in %s, which cannot be run: %s\n", path,
            strerror(errno));
    return 2;
}
#endif

int main(int argc, char **argv)
{
    mp_mem_init();
    action what = RUN;
    const char *path = NULL, *command = NULL, *module = NULL;
    const char *warnopts[64];
    int nwarnopts = 0;
    int i;
    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--ast") == 0) {
            what = SHOW_AST;
        } else if (strcmp(a, "--tokens") == 0) {
            what = SHOW_TOKENS;
        } else if (strcmp(a, "--dis") == 0) {
            what = SHOW_DIS;
        } else if (strncmp(a, "--trace", 7) == 0 && (a[7] == '\0' || a[7] == '=')) {
            int m = mp_trace_parse_mode(a);
            if (m < 0) {
                fprintf(stderr, "unknown trace form: %s (use --trace, --trace=lines, "
                                "--trace=calls, --trace=json or --trace=html)\n", a);
                return 2;
            }
            trace_opts.mode = (mp_trace_mode)m;
        } else if (strcmp(a, "--trace-limit") == 0) {
            char *end = NULL;
            long n = i + 1 < argc ? strtol(argv[i + 1], &end, 10) : -1;
            if (n < 0 || !end || *end || end == argv[i + 1]) {
                fprintf(stderr, "--trace-limit takes a number of steps (0 for no limit)\n%s",
                        usage);
                return 2;
            }
            i++;
            trace_opts.step_limit = n ? n : -1;
        } else if (strcmp(a, "--trace-out") == 0 || strcmp(a, "--trace-only") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "Argument expected for the %s option\n%s", a, usage);
                return 2;
            }
            if (strcmp(a, "--trace-out") == 0) {
                trace_opts.out_path = argv[++i];
            } else if (trace_opts.nonly < 64) {
                trace_only[trace_opts.nonly++] = argv[++i];
                trace_opts.only = trace_only;
            }
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0 || strcmp(a, "-?") == 0) {
            fputs(usage, stdout);
            return 0;
        } else if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) {
            printf("minipy %s (Python %s)\n", MP_VERSION, MP_PYTHON_VERSION);
            return 0;
        } else if (strcmp(a, "-c") == 0 || strncmp(a, "-c", 2) == 0) {
            command = a[2] ? a + 2 : (i + 1 < argc ? argv[++i] : NULL);
            if (!command) {
                fprintf(stderr, "Argument expected for the -c option\n%s", usage);
                return 2;
            }
            break;
        } else if (strcmp(a, "-m") == 0 || strncmp(a, "-m", 2) == 0) {
            module = a[2] ? a + 2 : (i + 1 < argc ? argv[++i] : NULL);
            if (!module) {
                fprintf(stderr, "Argument expected for the -m option\n%s", usage);
                return 2;
            }
            break;
        } else if (strncmp(a, "-W", 2) == 0) {
            /* Kept for the warnings module (sys.warnoptions). */
            const char *w = a[2] ? a + 2 : (i + 1 < argc ? argv[++i] : NULL);
            if (!w) {
                fprintf(stderr, "Argument expected for the -W option\n%s", usage);
                return 2;
            }
            if (nwarnopts < 64)
                warnopts[nwarnopts++] = w;
        } else if (strcmp(a, "-i") == 0) {
            inspect = 1;
        } else if (strcmp(a, "-u") == 0 || strcmp(a, "-B") == 0 || strcmp(a, "-E") == 0 ||
                   strcmp(a, "-s") == 0 || strcmp(a, "-S") == 0) {
            /* Accepted and ignored: they change nothing minipy does. */
        } else if (strcmp(a, "-") == 0 || a[0] != '-') {
            path = a;
            break;
        } else {
            fprintf(stderr, "Unknown option: %s\n%s", a, usage);
            return 2;
        }
    }
    /* --trace-out or --trace-only alone mean --trace. */
    if (trace_opts.mode == MP_TRACE_NONE && (trace_opts.out_path || trace_opts.nonly))
        trace_opts.mode = MP_TRACE_INSTRUCTIONS;
#ifdef MP_NO_TRACE
    if (trace_opts.mode != MP_TRACE_NONE) {
        fprintf(stderr, "--trace is not available: this minipy was built without tracing "
                        "(MP_NO_TRACE)\n");
        return 2;
    }
#elif !defined(MP_TRACE_REFCOUNTS)
    if (trace_opts.mode != MP_TRACE_NONE)
        return exec_traced_build(argv);
#endif
    /* Everything after the program is the program's (sys.argv). */
    int prog_argc = argc - i;
    char **prog_argv = argv + i;

    if (!path && !command && !module) {
        /* -i reads stdin at the prompt even when it is not a terminal,
         * as python3 -i does (not as a program) */
        if (isatty(0) || inspect) {
            /* The prompt: an empty __main__ first, as python3 makes. */
            if (mp_runtime_init() < 0)
                return 1;
            char *empty_argv[] = {""};
            int status;
            if (mp_sys_set_argv(1, empty_argv, "") < 0) {
                status = finish(NULL);
            } else {
                fprintf(stderr, "minipy %s (Python %s)\nCtrl-D leaves.\n", MP_VERSION,
                        MP_PYTHON_VERSION);
                mp_obj globals = mp_run_main_file(NULL, "", 0);
                status = globals ? (mp_decref(globals), run_repl(0)) : finish(NULL);
            }
            mp_runtime_fini();
            return status;
        }
        path = "-";
    }
    char *src = NULL;
    size_t len = 0;
    if (path) {
        FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
        if (!f) {
            /* CPython names the file by its absolute path here. */
            int e = errno;
            char cwd[PATH_MAX];
            int rel = path[0] != '/' && getcwd(cwd, sizeof cwd);
            fprintf(stderr, "%s: can't open file '%s%s%s': [Errno %d] %s\n", argv[0],
                    rel ? cwd : "", rel ? "/" : "", path, e, strerror(e));
            return 2;
        }
        src = read_all(f, &len);
        if (f != stdin)
            fclose(f);
        if (!src) {
            fputs("MemoryError\n", stderr);
            return 1;
        }
    }
    const char *filename = path && strcmp(path, "-") != 0 ? path : "<stdin>";
    int status;
    if (what == SHOW_AST || what == SHOW_TOKENS) {
        status = what == SHOW_AST ? show_ast(src, len, filename) : show_tokens(src, len, filename);
        mp_free(src);
        return status;
    }
    if (mp_runtime_init() < 0) {
        mp_free(src);
        return 1;
    }
    if (mp_warnings_init_options(warnopts, nwarnopts) < 0) {
        status = finish(NULL);
    } else if (what == SHOW_DIS) {
        status = run_dis(src, len, filename);
    } else if (command) {
        /* -c: sys.argv[0] is '-c', the command is <string>. */
        prog_argv[0] = "-c";
        status = run_source(command, strlen(command), "<string>", prog_argc, prog_argv, "");
    } else if (module) {
        prog_argv[0] = (char *)module;
        status = run_module(module, prog_argc, prog_argv);
    } else {
        char *dir = strcmp(path, "-") == 0 ? strdup("") : script_dir(path);
        /* The script's code knows itself by its absolute path (its
         * __file__ and the tracebacks show it), as CPython 3.9 and later. */
        char *abs = strcmp(path, "-") == 0 ? NULL : absolute_path(path);
        status = run_source(src, len, abs ? abs : filename, prog_argc, prog_argv, dir ? dir : "");
        free(abs);
        free(dir);
    }
    mp_free(src);
    mp_runtime_fini();
    return status;
}
