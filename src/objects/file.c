/* File objects (fileio.h): buffered reads and writes over a descriptor,
 * text or binary.
 *
 * Text files keep the file's own bytes in their buffers (so that tell()
 * is a byte offset, as CPython's cookie is for these codecs) and decode
 * what a read returns.  Reading by lines or characters works on the bytes
 * for UTF-8 and the one-byte codecs (ASCII, Latin-1), whose newlines are
 * the bytes '\n' and '\r'; UTF-16 and UTF-32 files are read whole only.
 * newline= follows CPython: None translates \r and \r\n to \n on input
 * (universal newlines), '' splits lines at all three without translating,
 * '\n', '\r' and '\r\n' split at that one, and '\r' and '\r\n' are what a
 * written '\n' becomes. */
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/array.h"
#include "minipy/buf.h"
#include "minipy/bytes.h"
#include "minipy/dict.h"
#include "minipy/exc.h"
#include "minipy/float.h"
#include "minipy/fileio.h"
#include "minipy/gil.h"
#include "minipy/int.h"
#include "minipy/list.h"
#include "minipy/mem.h"
#include "minipy/memoryview.h"
#include "minipy/names.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

typedef struct mp_file {
    mp_object ob;
    int fd;
    mp_obj name;
    mp_obj mode;
    char binary, readable, writable, seekable_known, closed, closefd, line_buffering, eof;
    char codec;          /* text files: CODEC_UTF8, CODEC_BYTE or CODEC_WIDE */
    char newline;        /* text files: NL_TRANSLATE (None), NL_UNIVERSAL (''), NL_LF... */
    char bom_pending;    /* a wide codec's BOM still to write before the first text */
    char seennl;         /* SEEN_CR | SEEN_LF | SEEN_CRLF: the newlines read, for f.newlines */
    char pendingcr;      /* the last byte read in was a \r (it may begin a \r\n) */
    mp_obj encoding;     /* text files: the encoding's name, as given */
    mp_obj errors;       /* text files: the error handler's name */
    char *wbuf;
    size_t wlen, wcap;
    char flushing;       /* a thread is writing the buffer out, with the GIL released */
    char *rbuf;
    size_t rpos, rlen, rcap;
    mp_obj dict;
    mp_obj weakreflist;
} mp_file;

#define FILE_OBJ(o) ((mp_file *)(o))

enum { CODEC_UTF8, CODEC_BYTE, CODEC_WIDE };
enum { NL_TRANSLATE, NL_UNIVERSAL, NL_LF, NL_CR, NL_CRLF };
enum { SEEN_CR = 1, SEEN_LF = 2, SEEN_CRLF = 4 };

/* Universal newlines note which kinds of newline came in, as CPython's
 * decoder does for each chunk it decodes: so f.newlines covers what has
 * been read into the buffer, a little ahead of what was returned. */
static void note_newlines(struct mp_file *f, const char *p, size_t n);

static int is_file(mp_obj o)
{
    mp_type *t = mp_type_of(o);
    return t == &mp_type_textio || t == &mp_type_buffered_reader ||
           t == &mp_type_buffered_writer || t == &mp_type_buffered_random;
}

static mp_obj unsupported(const char *what)
{
    return mp_err_set_str(&mp_type_unsupported_operation, what);
}

static intptr_t f_len(mp_obj o)
{
    return mp_str_check(o) ? mp_str_len(o) : MP_BYTES_LEN(o);
}

static int check_open(mp_file *f)
{
    if (f->closed) {
        mp_err_set_str(&mp_type_ValueError, "I/O operation on closed file.");
        return -1;
    }
    return 0;
}

/* ---- low-level I/O -------------------------------------------------------------------- */

