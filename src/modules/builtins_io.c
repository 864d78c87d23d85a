/* The built-in functions that reach outside the running code: input(),
 * open(), and exec(), eval() and compile(), with CPython 3.11's argument
 * handling and messages (Python/bltinmodule.c, Modules/_io/_iomodule.c). */
#include <string.h>

#include "builtins_more.h"

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/bytes.h"
#include "minipy/code.h"
#include "minipy/compile.h"
#include "minipy/dict.h"
#include "minipy/eval.h"
#include "minipy/exc.h"
#include "minipy/fileio.h"
#include "minipy/frame.h"
#include "minipy/int.h"
#include "minipy/memoryview.h"
#include "minipy/names.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"
#include "minipy/warnings.h"

/* ---- input ---------------------------------------------------------------------------------------- */

static mp_obj sys_file(const char *name)
{
    mp_obj f = mp_the_interp.sysdict ? mp_dict_getitem_str(mp_the_interp.sysdict, name) : NULL;
    if (!f || f == mp_none) {
        if (!mp_err_occurred())
            mp_err_format(&mp_type_RuntimeError, "input(): lost sys.%s", name);
        return NULL;
    }
    return f;
}

static void flush_quietly(mp_obj file)
{
    if (mp_file_flush(file) < 0)
        mp_err_clear();
}

/* input(prompt=None): the prompt on sys.stdout (flushed), then one line
 * of sys.stdin without its newline; EOFError at the end of the input. */
mp_obj mp_builtin_input(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("input", nargs, 0, 1) < 0)
        return NULL;
    mp_obj fin = sys_file("stdin"), fout = fin ? sys_file("stdout") : NULL;
    mp_obj ferr = fout ? sys_file("stderr") : NULL;
    if (!ferr)
        return NULL;
    mp_incref(fin);
    mp_incref(fout);
    flush_quietly(ferr);
    mp_obj line = NULL;
    if (nargs == 1) {
        mp_obj s = mp_obj_str(args[0]);
        int r = s ? mp_file_write_str(fout, s) : -1;
        mp_xdecref(s);
        if (r < 0)
            goto done;
    }
    flush_quietly(fout);
    line = mp_call_method(fin, "readline", NULL, 0);
    if (!line)
        goto done;
    intptr_t n;
    int newline;
    if (mp_str_check(line)) {
        n = mp_str_len(line);
        newline = n > 0 && mp_str_utf8(line)[mp_str_nbytes(line) - 1] == '\n';
    } else if (mp_bytes_check(line)) {
        n = MP_BYTES_LEN(line);
        newline = n > 0 && MP_BYTES_DATA(line)[n - 1] == '\n';
    } else {
        MP_CLEAR(line);
        mp_err_set_str(&mp_type_TypeError, "object.readline() returned non-string");
        goto done;
    }
    if (n == 0) {
        MP_CLEAR(line);
        mp_err_set_str(&mp_type_EOFError, "EOF when reading a line");
    } else if (newline) {
        mp_obj cut = mp_str_check(line) ? mp_str_substr(line, 0, n - 1)
                                        : mp_bytes_new(MP_BYTES_DATA(line), n - 1);
        mp_decref(line);
        line = cut;
    }
done:
    mp_decref(fin);
    mp_decref(fout);
    return line;
}

/* ---- open ------------------------------------------------------------------------------------------- */

/* An optional str-or-None argument of open(): NULL for None. */
static int str_or_none(mp_obj *v, const char *fname, const char *name)
{
    if (!*v || *v == mp_none) {
        *v = NULL;
        return 0;
    }
    if (mp_str_check(*v))
        return 0;
    mp_err_format(&mp_type_TypeError, "%s() argument '%s' must be str or None, not %s", fname, name,
                  mp_type_of(*v)->name);
    return -1;
}

