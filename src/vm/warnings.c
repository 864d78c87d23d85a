/* Warnings with the default filters (warnings.h): printed once per
 * location as "file:line: Category: message" plus the source line, the
 * way CPython's warnings module shows them; "error" filters (set by the
 * warnings module in Python, later) turn them into exceptions. */
#include <stdarg.h>
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/buf.h"
#include "minipy/descr.h"
#include "minipy/dict.h"
#include "minipy/exc.h"
#include "minipy/fileio.h"
#include "minipy/frame.h"
#include "minipy/int.h"
#include "minipy/set.h"
#include "minipy/singletons.h"
#include "minipy/sourcecache.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"
#include "minipy/warnings.h"

/* (filename, lineno, category, text) already shown: the "default" action. */
static mp_obj shown;

int mp_warn(mp_type *category, mp_obj message, int stacklevel)
{
    return mp_warn_with_note(category, message, stacklevel, NULL);
}

int mp_warn_with_note(mp_type *category, mp_obj message, int stacklevel, const char *note)
{
    /* CPython's default filters ignore these three categories. */
    if (mp_type_is_subtype(category, &mp_type_ResourceWarning) ||
        mp_type_is_subtype(category, &mp_type_ImportWarning) ||
        mp_type_is_subtype(category, &mp_type_PendingDeprecationWarning))
        return 0;
    mp_tstate *ts = mp_ts();
    mp_frame *f = ts ? ts->frame : NULL;
    while (f && stacklevel > 1) {
        f = f->previous;
        stacklevel--;
    }
    const char *file = "sys";
    int line = 1;
    mp_obj filename = NULL;
    if (f && f->code) {
        filename = f->code->filename;
        file = mp_str_utf8(filename);
        line = mp_frame_lineno(f);
    }
    if (!shown && !(shown = mp_set_new(NULL)))
        return -1;
    mp_obj key = mp_str_from_format("%s:%d:%s:%U", file, line, category->name, message);
    if (!key)
        return -1;
    int seen = mp_set_contains(shown, key);
    if (seen == 0)
        seen = mp_set_add(shown, key) < 0 ? -1 : 0;
    mp_decref(key);
    if (seen != 0)
        return seen < 0 ? -1 : 0;
    mp_buf b = MP_BUF_INIT;
    mp_obj qual = mp_type_qualname(category);
    mp_buf_printf(&b, "%s:%d: %s: %s\n", file, line, qual ? mp_str_utf8(qual) : category->name,
                  mp_str_utf8(message));
    mp_xdecref(qual);
    size_t len;
    const char *src = filename ? mp_source_line_shown(filename, line, &len) : NULL;
    if (src) {
        while (len && (*src == ' ' || *src == '\t')) {
            src++;
            len--;
        }
        mp_buf_puts(&b, "  ");
        mp_buf_append(&b, src, len);
        mp_buf_puts(&b, "\n");
    }
    if (note)
        mp_buf_puts(&b, note);
    if (b.data)
        mp_write_stderr(NULL, b.data, b.len);
    mp_buf_free(&b);
    return 0;
}

int mp_warn_format(mp_type *category, int stacklevel, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    mp_obj msg = mp_str_from_vformat(fmt, ap);
    va_end(ap);
    if (!msg)
        return -1;
    int r = mp_warn(category, msg, stacklevel);
    mp_decref(msg);
    return r;
}

void mp_warnings_fini(void)
{
    MP_CLEAR(shown);
}