static int write_all(mp_file *f, const char *p, size_t n)
{
    while (n > 0) {
        ssize_t w;
        MP_BEGIN_ALLOW_THREADS
        w = write(f->fd, p, n);
        MP_END_ALLOW_THREADS
        if (w < 0) {
            if (errno == EINTR)
                continue;
            mp_err_from_errno(&mp_type_OSError, NULL);
            return -1;
        }
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

/* write_all() lets other threads run while it writes (it releases the
 * GIL), and they may write to this file meanwhile: the buffer leaves the
 * file while it is written out (the others start a new one), and a second
 * flush waits for the first, so that output is neither lost nor mixed up
 * (CPython's buffered files hold a lock for the same reason). */
static int flush_writes(mp_file *f)
{
    while (f->flushing) {
        MP_BEGIN_ALLOW_THREADS
        usleep(100);
        MP_END_ALLOW_THREADS
    }
    if (f->wlen == 0)
        return 0;
    char *buf = f->wbuf;
    size_t n = f->wlen, cap = f->wcap;
    f->wbuf = NULL;
    f->wlen = f->wcap = 0;
    f->flushing = 1;
    int r = write_all(f, buf, n);
    f->flushing = 0;
    if (!f->wbuf) {
        f->wbuf = buf;
        f->wcap = cap;
    } else {
        mp_free(buf);
    }
    return r;
}

int mp_file_flush(mp_obj file)
{
    if (is_file(file)) {
        mp_file *f = FILE_OBJ(file);
        if (f->closed)
            return 0;
        return flush_writes(f);
    }
    mp_obj r = mp_call_method(file, "flush", NULL, 0);
    if (!r)
        return -1;
    mp_decref(r);
    return 0;
}

static int buffered_write(mp_file *f, const char *p, size_t n)
{
    /* Nothing to add; the buffer may not exist yet (memcpy into NULL). */
    if (n == 0)
        return 0;
    if (f->wlen + n > f->wcap) {
        if (flush_writes(f) < 0)
            return -1;
        if (n >= 8192)
            return write_all(f, p, n);
        if (!f->wbuf) {
            f->wcap = 8192;
            f->wbuf = mp_malloc(f->wcap);
            if (!f->wbuf) {
                mp_err_no_memory();
                return -1;
            }
        }
    }
    memcpy(f->wbuf + f->wlen, p, n);
    f->wlen += n;
    if (f->line_buffering && memchr(p, '\n', n))
        return flush_writes(f);
    return 0;
}

/* Fills the read buffer; 0 at end of file, -1 on error, else bytes added. */
static ssize_t fill(mp_file *f)
{
    if (f->rpos > 0 && f->rpos == f->rlen)
        f->rpos = f->rlen = 0;
    if (f->rlen == f->rcap) {
        size_t cap = f->rcap ? f->rcap * 2 : 8192;
        if (f->rpos > 0) {
            memmove(f->rbuf, f->rbuf + f->rpos, f->rlen - f->rpos);
            f->rlen -= f->rpos;
            f->rpos = 0;
            cap = f->rcap ? f->rcap : 8192;
        }
        if (f->rlen == cap || !f->rbuf) {
            char *nb = mp_realloc(f->rbuf, cap);
            if (!nb) {
                mp_err_no_memory();
                return -1;
            }
            f->rbuf = nb;
            f->rcap = cap;
        }
    }
    for (;;) {
        ssize_t r;
        MP_BEGIN_ALLOW_THREADS
        r = read(f->fd, f->rbuf + f->rlen, f->rcap - f->rlen);
        MP_END_ALLOW_THREADS
        if (r < 0) {
            if (errno == EINTR)
                continue;
            mp_err_from_errno(&mp_type_OSError, NULL);
            return -1;
        }
        if (!f->binary && (f->newline == NL_TRANSLATE || f->newline == NL_UNIVERSAL))
            note_newlines(f, f->rbuf + f->rlen, (size_t)r);
        else if (r == 0 && f->pendingcr) {
            f->seennl |= SEEN_CR;
            f->pendingcr = 0;
        }
        f->rlen += (size_t)r;
        return r;
    }
}

/* Before reading, pending writes go out (files opened for both). */
static int prepare_read(mp_file *f)
{
    if (check_open(f) < 0)
        return -1;
    if (!f->readable) {
        /* CPython's buffered files name the method, its text files say this. */
        unsupported(f->binary ? "read" : "not readable");
        return -1;
    }
    /* Reading from stdin shows what was printed first. */
    if (f->fd == 0)
        mp_stdio_flush_stdout();
    return flush_writes(f);
}

static void note_newlines(mp_file *f, const char *p, size_t n)
{
    if (n == 0) {
        if (f->pendingcr)
            f->seennl |= SEEN_CR;
        f->pendingcr = 0;
        return;
    }
    size_t i = 0;
    if (f->pendingcr) {
        f->seennl |= p[0] == '\n' ? SEEN_CRLF : SEEN_CR;
        i = p[0] == '\n';
        f->pendingcr = 0;
    }
    for (; i < n; i++) {
        if (p[i] == '\n') {
            f->seennl |= SEEN_LF;
        } else if (p[i] == '\r') {
            if (i + 1 == n)
                f->pendingcr = 1;
            else if (p[i + 1] == '\n') {
                f->seennl |= SEEN_CRLF;
                i++;
            } else {
                f->seennl |= SEEN_CR;
            }
        }
    }
}

/* The next byte of the file without taking it: 0..255, -1 at end of
 * file, -2 on error. */
static int peek_byte(mp_file *f)
{
    if (f->rpos == f->rlen) {
        ssize_t r = fill(f);
        if (r < 0)
            return -2;
        if (r == 0)
            return -1;
    }
    return (unsigned char)f->rbuf[f->rpos];
}

/* Reads bytes of a binary file up to and including the next \n, or limit
 * bytes (limit < 0: no limit), or to the end of the file. */
static int read_line_binary(mp_file *f, mp_buf *out, intptr_t limit)
{
    for (;;) {
        char *start = f->rbuf + f->rpos;
        size_t avail = f->rlen - f->rpos;
        if (limit >= 0 && (size_t)limit - out->len < avail)
            avail = (size_t)limit - out->len;
        char *nl = avail ? memchr(start, '\n', avail) : NULL;
        size_t take = nl ? (size_t)(nl - start) + 1 : avail;
        mp_buf_append(out, start, take);
        f->rpos += take;
        if (nl || (limit >= 0 && out->len >= (size_t)limit))
            return 0;
        ssize_t r = fill(f);
        if (r < 0)
            return -1;
        if (r == 0)
            return 0;
    }
}

/* Reads the bytes of text: at most limit characters (limit < 0: no
 * limit), and when `line` only up to the end of the first line, as the
 * newline mode defines lines.  With newline=None a \r\n pair is one
 * character (it becomes \n).  The bytes are left untranslated. */
static int read_text(mp_file *f, mp_buf *out, intptr_t limit, int line)
{
    intptr_t chars = 0;
    for (;;) {
        int c = peek_byte(f);
        if (c == -2)
            return -1;
        if (c == -1)
            return 0;
        if (limit < 0) {
            /* No characters to count: take the run of bytes up to the
             * next \r or \n at once. */
            const char *p = f->rbuf + f->rpos, *end = f->rbuf + f->rlen, *q = p;
            while (q < end && *q != '\n' && *q != '\r')
                q++;
            mp_buf_append(out, p, (size_t)(q - p));
            f->rpos += (size_t)(q - p);
            if (q == end)
                continue;
            c = (unsigned char)*q;
        }
        /* A UTF-8 continuation byte belongs to the character before. */
        int starts_char = f->codec != CODEC_UTF8 || (c & 0xC0) != 0x80;
        if (starts_char && limit >= 0 && chars >= limit)
            return 0;
        mp_buf_putc(out, (char)c);
        f->rpos++;
        chars += starts_char;
        if (c == '\r' && (f->newline == NL_TRANSLATE || (line && f->newline == NL_UNIVERSAL))) {
            /* \r\n is one line end: take the \n with it. */
            int next = peek_byte(f);
            if (next == -2)
                return -1;
            if (next == '\n') {
                mp_buf_putc(out, '\n');
                f->rpos++;
                chars += f->newline != NL_TRANSLATE;
            }
            if (line)
                return 0;
            continue;
        }
        if (!line)
            continue;
        switch (f->newline) {
        case NL_CR:
            if (c == '\r')
                return 0;
            break;
        case NL_CRLF:
            if (c == '\n' && out->len >= 2 && out->data[out->len - 2] == '\r')
                return 0;
            break;
        default:
            if (c == '\n')
                return 0;
            break;
        }
    }
}

static int read_all_bytes(mp_file *f, mp_buf *out)
{
    for (;;) {
        mp_buf_append(out, f->rbuf + f->rpos, f->rlen - f->rpos);
        f->rpos = f->rlen;
        ssize_t r = fill(f);
        if (r < 0)
            return -1;
        if (r == 0)
            return 0;
    }
}

/* Universal newlines: \r\n and lone \r become \n. */
static void translate_newlines(mp_buf *b)
{
    if (!b->data)
        return;
    size_t j = 0;
    for (size_t i = 0; i < b->len; i++) {
        if (b->data[i] == '\r') {
            b->data[j++] = '\n';
            if (i + 1 < b->len && b->data[i + 1] == '\n')
                i++;
        } else {
            b->data[j++] = b->data[i];
        }
    }
    b->len = j;
    b->data[j] = '\0';
}

/* The object a read returns: bytes, or the text decoded (and with
 * newline=None translated). */
static mp_obj finish_read(mp_file *f, mp_buf *b)
{
    if (b->failed) {
        mp_buf_free(b);
        return mp_err_no_memory();
    }
    if (f->binary) {
        mp_obj r = mp_bytes_new(b->data ? b->data : "", (intptr_t)b->len);
        mp_buf_free(b);
        return r;
    }
    const char *errors = mp_str_utf8(f->errors);
    mp_obj r;
    if (f->codec == CODEC_WIDE) {
        /* Newlines are known only once decoded. */
        r = mp_str_decode(b->data ? b->data : "", b->len, mp_str_utf8(f->encoding), errors);
        mp_buf_free(b);
        if (r && f->newline == NL_TRANSLATE && memchr(mp_str_utf8(r), '\r', mp_str_nbytes(r))) {
            mp_buf t = MP_BUF_INIT;
            mp_buf_append(&t, mp_str_utf8(r), mp_str_nbytes(r));
            mp_decref(r);
            translate_newlines(&t);
            if (t.failed) {
                mp_buf_free(&t);
                return mp_err_no_memory();
            }
            r = mp_str_new(t.data, t.len);
            mp_buf_free(&t);
        }
        return r;
    }
    if (f->newline == NL_TRANSLATE)
        translate_newlines(b);
    if (f->codec == CODEC_UTF8 && strcmp(errors, "strict") == 0)
        r = mp_str_decode_utf8(b->data ? b->data : "", b->len, "strict");
    else
        r = mp_str_decode(b->data ? b->data : "", b->len, mp_str_utf8(f->encoding), errors);
    mp_buf_free(b);
    return r;
}

/* Reading a wide codec's text in pieces would split its characters. */
static int whole_reads_only(mp_file *f, const char *what)
{
    if (!f->binary && f->codec == CODEC_WIDE) {
        mp_err_format(&mp_type_NotImplementedError,
                      "minipy reads %U files only whole (read() without a size), not by %s",
                      f->encoding, what);
        return -1;
    }
    return 0;
}

/* ---- methods --------------------------------------------------------------------------- */

static int size_arg(mp_obj const *args, size_t nargs, intptr_t *n)
{
    *n = -1;
    if (nargs == 1 && args[0] != mp_none) {
        if (!mp_index_check(args[0]) || mp_float_check(args[0])) {
            mp_err_format(&mp_type_TypeError, "argument should be integer or None, not '%s'",
                          mp_type_of(args[0])->name);
            return -1;
        }
        *n = mp_number_as_ssize(args[0], &mp_type_OverflowError);
        if (*n == -1 && mp_err_occurred())
            return -1;
    }
    return 0;
}

static mp_obj file_read(mp_obj self, mp_obj const *args, size_t nargs)
{
    mp_file *f = FILE_OBJ(self);
    intptr_t n;
    if (mp_arg_check_count("read", nargs, 0, 1) < 0 || prepare_read(f) < 0 ||
        size_arg(args, nargs, &n) < 0)
        return NULL;
    mp_buf b = MP_BUF_INIT;
    if (n < 0) {
        if (read_all_bytes(f, &b) < 0) {
            mp_buf_free(&b);
            return NULL;
        }
        return finish_read(f, &b);
    }
    if (!f->binary) {
        if (whole_reads_only(f, "characters") < 0 || read_text(f, &b, n, 0) < 0) {
            mp_buf_free(&b);
            return NULL;
        }
        return finish_read(f, &b);
    }
    while ((intptr_t)b.len < n) {
        size_t avail = f->rlen - f->rpos;
        if (avail == 0) {
            ssize_t r = fill(f);
            if (r < 0) {
                mp_buf_free(&b);
                return NULL;
            }
            if (r == 0)
                break;
            continue;
        }
        size_t take = (size_t)n - b.len < avail ? (size_t)n - b.len : avail;
        mp_buf_append(&b, f->rbuf + f->rpos, take);
        f->rpos += take;
    }
    return finish_read(f, &b);
}

static mp_obj file_readline(mp_obj self, mp_obj const *args, size_t nargs)
{
    mp_file *f = FILE_OBJ(self);
    intptr_t limit;
    if (mp_arg_check_count("readline", nargs, 0, 1) < 0 || prepare_read(f) < 0 ||
        size_arg(args, nargs, &limit) < 0 || whole_reads_only(f, "lines") < 0)
        return NULL;
    mp_buf b = MP_BUF_INIT;
    if ((f->binary ? read_line_binary(f, &b, limit) : read_text(f, &b, limit, 1)) < 0) {
        mp_buf_free(&b);
        return NULL;
    }
    return finish_read(f, &b);
}

static mp_obj file_iternext(mp_obj self)
{
    mp_obj line = file_readline(self, NULL, 0);
    if (!line)
        return NULL;
    intptr_t n = f_len(line);
    if (n == 0) {
        mp_decref(line);
        return NULL;
    }
    return line;
}

/* readlines(hint=-1): the lines, stopping once they total hint or more. */
static mp_obj file_readlines(mp_obj self, mp_obj const *args, size_t nargs)
{
    intptr_t hint;
    if (mp_arg_check_count("readlines", nargs, 0, 1) < 0 || size_arg(args, nargs, &hint) < 0)
        return NULL;
    mp_obj l = mp_list_new(0);
    if (!l)
        return NULL;
    intptr_t total = 0;
    for (;;) {
        if (hint > 0 && total >= hint)
            return l;
        mp_obj line = file_readline(self, NULL, 0);
        if (!line) {
            mp_decref(l);
            return NULL;
        }
        if (f_len(line) == 0) {
            mp_decref(line);
            return l;
        }
        total += f_len(line);
        int r = mp_list_append(l, line);
        mp_decref(line);
        if (r < 0) {
            mp_decref(l);
            return NULL;
        }
    }
}

/* Writes the UTF-8 text s (n bytes) to a text file: newlines translated
 * as newline= asks, encoded in the file's encoding. */
static int text_write(mp_file *f, const char *s, size_t n)
{
    const char *errors = mp_str_utf8(f->errors);
    int translate = f->newline == NL_CR || f->newline == NL_CRLF;
    /* The common case: UTF-8 text that is valid as it is. */
    if (f->codec == CODEC_UTF8 && !translate && strcmp(errors, "strict") == 0) {
        int plain = 1;
        for (size_t i = 0; i < n && plain; i++)
            plain = (unsigned char)s[i] < 0x80;
        if (plain)
            return buffered_write(f, s, n);
    }
    mp_buf t = MP_BUF_INIT;
    if (translate) {
        const char *nl = f->newline == NL_CR ? "\r" : "\r\n";
        for (size_t i = 0; i < n; i++) {
            if (s[i] == '\n')
                mp_buf_puts(&t, nl);
            else
                mp_buf_putc(&t, s[i]);
        }
        if (t.failed) {
            mp_buf_free(&t);
            mp_err_no_memory();
            return -1;
        }
        s = t.data ? t.data : "";
        n = t.len;
    }
    /* s is a str's own bytes (lone surrogates included). */
    mp_obj str = mp_str_new(s, n);
    mp_buf_free(&t);
    if (!str)
        return -1;
    mp_obj enc = mp_str_encode(str, mp_str_utf8(f->encoding), errors);
    mp_decref(str);
    if (!enc)
        return -1;
    const char *d = MP_BYTES_DATA(enc);
    intptr_t len = MP_BYTES_LEN(enc);
    if (f->codec == CODEC_WIDE) {
        /* A codec with a byte order mark writes it once, at the start. */
        mp_obj empty = mp_str_new("", 0);
        mp_obj bom = empty ? mp_str_encode(empty, mp_str_utf8(f->encoding), "strict") : NULL;
        mp_xdecref(empty);
        if (!bom) {
            mp_decref(enc);
            return -1;
        }
        if (!f->bom_pending && MP_BYTES_LEN(bom) <= len) {
            d += MP_BYTES_LEN(bom);
            len -= MP_BYTES_LEN(bom);
        }
        mp_decref(bom);
    }
    f->bom_pending = 0;
    int r = buffered_write(f, d, (size_t)len);
    mp_decref(enc);
    return r;
}

static mp_obj file_write(mp_obj self, mp_obj data)
{
    mp_file *f = FILE_OBJ(self);
    if (check_open(f) < 0)
        return NULL;
    if (!f->writable)
        return unsupported(f->binary ? "write" : "not writable");
    if (f->binary) {
        mp_bytes_buffer b;
        int got = mp_bytes_buffer_get(data, &b);
        if (got < 0)
            return NULL;
        if (!got)
            return mp_err_format(&mp_type_TypeError, "a bytes-like object is required, not '%s'",
                                 mp_type_of(data)->name);
        int r = buffered_write(f, b.data, (size_t)b.len);
        intptr_t n = b.len;
        mp_bytes_buffer_release(&b);
        if (r < 0)
            return NULL;
        return mp_int_from_ssize(n);
    }
    if (!mp_str_check(data))
        return mp_err_format(&mp_type_TypeError, "write() argument must be str, not %s",
                             mp_type_of(data)->name);
    if (text_write(f, mp_str_utf8(data), mp_str_nbytes(data)) < 0)
        return NULL;
    return mp_int_from_ssize(mp_str_len(data));
}

static mp_obj file_writelines(mp_obj self, mp_obj lines)
{
    mp_obj it = mp_obj_getiter(lines);
    if (!it)
        return NULL;
    mp_obj line;
    while ((line = mp_iter_next(it))) {
        mp_obj r = file_write(self, line);
        mp_decref(line);
        if (!r) {
            mp_decref(it);
            return NULL;
        }
        mp_decref(r);
    }
    mp_decref(it);
    if (mp_err_occurred())
        return NULL;
    MP_RETURN_NONE;
}

static mp_obj file_flush_method(mp_obj self)
{
    mp_file *f = FILE_OBJ(self);
    if (check_open(f) < 0 || flush_writes(f) < 0)
        return NULL;
    MP_RETURN_NONE;
}

static int file_close_impl(mp_file *f)
{
    if (f->closed)
        return 0;
    int r = flush_writes(f);
    f->closed = 1;
    if (f->closefd && f->fd > 2 && close(f->fd) < 0 && r == 0) {
        mp_err_from_errno(&mp_type_OSError, NULL);
        r = -1;
    }
    return r;
}

static mp_obj file_close(mp_obj self)
{
    if (file_close_impl(FILE_OBJ(self)) < 0)
        return NULL;
    MP_RETURN_NONE;
}

static mp_obj file_seek(mp_obj self, mp_obj const *args, size_t nargs)
{
    mp_file *f = FILE_OBJ(self);
    if (mp_arg_check_count("seek", nargs, 1, 2) < 0 || check_open(f) < 0)
        return NULL;
    intptr_t off, whence = 0;
    if (mp_int_as_ssize(args[0], &off) < 0 || (nargs == 2 && mp_int_as_ssize(args[1], &whence) < 0))
        return NULL;
    if (!f->binary && whence != 0 && off != 0)
        return unsupported(whence == 1 ? "can't do nonzero cur-relative seeks"
                                       : "can't do nonzero end-relative seeks");
    if (flush_writes(f) < 0)
        return NULL;
    if (whence == 1)
        off -= (intptr_t)(f->rlen - f->rpos);
    f->rpos = f->rlen = 0;
    off_t r = lseek(f->fd, (off_t)off, (int)whence);
    if (r < 0)
        return mp_err_from_errno(&mp_type_OSError, NULL);
    return mp_int_from_ll((long long)r);
}

static mp_obj file_tell(mp_obj self)
{
    mp_file *f = FILE_OBJ(self);
    if (check_open(f) < 0)
        return NULL;
    off_t r = lseek(f->fd, 0, SEEK_CUR);
    if (r < 0)
        return mp_err_from_errno(&mp_type_OSError, NULL);
    return mp_int_from_ll((long long)r + (long long)f->wlen - (long long)(f->rlen - f->rpos));
}

/* truncate(size=None): the file cut (or zero-extended) to size bytes, by
 * default at the current position, which does not move. */
static mp_obj file_truncate(mp_obj self, mp_obj const *args, size_t nargs)
{
    mp_file *f = FILE_OBJ(self);
    if (mp_arg_check_count("truncate", nargs, 0, 1) < 0 || check_open(f) < 0)
        return NULL;
    if (!f->writable)
        return unsupported("truncate");
    if (flush_writes(f) < 0)
        return NULL;
    off_t here = lseek(f->fd, 0, SEEK_CUR);
    if (here < 0)
        return mp_err_from_errno(&mp_type_OSError, NULL);
    /* What was read ahead is dropped: the position is the logical one. */
    here -= (off_t)(f->rlen - f->rpos);
    f->rpos = f->rlen = 0;
    if (lseek(f->fd, here, SEEK_SET) < 0)
        return mp_err_from_errno(&mp_type_OSError, NULL);
    intptr_t size = (intptr_t)here;
    if (nargs == 1 && args[0] != mp_none) {
        if (!mp_index_check(args[0]) || mp_float_check(args[0]))
            return mp_err_format(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer",
                                 mp_type_of(args[0])->name);
        size = mp_number_as_ssize(args[0], &mp_type_OverflowError);
        if (size == -1 && mp_err_occurred())
            return NULL;
    }
    if (ftruncate(f->fd, (off_t)size) < 0)
        return mp_err_from_errno(&mp_type_OSError, NULL);
    return mp_int_from_ssize(size);
}

/* readinto(b): reads into a writable bytes-like object (binary files). */
static mp_obj file_readinto(mp_obj self, mp_obj buffer)
{
    mp_file *f = FILE_OBJ(self);
    if (prepare_read(f) < 0)
        return NULL;
    int writable = mp_bytearray_check(buffer) || mp_array_check(buffer) ||
                   (mp_memoryview_check(buffer) && !((mp_memoryview *)buffer)->readonly);
    if (!writable)
        return mp_err_format(&mp_type_TypeError,
                             "readinto() argument must be read-write bytes-like object, not %s",
                             mp_type_of(buffer)->name);
    mp_bytes_buffer b;
    if (mp_bytes_buffer_get(buffer, &b) < 0)
        return NULL;
    char *dst = (char *)b.data;
    intptr_t got = 0;
    while (got < b.len) {
        size_t avail = f->rlen - f->rpos;
        if (avail == 0) {
            ssize_t r = fill(f);
            if (r < 0) {
                mp_bytes_buffer_release(&b);
                return NULL;
            }
            if (r == 0)
                break;
            continue;
        }
        size_t take = (size_t)(b.len - got) < avail ? (size_t)(b.len - got) : avail;
        memcpy(dst + got, f->rbuf + f->rpos, take);
        f->rpos += take;
        got += (intptr_t)take;
    }
    mp_bytes_buffer_release(&b);
    return mp_int_from_ssize(got);
}

static mp_obj file_fileno(mp_obj self)
{
    mp_file *f = FILE_OBJ(self);
    if (check_open(f) < 0)
        return NULL;
    return mp_small(f->fd);
}

static mp_obj file_isatty(mp_obj self)
{
    mp_file *f = FILE_OBJ(self);
    if (check_open(f) < 0)
        return NULL;
    return mp_bool(isatty(f->fd));
}

static mp_obj file_readable(mp_obj self)
{
    if (check_open(FILE_OBJ(self)) < 0)
        return NULL;
    return mp_bool(FILE_OBJ(self)->readable);
}

static mp_obj file_writable(mp_obj self)
{
    if (check_open(FILE_OBJ(self)) < 0)
        return NULL;
    return mp_bool(FILE_OBJ(self)->writable);
}

static mp_obj file_seekable(mp_obj self)
{
    if (check_open(FILE_OBJ(self)) < 0)
        return NULL;
    return mp_bool(lseek(FILE_OBJ(self)->fd, 0, SEEK_CUR) >= 0);
}

static mp_obj file_enter(mp_obj self)
{
    if (check_open(FILE_OBJ(self)) < 0)
        return NULL;
    return mp_newref(self);
}

static mp_obj file_exit(mp_obj self, mp_obj const *args, size_t nargs)
{
    return file_close(self);
}

static mp_obj file_iter(mp_obj self)
{
    if (check_open(FILE_OBJ(self)) < 0)
        return NULL;
    return mp_newref(self);
}

/* The methods text and binary files share. */
#define FILE_METHODS \
    {"read", (void (*)(void))file_read, MP_METH_FASTCALL, NULL}, \
    {"readline", (void (*)(void))file_readline, MP_METH_FASTCALL, NULL}, \
    {"readlines", (void (*)(void))file_readlines, MP_METH_FASTCALL, NULL}, \
    {"write", (void (*)(void))file_write, MP_METH_O, NULL}, \
    {"writelines", (void (*)(void))file_writelines, MP_METH_O, NULL}, \
    {"flush", (void (*)(void))file_flush_method, MP_METH_NOARGS, NULL}, \
    {"close", (void (*)(void))file_close, MP_METH_NOARGS, NULL}, \
    {"seek", (void (*)(void))file_seek, MP_METH_FASTCALL, NULL}, \
    {"tell", (void (*)(void))file_tell, MP_METH_NOARGS, NULL}, \
    {"truncate", (void (*)(void))file_truncate, MP_METH_FASTCALL, NULL}, \
    {"fileno", (void (*)(void))file_fileno, MP_METH_NOARGS, NULL}, \
    {"isatty", (void (*)(void))file_isatty, MP_METH_NOARGS, NULL}, \
    {"readable", (void (*)(void))file_readable, MP_METH_NOARGS, NULL}, \
    {"writable", (void (*)(void))file_writable, MP_METH_NOARGS, NULL}, \
    {"seekable", (void (*)(void))file_seekable, MP_METH_NOARGS, NULL}, \
    {"__enter__", (void (*)(void))file_enter, MP_METH_NOARGS, NULL}, \
    {"__exit__", (void (*)(void))file_exit, MP_METH_FASTCALL, NULL}

static const mp_method_def text_methods[] = {
    FILE_METHODS,
    {NULL},
};

static const mp_method_def binary_methods[] = {
    FILE_METHODS,
    {"readinto", (void (*)(void))file_readinto, MP_METH_O, NULL},
    {NULL},
};

static mp_obj file_get_closed(mp_obj self, void *c) { return mp_bool(FILE_OBJ(self)->closed); }
static mp_obj file_get_encoding(mp_obj self, void *c) { return mp_newref(FILE_OBJ(self)->encoding); }
static mp_obj file_get_errors(mp_obj self, void *c) { return mp_newref(FILE_OBJ(self)->errors); }
static mp_obj file_get_newlines(mp_obj self, void *c)
{
    static const char *const kinds[] = {"\r", "\n", "\r\n"};
    int seen = FILE_OBJ(self)->seennl, n = 0;
    mp_obj found[3];
    for (int k = 0; k < 3; k++)
        if (seen & (1 << k))
            found[n++] = mp_str_intern(kinds[k]);
    if (n == 0)
        MP_RETURN_NONE;
    if (n == 1)
        return mp_newref(found[0]);
    return mp_tuple_from_array(found, n);
}

static mp_obj file_get_line_buffering(mp_obj self, void *c)
{
    return mp_bool(FILE_OBJ(self)->line_buffering);
}

static const mp_getset_def text_getsets[] = {
    {"closed", file_get_closed, NULL, NULL, NULL},
    {"encoding", file_get_encoding, NULL, NULL, NULL},
    {"errors", file_get_errors, NULL, NULL, NULL},
    {"line_buffering", file_get_line_buffering, NULL, NULL, NULL},
    {"newlines", file_get_newlines, NULL, NULL, NULL},
    {NULL},
};

static const mp_getset_def binary_getsets[] = {
    {"closed", file_get_closed, NULL, NULL, NULL},
    {NULL},
};

static const mp_member_def file_members[] = {
    {"name", MP_MEMBER_OBJ, offsetof(mp_file, name), 0, NULL},
    {"mode", MP_MEMBER_OBJ, offsetof(mp_file, mode), 1, NULL},
    {NULL},
};

static mp_obj file_repr(mp_obj self)
{
    mp_file *f = FILE_OBJ(self);
    const char *tname = mp_type_of(self)->name;
    if (f->binary)
        return mp_str_from_format("<%s name=%R>", tname, f->name);
    return mp_str_from_format("<%s name=%R mode=%R encoding=%R>", tname, f->name, f->mode,
                              f->encoding);
}

static void file_dealloc(mp_obj self)
{
    mp_file *f = FILE_OBJ(self);
    if (!f->closed) {
        mp_obj saved = mp_err_fetch();
        if (file_close_impl(f) < 0)
            mp_err_clear();
        mp_err_restore(saved);
    }
    mp_free(f->wbuf);
    mp_free(f->rbuf);
    MP_CLEAR(f->name);
    MP_CLEAR(f->mode);
    MP_CLEAR(f->encoding);
    MP_CLEAR(f->errors);
    MP_CLEAR(f->dict);
    mp_obj_free(self);
}

/* Files come from open() only: wrapping a buffer or a raw stream, as
 * CPython's constructors do, is not supported. */
static mp_obj file_type_new(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return mp_err_format(&mp_type_NotImplementedError,
                         "minipy does not support creating %s objects directly; use open()",
                         type->name);
}

#define FILE_TYPE(var, tname, methods_, getsets_)                                        \
    mp_type var = {                                                            \
        .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},                        \
        .name = tname,                                                         \
        .basicsize = sizeof(mp_file),                                          \
        .dealloc = file_dealloc,                                               \
        .repr = file_repr,                                                     \
        .hash = mp_obj_identity_hash,                                          \
        .getattro = mp_obj_generic_getattr,                                    \
        .setattro = mp_obj_generic_setattr,                                    \
        .iter = file_iter,                                                     \
        .iternext = file_iternext,                                             \
        .new_ = file_type_new,                                                 \
        .methods = methods_,                                                   \
        .members = file_members,                                               \
        .getsets = getsets_,                                                   \
        .dictoffset = offsetof(mp_file, dict),                                 \
        .weaklistoffset = offsetof(mp_file, weakreflist),                      \
    };

FILE_TYPE(mp_type_textio, "_io.TextIOWrapper", text_methods, text_getsets)
FILE_TYPE(mp_type_buffered_reader, "_io.BufferedReader", binary_methods, binary_getsets)
FILE_TYPE(mp_type_buffered_writer, "_io.BufferedWriter", binary_methods, binary_getsets)
FILE_TYPE(mp_type_buffered_random, "_io.BufferedRandom", binary_methods, binary_getsets)

/* io.UnsupportedOperation derives from OSError and ValueError; here
 * from OSError (its second base is added at start-up). */
mp_type mp_type_unsupported_operation = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "io.UnsupportedOperation",
    .basicsize = sizeof(mp_exc_os),
    .flags = MP_TPFLAGS_BASETYPE | MP_TPFLAGS_GC | MP_TPFLAGS_BASE_EXC_SUBCLASS,
    .base = &mp_type_OSError,
};

