/* The interned names of names.h. */
#include "minipy/names.h"
#include "minipy/str.h"

mp_names_table mp_names;

int mp_names_init(void)
{
#define MP_NAME_INIT(n)                                                        \
    if (!(MP_NAME(n) = mp_str_intern(#n)))                                     \
        return -1;
    MP_NAMES(MP_NAME_INIT)
#undef MP_NAME_INIT
    return 0;
}
