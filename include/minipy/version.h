#ifndef MINIPY_VERSION_H
#define MINIPY_VERSION_H

#define MP_VERSION "0.1.0"
/* The CPython release whose behaviour minipy follows. */
#define MP_PYTHON_VERSION "3.11"

#endif