/* ---- construction ------------------------------------------------------------------------ */

static mp_obj file_new(mp_type *type, int fd, mp_obj name, const char *mode, int readable,
                       int writable, int binary)
{
    mp_file *f = (mp_file *)mp_obj_alloc(type);
    if (!f)
        return NULL;
    f->fd = fd;
    f->name = mp_newref(name);
    f->mode = mp_str_from_cstr(mode);
    if (!f->mode) {
        mp_decref((mp_obj)f);
        return NULL;
    }
    f->readable = (char)readable;
    f->writable = (char)writable;
    f->binary = (char)binary;
    f->closefd = 1;
    if (!binary) {
        /* The standard streams' settings; open() sets its own. */
        f->encoding = mp_str_from_cstr("utf-8");
        f->errors = mp_str_from_cstr(fd == 2 ? "backslashreplace" : "strict");
        if (!f->encoding || !f->errors) {
            mp_decref((mp_obj)f);
            return NULL;
        }
    }
    return (mp_obj)f;
}

mp_obj mp_file_from_fd(int fd, const char *name, const char *mode, int line_buffering)
{
    mp_obj n = mp_str_from_cstr(name);
    if (!n)
        return NULL;
    int w = strchr(mode, 'w') != NULL;
    mp_obj f = file_new(&mp_type_textio, fd, n, mode, !w, w, 0);
    mp_decref(n);
    if (f) {
        FILE_OBJ(f)->line_buffering = (char)line_buffering;
        FILE_OBJ(f)->closefd = 0;
    }
    return f;
}