/* An int argument (as C int), with int()'s conversion through __index__. */
static int int_arg(mp_obj v, int dflt, int *out)
{
    if (!v) {
        *out = dflt;
        return 0;
    }
    mp_obj i = mp_number_index(v);
    if (!i)
        return -1;
    intptr_t x;
    int clipped = mp_int_as_ssize_clip(i, &x);
    mp_decref(i);
    if (clipped || x < -2147483647 - 1 || x > 2147483647) {
        mp_err_set_str(&mp_type_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)x;
    return 0;
}

/* os.fspath(file) for open(): a str (bytes paths are decoded as the file
 * system does), or an int file descriptor, as a new reference. */
static mp_obj open_path(mp_obj file)
{
    if (mp_int_check(file) || mp_str_check(file))
        return mp_newref(file);
    mp_obj p;
    if (mp_bytes_check(file)) {
        p = mp_newref(file);
    } else {
        mp_obj f = mp_builtins_lookup_special(file, MP_NAME(__fspath__));
        if (!f)
            return mp_err_occurred() ? NULL
                                     : mp_err_format(&mp_type_TypeError,
                                                     "expected str, bytes or os.PathLike object, not %s",
                                                     mp_type_of(file)->name);
        p = mp_call0(f);
        mp_decref(f);
        if (!p)
            return NULL;
        if (!mp_str_check(p) && !mp_bytes_check(p)) {
            mp_err_format(&mp_type_TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                          mp_type_of(file)->name, mp_type_of(p)->name);
            mp_decref(p);
            return NULL;
        }
    }
    if (mp_bytes_check(p)) {
        mp_obj s = mp_str_decode_utf8(MP_BYTES_DATA(p), (size_t)MP_BYTES_LEN(p), "surrogateescape");
        mp_decref(p);
        p = s;
    }
    return p;
}

/* The checks CPython's io.open makes of mode before opening anything:
 * sets *binary; 0 or -1. */
static int check_mode(const char *mode, int *binary)
{
    int create = 0, read = 0, write = 0, append = 0, text = 0, bin = 0, plus = 0;
    for (const char *m = mode; *m; m++) {
        int *flag;
        switch (*m) {
        case 'x': flag = &create; break;
        case 'r': flag = &read; break;
        case 'w': flag = &write; break;
        case 'a': flag = &append; break;
        case '+': flag = &plus; break;
        case 't': flag = &text; break;
        case 'b': flag = &bin; break;
        default: flag = NULL; break;
        }
        if (!flag || strchr(m + 1, *m)) {
            mp_err_format(&mp_type_ValueError, "invalid mode: '%s'", mode);
            return -1;
        }
        *flag = 1;
    }
    *binary = bin;
    if (text && bin) {
        mp_err_set_str(&mp_type_ValueError, "can't have text and binary mode at once");
        return -1;
    }
    if (create + read + write + append > 1) {
        mp_err_set_str(&mp_type_ValueError, "must have exactly one of create/read/write/append mode");
        return -1;
    }
    return 0;
}

/* open(file, mode='r', buffering=-1, encoding=None, errors=None,
 *      newline=None, closefd=True, opener=None)
 * (the file objects are objects/file.c); opener is not supported. */
mp_obj mp_builtin_open(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"file", "mode", "buffering", "encoding", "errors",
                                         "newline", "closefd", "opener", NULL};
    mp_obj file, mode, buf, encoding, errors, newline, closefd, opener;
    if (mp_arg_parse(args, nargs, kwnames, "open", kwlist, 1, 8, &file, &mode, &buf, &encoding,
                     &errors, &newline, &closefd, &opener) < 0)
        return NULL;
    if (mode && !mp_str_check(mode))
        return mp_err_format(&mp_type_TypeError, "open() argument 'mode' must be str, not %s",
                             mp_type_of(mode)->name);
    int buffering, cfd, binary;
    if (int_arg(buf, -1, &buffering) < 0 || str_or_none(&encoding, "open", "encoding") < 0 ||
        str_or_none(&errors, "open", "errors") < 0 || str_or_none(&newline, "open", "newline") < 0 ||
        int_arg(closefd, 1, &cfd) < 0)
        return NULL;
    if (opener && opener != mp_none)
        return mp_err_set_str(&mp_type_NotImplementedError,
                              "open(): minipy does not support the opener argument");
    const char *m = mode ? mp_str_utf8(mode) : "r";
    mp_obj path = open_path(file);
    if (!path)
        return NULL;
    mp_obj r = NULL;
    if (check_mode(m, &binary) < 0)
        goto done;
    if (binary && (encoding || errors || newline)) {
        mp_err_format(&mp_type_ValueError, "binary mode doesn't take %s argument",
                      encoding ? "an encoding" : errors ? "an errors" : "a newline");
        goto done;
    }
    if (binary && buffering == 1 &&
        mp_warn_format(&mp_type_RuntimeWarning, 1,
                       "line buffering (buffering=1) isn't supported in binary mode, the default "
                       "buffer size will be used") < 0)
        goto done;
    if (!binary && buffering == 0) {
        mp_err_set_str(&mp_type_ValueError, "can't have unbuffered text I/O");
        goto done;
    }
    if (newline) {
        const char *nl = mp_str_utf8(newline);
        if (nl[0] && strcmp(nl, "\n") != 0 && strcmp(nl, "\r") != 0 && strcmp(nl, "\r\n") != 0) {
            mp_err_format(&mp_type_ValueError, "illegal newline value: %s", nl);
            goto done;
        }
    }
    r = mp_file_open(path, m, buffering, encoding, errors, newline, cfd != 0);
done:
    mp_decref(path);
    return r;
}

