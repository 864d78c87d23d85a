#ifndef MINIPY_VERSION_H
#define MINIPY_VERSION_H

#define MP_VERSION "0.1.0"
/* The CPython release whose behaviour minipy follows. */
#define MP_PYTHON_VERSION "3.11"
/* sys.version_info: the release whose behaviour the tests record. */
#define MP_PYTHON_MAJOR 3
#define MP_PYTHON_MINOR 11
#define MP_PYTHON_MICRO 7

#endif