/* What kind of codec the encoding is (CODEC_UTF8, CODEC_BYTE: one byte per
 * character with ASCII's newlines, CODEC_WIDE), found by encoding two
 * characters with it; LookupError as CPython's open() for a name that is
 * no text encoding. */
static int classify_codec(mp_obj encoding, int *codec)
{
    const char *enc = mp_str_utf8(encoding);
    mp_obj nl = mp_str_new("\n", 1);
    mp_obj r = nl ? mp_str_encode(nl, enc, "strict") : NULL;
    mp_xdecref(nl);
    if (!r) {
        if (mp_err_matches(&mp_type_LookupError)) {
            mp_obj exc = mp_err_fetch();
            mp_obj msg = mp_obj_str(exc);
            int transform = msg && strstr(mp_str_utf8(msg), "is not a text encoding") != NULL;
            mp_xdecref(msg);
            if (transform) {
                mp_decref(exc);
                mp_err_format(&mp_type_LookupError,
                              "%R is not a text encoding; use codecs.open() to handle arbitrary codecs",
                              encoding);
            } else {
                mp_err_restore(exc);
            }
        }
        return -1;
    }
    int ascii_newline = MP_BYTES_LEN(r) == 1 && MP_BYTES_DATA(r)[0] == '\n';
    mp_decref(r);
    if (!ascii_newline) {
        *codec = CODEC_WIDE;
        return 0;
    }
    mp_obj e = mp_str_from_char(0xE9);
    r = e ? mp_str_encode(e, enc, "strict") : NULL;
    mp_xdecref(e);
    if (!r) {
        if (!mp_err_matches(&mp_type_UnicodeEncodeError))
            return -1;
        mp_err_clear(); /* ASCII */
        *codec = CODEC_BYTE;
        return 0;
    }
    *codec = MP_BYTES_LEN(r) == 2 ? CODEC_UTF8 : CODEC_BYTE;
    mp_decref(r);
    return 0;
}