/* ---- exec, eval, compile ------------------------------------------------------------------------- */

/* Source text for the compiler: a view of a str or of a buffer's bytes,
 * with the object that owns them. */
typedef struct {
    const char *text;
    size_t len;
    mp_obj owner;   /* a new reference, or NULL */
    mp_parse_mode str; /* MP_PARSE_STR when the source was a str, else 0 */
} source;

/* A SyntaxError for undecodable source: "(unicode error) 'utf-8' codec
 * can't decode byte 0xff ...", as CPython's tokenizer reports it. */
static int unicode_error(const char *filename)
{
    mp_obj exc = mp_err_fetch();
    mp_obj s = exc ? mp_obj_str(exc) : NULL;
    mp_xdecref(exc);
    if (!s)
        return -1;
    mp_obj msg = mp_str_from_format("(unicode error) %U", s);
    mp_decref(s);
    mp_obj fn = msg ? mp_str_from_cstr(filename) : NULL;
    mp_obj loc = fn ? mp_tuple_pack(6, fn, mp_small(1), mp_small(1), mp_none, mp_small(1),
                                    mp_small(-1))
                    : NULL;
    mp_obj e = loc ? mp_call2((mp_obj)&mp_type_SyntaxError, msg, loc) : NULL;
    mp_xdecref(msg);
    mp_xdecref(fn);
    mp_xdecref(loc);
    if (e) {
        mp_err_set_exc(e);
        mp_decref(e);
    }
    return -1;
}

/* Whether UTF-8 text holds an encoded surrogate (a str can: '\ud800'). */
static int has_surrogate(const char *s, size_t n)
{
    for (size_t i = 0; i + 1 < n; i++)
        if ((unsigned char)s[i] == 0xED && (unsigned char)s[i + 1] >= 0xA0)
            return 1;
    return 0;
}

/* The text of source, as CPython's _Py_SourceAsString: a str, or the
 * bytes of bytes, bytearray or memoryview decoded as UTF-8.  what names
 * the accepted kinds for the TypeError ("string, bytes or code"). */
