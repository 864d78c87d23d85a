/* The compiler: syntax trees to code objects (compile/), as CPython 3.11
 * compiles them, instruction for instruction, so that `minipy --dis`
 * prints what `python3 -m dis` prints.
 *
 * The passes: constant folding on the tree (ast_opt.c), the symbol table
 * (symtable.c), code generation into a graph of basic blocks
 * (compile*.c), CPython's optimisations of the graph (flowgraph.c), and
 * assembly into wordcode with its line and exception tables
 * (assemble.c).
 */
#ifndef MINIPY_COMPILE_H
#define MINIPY_COMPILE_H

#include <stddef.h>

#include "minipy/ast.h"
#include "minipy/code.h"
#include "minipy/object.h"
#include "minipy/parser.h"

/* Compiles a tree made by mp_parse: a module (exec), an expression
 * (eval), or an interactive statement (single: expression statements
 * print their value with PRINT_EXPR).  filename names the source in the
 * code objects and in error messages.  optimize is Python's -O level
 * (0: asserts and __debug__ are kept; 1: they go; 2: docstrings go too).
 * The tree may be changed (constants are folded into it).
 *
 * Returns a new code object, or NULL with an exception: SyntaxError with
 * CPython's message and position (the source line is read from the file,
 * as CPython does), RecursionError "maximum recursion depth exceeded
 * during compilation" for trees nested too deep, MemoryError. */
mp_code *mp_compile_mod(mp_mod *mod, const char *filename, int optimize);

/* Parses and compiles source text: compile(src, filename, mode) with mode
 * "exec", "eval" or "single" (MP_PARSE_FILE, _EVAL, _SINGLE), plus
 * MP_PARSE_STR when the source was a str (parser.h: it decides how the
 * columns of syntax errors count).  Syntax errors from the parser become
 * SyntaxError / IndentationError / TabError exceptions. */
mp_code *mp_compile_source(const char *src, size_t len, const char *filename,
                           mp_parse_mode mode, int optimize);

/* A SyntaxError (IndentationError, TabError) for a parser error, with the
 * fields CPython's parser gives it: args (msg, (filename, lineno, offset,
 * text, end_lineno, end_offset)), offsets in characters counted from 1.
 * MP_ERR_MEMORY gives a MemoryError.  Returns a new reference, or NULL
 * with an exception. */
mp_obj mp_syntax_error_to_exc(const mp_syntax_error *err);

/* Raises the exception for err (mp_syntax_error_to_exc) and returns NULL. */
mp_obj mp_syntax_error_raise(const mp_syntax_error *err);

#endif