static int text_settings(mp_obj encoding, mp_obj newline, int *codec, int *nl)
{
    if (encoding && encoding != mp_none && classify_codec(encoding, codec) < 0)
        return -1;
    if (newline && newline != mp_none) {
        const char *s = mp_str_utf8(newline);
        if (!*s)
            *nl = NL_UNIVERSAL;
        else if (strcmp(s, "\n") == 0)
            *nl = NL_LF;
        else if (strcmp(s, "\r") == 0)
            *nl = NL_CR;
        else if (strcmp(s, "\r\n") == 0)
            *nl = NL_CRLF;
        else {
            mp_err_format(&mp_type_ValueError, "illegal newline value: %U", newline);
            return -1;
        }
    }
    return 0;
}

mp_obj mp_file_open(mp_obj file, const char *mode, int buffering, mp_obj encoding, mp_obj errors,
                    mp_obj newline, int closefd)
{
    int r = 0, w = 0, a = 0, x = 0, plus = 0, b = 0, t = 0;
    for (const char *m = mode; *m; m++) {
        int *flag;
        switch (*m) {
        case 'r': flag = &r; break;
        case 'w': flag = &w; break;
        case 'a': flag = &a; break;
        case 'x': flag = &x; break;
        case '+': flag = &plus; break;
        case 'b': flag = &b; break;
        case 't': flag = &t; break;
        default: return mp_err_format(&mp_type_ValueError, "invalid mode: '%s'", mode);
        }
        if (*flag)
            return mp_err_format(&mp_type_ValueError, "invalid mode: '%s'", mode);
        *flag = 1;
    }
    if (r + w + a + x != 1)
        return mp_err_set_str(&mp_type_ValueError,
                              "must have exactly one of create/read/write/append mode");
    if (b && t)
        return mp_err_set_str(&mp_type_ValueError, "can't have text and binary mode at once");
    if (b && encoding && encoding != mp_none)
        return mp_err_set_str(&mp_type_ValueError,
                              "binary mode doesn't take an encoding argument");
    int codec = CODEC_UTF8, nl = NL_TRANSLATE;
    if (!b && text_settings(encoding, newline, &codec, &nl) < 0)
        return NULL;
    int flags = plus ? O_RDWR : (r ? O_RDONLY : O_WRONLY);
    if (w)
        flags |= O_CREAT | O_TRUNC;
    if (a)
        flags |= O_CREAT | O_APPEND;
    if (x)
        flags |= O_CREAT | O_EXCL;
    flags |= O_CLOEXEC;
    int fd;
    mp_obj name;
    if (mp_is_small(file) || mp_int_check(file)) {
        intptr_t v;
        if (mp_int_as_ssize(file, &v) < 0)
            return NULL;
        fd = (int)v;
        name = mp_newref(file);
    } else if (mp_str_check(file)) {
        const char *path = mp_str_utf8(file);
        if (strlen(path) != mp_str_nbytes(file))
            return mp_err_set_str(&mp_type_ValueError, "embedded null byte");
        MP_BEGIN_ALLOW_THREADS
        fd = open(path, flags, 0666);
        MP_END_ALLOW_THREADS
        if (fd < 0)
            return mp_err_from_errno(&mp_type_OSError, file);
        struct stat st;
        if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            close(fd);
            errno = EISDIR;
            return mp_err_from_errno(&mp_type_OSError, file);
        }
        name = mp_newref(file);
    } else {
        return mp_err_format(&mp_type_TypeError,
                             "expected str, bytes or os.PathLike object, not %s",
                             mp_type_of(file)->name);
    }
    mp_type *type = !b ? &mp_type_textio
                    : plus ? &mp_type_buffered_random
                    : r ? &mp_type_buffered_reader
                        : &mp_type_buffered_writer;
    /* The mode attribute is what CPython's FileIO shows: 'rb', 'wb', and
     * with '+' the file is read first, so 'w+b' shows 'rb+'. */
    char shown[8];
    size_t k = 0;
    shown[k++] = x ? 'x' : a ? 'a' : (r || plus) ? 'r' : 'w';
    if (b)
        shown[k++] = 'b';
    if (plus)
        shown[k++] = '+';
    shown[k] = '\0';
    mp_obj f = file_new(type, fd, name, b ? shown : mode, r || plus, !r || plus, b);
    mp_decref(name);
    if (!f) {
        close(fd);
        return NULL;
    }
    mp_file *fo = FILE_OBJ(f);
    fo->closefd = (char)closefd;
    fo->line_buffering = buffering == 1 && !b;
    if (!b) {
        fo->codec = (char)codec;
        fo->newline = (char)nl;
        /* The locale's encoding, as CPython names it, unless one is given. */
        MP_SETREF(fo->encoding, encoding && encoding != mp_none ? mp_newref(encoding)
                                                                : mp_str_from_cstr("UTF-8"));
        MP_SETREF(fo->errors, errors && errors != mp_none ? mp_newref(errors)
                                                          : mp_str_from_cstr("strict"));
        if (!fo->encoding || !fo->errors) {
            mp_decref(f);
            return NULL;
        }
        /* A BOM goes first in a file that starts empty (or is emptied). */
        struct stat st;
        fo->bom_pending = codec == CODEC_WIDE && (w || x || ((a || plus) && fstat(fd, &st) == 0 &&
                                                             st.st_size == 0));
    }
    return f;
}