static int get_source(mp_obj src, const char *fname, const char *what, const char *filename,
                      source *out)
{
    out->owner = NULL;
    out->str = mp_str_check(src) ? MP_PARSE_STR : 0;
    if (mp_str_check(src)) {
        out->text = mp_str_utf8(src);
        out->len = mp_str_nbytes(src);
        if (!((mp_str *)src)->ascii && has_surrogate(out->text, out->len)) {
            mp_obj b = mp_str_encode(src, "utf-8", "strict");
            mp_xdecref(b);
            if (!b)
                return -1;
        }
    } else {
        mp_obj bytes = NULL;
        if (mp_bytes_check(src))
            bytes = mp_newref(src);
        else if (mp_obj_type_check(src, &mp_type_bytearray))
            bytes = mp_bytes_new(((mp_bytearray *)src)->data, ((mp_bytearray *)src)->ob.size);
        else if (mp_memoryview_check(src))
            bytes = mp_memoryview_tobytes(src);
        else {
            mp_err_format(&mp_type_TypeError, "%s() arg 1 must be a %s object", fname, what);
            return -1;
        }
        if (!bytes)
            return -1;
        const char *p = MP_BYTES_DATA(bytes);
        size_t n = (size_t)MP_BYTES_LEN(bytes);
        if (n >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0) {
            /* A UTF-8 BOM declares the encoding: CPython then reads what
             * follows as it reads a str (error columns in characters, the
             * error line without the BOM).  minipy does not check a coding
             * cookie after it ("encoding problem: latin-1 with BOM"). */
            p += 3;
            n -= 3;
            out->str = MP_PARSE_STR;
        }
        mp_obj s = mp_str_decode_utf8(p, n, "strict");
        mp_decref(bytes);
        if (!s)
            return unicode_error(filename);
        out->owner = s;
        out->text = mp_str_utf8(s);
        out->len = mp_str_nbytes(s);
    }
    if (memchr(out->text, '\0', out->len)) {
        MP_CLEAR(out->owner);
        mp_err_set_str(&mp_type_SyntaxError, "source code string cannot contain null bytes");
        return -1;
    }
    return 0;
}

static int is_mapping(mp_obj o)
{
    mp_type *t = mp_type_of(o);
    return t->as_mapping && t->as_mapping->subscript;
}

static int is_code(mp_obj o) { return !mp_is_small(o) && o->type == &mp_type_code; }

/* Fills in the namespaces exec() and eval() run in: *locals becomes a new
 * reference (the caller's locals may be a fresh snapshot dict), globals
 * stays borrowed and gets __builtins__ if it lacks it. */
static int namespaces(mp_obj *globals, mp_obj *locals)
{
    mp_frame *f = mp_ts()->frame;
    if (*globals == mp_none) {
        if (!f) {
            mp_err_set_str(&mp_type_SystemError, "globals and locals cannot be NULL");
            return -1;
        }
        *globals = f->globals;
        *locals = *locals == mp_none ? mp_frame_locals(f) : mp_newref(*locals);
        if (!*locals)
            return -1;
    } else {
        *locals = mp_newref(*locals == mp_none ? *globals : *locals);
    }
    int r = mp_dict_contains(*globals, MP_NAME(__builtins__));
    if (r == 0) {
        mp_obj b = f ? f->builtins : mp_the_interp.builtins;
        r = mp_dict_setitem(*globals, MP_NAME(__builtins__), b);
    }
    if (r < 0) {
        MP_CLEAR(*locals);
        return -1;
    }
    return 0;
}

static mp_obj run_source(const char *text, size_t len, mp_parse_mode mode, mp_obj globals,
                         mp_obj locals)
{
    mp_code *co = mp_compile_source(text, len, "<string>", mode, 0);
    if (!co)
        return NULL;
    mp_obj r = mp_eval_code(co, globals, locals);
    mp_decref((mp_obj)co);
    return r;
}

