/* Placeholder lexer: replaced by the real one. */
#include "minipy/lexer.h"