/* ---- writing from C ----------------------------------------------------------------------- */

int mp_file_write_cstr(mp_obj file, const char *s, size_t n)
{
    if (is_file(file) && !FILE_OBJ(file)->binary) {
        mp_file *f = FILE_OBJ(file);
        if (check_open(f) < 0)
            return -1;
        if (!f->writable) {
            unsupported("not writable");
            return -1;
        }
        return text_write(f, s, n);
    }
    mp_obj str = mp_str_new(s, n);
    if (!str)
        return -1;
    int r = mp_file_write_str(file, str);
    mp_decref(str);
    return r;
}

int mp_file_write_str(mp_obj file, mp_obj s)
{
    if (is_file(file) && !FILE_OBJ(file)->binary)
        return mp_file_write_cstr(file, mp_str_utf8(s), mp_str_nbytes(s));
    mp_obj r = mp_call_method(file, "write", &s, 1);
    if (!r)
        return -1;
    mp_decref(r);
    return 0;
}

static mp_obj sys_stream(const char *name)
{
    if (!mp_the_interp.sysdict)
        return NULL;
    return mp_dict_getitem_str(mp_the_interp.sysdict, name);
}

void mp_stdio_flush_stdout(void)
{
    mp_obj out = sys_stream("stdout");
    if (!out || out == mp_none)
        return;
    mp_obj saved = mp_err_fetch();
    if (mp_file_flush(out) < 0)
        mp_err_clear();
    mp_err_restore(saved);
}

void mp_write_stderr(mp_obj file, const char *s, size_t n)
{
    mp_obj err = file ? file : sys_stream("stderr");
    if (err && err != mp_none) {
        mp_obj saved = mp_err_fetch();
        int r = mp_file_write_cstr(err, s, n);
        if (r == 0)
            r = mp_file_flush(err);
        if (r < 0)
            mp_err_clear();
        mp_err_restore(saved);
        if (r == 0)
            return;
    }
    ssize_t w = write(2, s, n);
    (void)w;
}