/* exec(source, globals=None, locals=None, /, *, closure=None) */
mp_obj mp_builtin_exec(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"", "", "", "closure", NULL};
    mp_obj src, globals, locals, closure;
    if (mp_arg_parse(args, nargs, kwnames, "exec", kwlist, 1, 3, &src, &globals, &locals,
                     &closure) < 0)
        return NULL;
    if (!globals)
        globals = mp_none;
    if (!locals)
        locals = mp_none;
    if (closure == mp_none)
        closure = NULL;
    if (globals != mp_none && !mp_dict_check(globals))
        return mp_err_format(&mp_type_TypeError, "exec() globals must be a dict, not %s",
                             mp_type_of(globals)->name);
    if (locals != mp_none && !is_mapping(locals))
        return mp_err_format(&mp_type_TypeError, "locals must be a mapping or None, not %s",
                             mp_type_of(locals)->name);
    if (namespaces(&globals, &locals) < 0)
        return NULL;
    mp_obj r = NULL;
    if (is_code(src)) {
        int nfree = ((mp_code *)src)->nfreevars;
        if (nfree == 0 && closure)
            mp_err_set_str(&mp_type_TypeError, "cannot use a closure with this code object");
        else if (nfree > 0 && (!closure || !mp_tuple_check(closure) ||
                               MP_TUPLE_LEN(closure) != nfree))
            mp_err_format(&mp_type_TypeError, "code object requires a closure of exactly length %d",
                          nfree);
        else if (nfree > 0)
            mp_err_set_str(&mp_type_NotImplementedError,
                           "exec(): minipy cannot run a code object with a closure yet");
        else
            r = mp_eval_code((mp_code *)src, globals, locals);
    } else if (closure) {
        mp_err_set_str(&mp_type_TypeError, "closure can only be used when source is a code object");
    } else {
        source s;
        if (get_source(src, "exec", "string, bytes or code", "<string>", &s) == 0) {
            r = run_source(s.text, s.len, MP_PARSE_FILE | s.str, globals, locals);
            mp_xdecref(s.owner);
        }
    }
    mp_decref(locals);
    if (!r)
        return NULL;
    mp_decref(r);
    MP_RETURN_NONE;
}

/* eval(source, globals=None, locals=None, /) */
mp_obj mp_builtin_eval(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("eval", nargs, 1, 3) < 0)
        return NULL;
    mp_obj src = args[0], globals = nargs > 1 ? args[1] : mp_none;
    mp_obj locals = nargs > 2 ? args[2] : mp_none;
    if (locals != mp_none && !is_mapping(locals))
        return mp_err_set_str(&mp_type_TypeError, "locals must be a mapping");
    if (globals != mp_none && !mp_dict_check(globals))
        return mp_err_set_str(&mp_type_TypeError,
                              is_mapping(globals)
                                  ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                  : "globals must be a dict");
    if (namespaces(&globals, &locals) < 0)
        return NULL;
    mp_obj r = NULL;
    if (is_code(src)) {
        if (((mp_code *)src)->nfreevars > 0)
            mp_err_set_str(&mp_type_TypeError,
                           "code object passed to eval() may not contain free variables");
        else
            r = mp_eval_code((mp_code *)src, globals, locals);
    } else {
        source s;
        if (get_source(src, "eval", "string, bytes or code", "<string>", &s) == 0) {
            const char *t = s.text;
            while (t < s.text + s.len && (*t == ' ' || *t == '\t'))
                t++;
            r = run_source(t, s.len - (size_t)(t - s.text), MP_PARSE_EVAL | s.str, globals,
                           locals);
            mp_xdecref(s.owner);
        }
    }
    mp_decref(locals);
    return r;
}

/* compile()'s flags, CPython's values: the ones that change nothing in
 * 3.11 (__future__ features it always has, options of the AST and of
 * codeop) pass; the others cannot be honoured by minipy. */
enum {
    CF_VALID = 0x10 | 0x200 | 0x400 | 0x1000 | 0x2000 | 0x4000 | 0x1FE0000,
    CF_HARMLESS = 0x10 | 0x200 | 0x1000 | 0x4000 | 0x20000 | 0x40000 | 0x80000 | 0x100000 |
                  0x200000 | 0x800000,
    CF_ONLY_AST = 0x400,
};

