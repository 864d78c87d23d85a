/* File objects (objects/file.c): what open() returns and what sys.stdin,
 * sys.stdout and sys.stderr are.  One implementation over a file
 * descriptor with its own buffers, shown to Python as CPython's io types
 * (_io.TextIOWrapper for text, _io.BufferedReader/BufferedWriter/
 * BufferedRandom for binary). */
#ifndef MINIPY_FILEIO_H
#define MINIPY_FILEIO_H

#include <stddef.h>

#include "minipy/object.h"

extern mp_type mp_type_textio, mp_type_buffered_reader, mp_type_buffered_writer,
    mp_type_buffered_random, mp_type_unsupported_operation;

/* open(file, mode, buffering, encoding, errors, newline, closefd); the
 * str arguments may be NULL or None for their defaults. */
mp_obj mp_file_open(mp_obj file, const char *mode, int buffering, mp_obj encoding,
                    mp_obj errors, mp_obj newline, int closefd);
/* A file object over an existing descriptor (the standard streams). */
mp_obj mp_file_from_fd(int fd, const char *name, const char *mode, int line_buffering);

/* Writes text to a file object: fast for minipy's own files, a write()
 * call for anything else.  0 or -1. */
int mp_file_write_str(mp_obj file, mp_obj s);
int mp_file_write_cstr(mp_obj file, const char *s, size_t n);
int mp_file_flush(mp_obj file);

/* sys.stdout flushed (errors ignored): before stderr output and at exit. */
void mp_stdio_flush_stdout(void);
/* Writes to the given file object, or to sys.stderr, or to fd 2 when
 * there is no usable sys.stderr; never fails. */
void mp_write_stderr(mp_obj file, const char *s, size_t n);

#endif
