/* Parser errors as exceptions: the SyntaxError (IndentationError,
 * TabError) objects CPython's parser raises, built from an
 * mp_syntax_error (parser.h). */
#include <string.h>

#include "minipy/compile.h"
#include "minipy/exc.h"
#include "minipy/int.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

/* The characters CPython counts in the first n bytes of a source line,
 * text followed by its newline and the NUL after it (as
 * _PyPegen_byte_offset_to_character_offset decodes them, with "replace":
 * a character cut short counts as one). */
static long chars_in(const char *text, long n)
{
    long len = (long)strlen(text), count = 0;
    for (long i = 0; i < n && i < len; i++)
        if (((unsigned char)text[i] & 0xC0) != 0x80)
            count++;
    if (n > len)
        count += n - len > 2 ? 2 : n - len;
    return count;
}

/* CPython's parser reports columns counted from 1: in characters, or,
 * for a source whose encoding it does not know, the byte offsets as they
 * are (err->byte_columns).  An unknown end column is 0 (end_col_offset
 * -1) or -1 (-2), as the parser recorded it. */
static mp_obj column(const mp_syntax_error *err, int col)
{
    if (col < 0 || err->byte_columns || !err->text)
        return mp_int_from_ssize(col + 1);
    return mp_int_from_ssize(chars_in(err->text, col + 1));
}

mp_obj mp_syntax_error_to_exc(const mp_syntax_error *err)
{
    if (err->kind == MP_ERR_MEMORY) {
        mp_obj args = mp_tuple_new(0);
        mp_obj exc = args ? mp_exc_new(&mp_type_MemoryError, args) : NULL;
        mp_xdecref(args);
        return exc;
    }
    mp_type *type = err->kind == MP_ERR_INDENTATION ? &mp_type_IndentationError
                    : err->kind == MP_ERR_TAB       ? &mp_type_TabError
                                                    : &mp_type_SyntaxError;
    mp_obj msg = mp_str_from_cstr(err->msg);
    if (!msg)
        return NULL;
    if (err->lineno <= 0) {
        /* "Non-UTF-8 code starting with ..." has no location. */
        mp_obj args = mp_tuple_pack(1, msg);
        mp_decref(msg);
        mp_obj exc = args ? mp_exc_new(type, args) : NULL;
        mp_xdecref(args);
        return exc;
    }
    mp_obj text;
    if (err->text) {
        /* SyntaxError.text keeps the line's newline, mostly (see
         * text_no_newline). */
        size_t n = strlen(err->text);
        mp_obj line = mp_str_decode_utf8(err->text, n, "replace");
        if (line && !err->text_no_newline) {
            mp_obj nl = mp_str_from_cstr("\n");
            text = nl ? mp_str_concat(line, nl) : NULL;
            mp_decref(line);
            mp_xdecref(nl);
        } else {
            text = line;
        }
    } else {
        text = mp_newref(mp_none);
    }
    mp_obj filename = mp_str_from_cstr(err->filename ? err->filename : "<unknown>");
    mp_obj lineno = mp_int_from_ssize(err->lineno);
    mp_obj offset = column(err, err->col_offset);
    mp_obj end_lineno = mp_int_from_ssize(err->end_lineno ? err->end_lineno : err->lineno);
    mp_obj end_offset = column(err, err->end_col_offset);
    mp_obj exc = NULL;
    if (text && filename && lineno && offset && end_lineno && end_offset) {
        mp_obj loc = mp_tuple_pack(6, filename, lineno, offset, text, end_lineno, end_offset);
        mp_obj args = loc ? mp_tuple_pack(2, msg, loc) : NULL;
        if (args)
            exc = mp_exc_new(type, args);
        mp_xdecref(loc);
        mp_xdecref(args);
    }
    mp_decref(msg);
    mp_xdecref(text);
    mp_xdecref(filename);
    mp_xdecref(lineno);
    mp_xdecref(offset);
    mp_xdecref(end_lineno);
    mp_xdecref(end_offset);
    return exc;
}

mp_obj mp_syntax_error_raise(const mp_syntax_error *err)
{
    mp_obj exc = mp_syntax_error_to_exc(err);
    if (exc) {
        mp_err_set_exc(exc);
        mp_decref(exc);
    }
    return NULL;
}
