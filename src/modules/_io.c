/* The _io module: the file types that open() returns (objects/file.c),
 * under the names lib/io.py gives them, so that isinstance(open(p),
 * io.TextIOWrapper) holds as in CPython.  StringIO and BytesIO are written
 * in Python, in lib/io.py. */
#include "minipy/fileio.h"
#include "minipy/module.h"

/* CPython's io.DEFAULT_BUFFER_SIZE. */
#define DEFAULT_BUFFER_SIZE 8192

static int io_exec(mp_obj m)
{
    if (mp_module_add_type(m, &mp_type_textio) < 0 ||
        mp_module_add_type(m, &mp_type_buffered_reader) < 0 ||
        mp_module_add_type(m, &mp_type_buffered_writer) < 0 ||
        mp_module_add_type(m, &mp_type_buffered_random) < 0 ||
        mp_module_add_type(m, &mp_type_unsupported_operation) < 0)
        return -1;
    return mp_module_add_int(m, "DEFAULT_BUFFER_SIZE", DEFAULT_BUFFER_SIZE);
}

static const mp_method_def io_methods[] = {
    {NULL},
};

const mp_module_def mp_module_io = {
    "_io",
    "The io module provides the Python interfaces to stream handling.",
    io_methods,
    io_exec,
};