static int check_flags(int flags)
{
    if (flags & ~CF_VALID) {
        mp_err_set_str(&mp_type_ValueError, "compile(): unrecognised flags");
        return -1;
    }
    if (flags & CF_ONLY_AST) {
        mp_err_set_str(&mp_type_NotImplementedError,
                       "compile(): minipy compiles to code objects only: the flag "
                       "ast.PyCF_ONLY_AST (an AST result) is not supported");
        return -1;
    }
    if (flags & ~CF_HARMLESS) {
        mp_err_format(&mp_type_NotImplementedError,
                      "compile(): minipy supports flags=0 only (and the __future__ features "
                      "Python 3.11 always has), not 0x%x", flags & ~CF_HARMLESS);
        return -1;
    }
    return 0;
}

/* compile(source, filename, mode, flags=0, dont_inherit=False,
 *         optimize=-1, *, _feature_version=-1) */
mp_obj mp_builtin_compile(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"source", "filename", "mode", "flags", "dont_inherit",
                                         "optimize", "_feature_version", NULL};
    mp_obj src, fname, mode, flags_o, dont_inherit, optimize_o, feature;
    if (mp_arg_parse(args, nargs, kwnames, "compile", kwlist, 3, 6, &src, &fname, &mode, &flags_o,
                     &dont_inherit, &optimize_o, &feature) < 0)
        return NULL;
    mp_obj filename = open_path(fname);
    if (!filename)
        return NULL;
    mp_obj r = NULL;
    int flags, optimize, ignored;
    if (mp_int_check(filename)) {
        mp_err_format(&mp_type_TypeError, "expected str, bytes or os.PathLike object, not %s",
                      mp_type_of(filename)->name);
        goto done;
    }
    if (!mp_str_check(mode)) {
        mp_err_format(&mp_type_TypeError, "compile() argument 'mode' must be str, not %s",
                      mp_type_of(mode)->name);
        goto done;
    }
    if (int_arg(flags_o, 0, &flags) < 0 || int_arg(dont_inherit, 0, &ignored) < 0 ||
        int_arg(optimize_o, -1, &optimize) < 0 || int_arg(feature, -1, &ignored) < 0)
        goto done;
    if (flags & ~CF_VALID) {
        mp_err_set_str(&mp_type_ValueError, "compile(): unrecognised flags");
        goto done;
    }
    if (optimize < -1 || optimize > 2) {
        mp_err_set_str(&mp_type_ValueError, "compile(): invalid optimize value");
        goto done;
    }
    mp_parse_mode pm;
    if (mp_str_eq_cstr(mode, "exec"))
        pm = MP_PARSE_FILE;
    else if (mp_str_eq_cstr(mode, "eval"))
        pm = MP_PARSE_EVAL;
    else if (mp_str_eq_cstr(mode, "single"))
        pm = MP_PARSE_SINGLE;
    else {
        if (mp_str_eq_cstr(mode, "func_type"))
            mp_err_set_str(&mp_type_ValueError, (flags & CF_ONLY_AST)
                               ? "compile(): minipy does not support mode 'func_type'"
                               : "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
        else
            mp_err_set_str(&mp_type_ValueError,
                           (flags & CF_ONLY_AST)
                               ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
                               : "compile() mode must be 'exec', 'eval' or 'single'");
        goto done;
    }
    if (check_flags(flags) < 0)
        goto done;
    source s;
    if (get_source(src, "compile", "string, bytes or AST", mp_str_utf8(filename), &s) < 0)
        goto done;
    r = (mp_obj)mp_compile_source(s.text, s.len, mp_str_utf8(filename), pm | s.str,
                                  optimize < 0 ? 0 : optimize);
    mp_xdecref(s.owner);
done:
    mp_decref(filename);
    return r;
}
