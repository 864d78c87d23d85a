/* The names of the token kinds, from the X-macro list in token.h. */
#include "minipy/token.h"

#define MP_TOKEN_NAME(name, cpy, text) #name,
const char *const mp_token_names[] = {MP_TOKENS(MP_TOKEN_NAME)};
#undef MP_TOKEN_NAME
