/* The bytecode instruction set, written once.  The compiler, the VM's
 * dispatch table, the disassembler and the tracer all expand this list.
 *
 * Instructions are CPython 3.11's: the same names, numbers, arguments and
 * stack effects, and the same number of inline cache entries after each
 * (2-byte CACHE units that the VM may use for its own caches), so that
 * `minipy --dis` lines up with `python3 -m dis` offset for offset.  The
 * meaning of each is in the `dis` module's documentation for 3.11; the
 * comment says what it takes and pushes (top of stack rightmost).
 *
 * X(name, number, caches, argkind, "stack effect")
 * argkind says how the disassembler shows the argument:
 *   NONE     no argument          CONST  co_consts[arg]   NAME  co_names[arg]
 *   LOCAL    co_varnames[arg]     FREE   cell/free name   JFWD/JBACK  jump target
 *   CMP      comparison operator  BINOP  BINARY_OP's operator
 *   GLOBAL   LOAD_GLOBAL: co_names[arg>>1], "NULL + " when arg&1
 *   RAW      a number shown as is (with a meaning for some: FORMAT_VALUE, ...)
 */
#ifndef MINIPY_OPCODES_H
#define MINIPY_OPCODES_H

#define MP_OPCODES(X)                                                          \
    X(CACHE, 0, 0, NONE, "an inline cache entry, never executed")            \
    X(POP_TOP, 1, 0, NONE, "x --")                                            \
    X(PUSH_NULL, 2, 0, NONE, "-- NULL  (the callable slot of a plain call)")  \
    X(NOP, 9, 0, NONE, "--")                                                  \
    X(UNARY_POSITIVE, 10, 0, NONE, "x -- +x")                                 \
    X(UNARY_NEGATIVE, 11, 0, NONE, "x -- -x")                                 \
    X(UNARY_NOT, 12, 0, NONE, "x -- not x")                                   \
    X(UNARY_INVERT, 15, 0, NONE, "x -- ~x")                                   \
    X(BINARY_SUBSCR, 25, 4, NONE, "container key -- container[key]")          \
    X(GET_LEN, 30, 0, NONE, "x -- x len(x)")                                  \
    X(MATCH_MAPPING, 31, 0, NONE, "subject -- subject bool")                  \
    X(MATCH_SEQUENCE, 32, 0, NONE, "subject -- subject bool")                 \
    X(MATCH_KEYS, 33, 0, NONE, "subject keys -- subject keys values|None")    \
    X(PUSH_EXC_INFO, 35, 0, NONE, "exc -- prev_exc exc  (enter a handler)")   \
    X(CHECK_EXC_MATCH, 36, 0, NONE, "exc type -- exc bool")                   \
    X(CHECK_EG_MATCH, 37, 0, NONE, "eg type -- rest match  (except*)")        \
    X(WITH_EXCEPT_START, 49, 0, NONE, "exit lasti prev exc -- ... exc res")   \
    X(GET_AITER, 50, 0, NONE, "x -- x.__aiter__()")                           \
    X(GET_ANEXT, 51, 0, NONE, "aiter -- aiter awaitable")                     \
    X(BEFORE_ASYNC_WITH, 52, 0, NONE, "mgr -- __aexit__ awaitable")           \
    X(BEFORE_WITH, 53, 0, NONE, "mgr -- __exit__ mgr.__enter__()")            \
    X(END_ASYNC_FOR, 54, 0, NONE, "aiter exc --  (StopAsyncIteration ends)")  \
    X(STORE_SUBSCR, 60, 1, NONE, "value container key --")                    \
    X(DELETE_SUBSCR, 61, 0, NONE, "container key --")                         \
    X(GET_ITER, 68, 0, NONE, "x -- iter(x)")                                  \
    X(GET_YIELD_FROM_ITER, 69, 0, NONE, "x -- iter(x) or x if a coroutine")   \
    X(PRINT_EXPR, 70, 0, NONE, "x --  (REPL: show repr, set _)")              \
    X(LOAD_BUILD_CLASS, 71, 0, NONE, "-- __build_class__")                    \
    X(LOAD_ASSERTION_ERROR, 74, 0, NONE, "-- AssertionError")                 \
    X(RETURN_GENERATOR, 75, 0, NONE, "-- None  (make the generator, return it)") \
    X(LIST_TO_TUPLE, 82, 0, NONE, "list -- tuple(list)")                      \
    X(RETURN_VALUE, 83, 0, NONE, "x --  (return x to the caller)")            \
    X(IMPORT_STAR, 84, 0, NONE, "module --")                                  \
    X(SETUP_ANNOTATIONS, 85, 0, NONE, "--  (__annotations__ = {})")           \
    X(YIELD_VALUE, 86, 0, NONE, "x -- sent  (suspend, giving x)")             \
    X(ASYNC_GEN_WRAP, 87, 0, NONE, "x -- wrapped x")                          \
    X(PREP_RERAISE_STAR, 88, 0, NONE, "orig list -- exc|None")                \
    X(POP_EXCEPT, 89, 0, NONE, "prev_exc --  (leave a handler)")              \
    X(STORE_NAME, 90, 0, NAME, "x --  (locals()[name] = x)")                  \
    X(DELETE_NAME, 91, 0, NAME, "--")                                         \
    X(UNPACK_SEQUENCE, 92, 1, RAW, "seq -- x[n-1] ... x[0]")                  \
    X(FOR_ITER, 93, 0, JFWD, "it -- it next(it)  (or pop and jump at the end)") \
    X(UNPACK_EX, 94, 0, RAW, "seq -- after... list before...")                \
    X(STORE_ATTR, 95, 4, NAME, "value obj --  (obj.name = value)")            \
    X(DELETE_ATTR, 96, 0, NAME, "obj --")                                     \
    X(STORE_GLOBAL, 97, 0, NAME, "x --")                                      \
    X(DELETE_GLOBAL, 98, 0, NAME, "--")                                       \
    X(SWAP, 99, 0, RAW, "... a ... b -- ... b ... a  (with the i-th item)")   \
    X(LOAD_CONST, 100, 0, CONST, "-- const")                                  \
    X(LOAD_NAME, 101, 0, NAME, "-- value  (locals, globals, builtins)")       \
    X(BUILD_TUPLE, 102, 0, RAW, "x1 ... xn -- tuple")                         \
    X(BUILD_LIST, 103, 0, RAW, "x1 ... xn -- list")                           \
    X(BUILD_SET, 104, 0, RAW, "x1 ... xn -- set")                             \
    X(BUILD_MAP, 105, 0, RAW, "k1 v1 ... kn vn -- dict")                      \
    X(LOAD_ATTR, 106, 4, NAME, "obj -- obj.name")                             \
    X(COMPARE_OP, 107, 2, CMP, "a b -- a op b")                               \
    X(IMPORT_NAME, 108, 0, NAME, "level fromlist -- module")                  \
    X(IMPORT_FROM, 109, 0, NAME, "module -- module module.name")              \
    X(JUMP_FORWARD, 110, 0, JFWD, "--")                                       \
    X(JUMP_IF_FALSE_OR_POP, 111, 0, JFWD, "x -- x (jump) or -- (no jump)")   \
    X(JUMP_IF_TRUE_OR_POP, 112, 0, JFWD, "x -- x (jump) or -- (no jump)")    \
    X(POP_JUMP_FORWARD_IF_FALSE, 114, 0, JFWD, "x --")                        \
    X(POP_JUMP_FORWARD_IF_TRUE, 115, 0, JFWD, "x --")                         \
    X(LOAD_GLOBAL, 116, 5, GLOBAL, "-- [NULL] value")                         \
    X(IS_OP, 117, 0, RAW, "a b -- a is b  (is not when arg is 1)")           \
    X(CONTAINS_OP, 118, 0, RAW, "a b -- a in b  (not in when arg is 1)")     \
    X(RERAISE, 119, 0, RAW, "[lasti] exc --  (raise exc again)")              \
    X(COPY, 120, 0, RAW, "... x ... -- ... x ... x  (the i-th item)")         \
    X(BINARY_OP, 122, 1, BINOP, "a b -- a op b")                              \
    X(SEND, 123, 0, JFWD, "receiver value -- receiver result")                \
    X(LOAD_FAST, 124, 0, LOCAL, "-- value")                                   \
    X(STORE_FAST, 125, 0, LOCAL, "value --")                                  \
    X(DELETE_FAST, 126, 0, LOCAL, "--")                                       \
    X(POP_JUMP_FORWARD_IF_NOT_NONE, 128, 0, JFWD, "x --")                     \
    X(POP_JUMP_FORWARD_IF_NONE, 129, 0, JFWD, "x --")                         \
    X(RAISE_VARARGS, 130, 0, RAW, "[exc [cause]] --")                         \
    X(GET_AWAITABLE, 131, 0, RAW, "x -- awaitable")                           \
    X(MAKE_FUNCTION, 132, 0, RAW, "[defaults kwdefaults annotations closure] code -- function") \
    X(BUILD_SLICE, 133, 0, RAW, "start stop [step] -- slice")                 \
    X(JUMP_BACKWARD_NO_INTERRUPT, 134, 0, JBACK, "--")                        \
    X(MAKE_CELL, 135, 0, FREE, "--  (local i becomes a cell)")                \
    X(LOAD_CLOSURE, 136, 0, FREE, "-- cell")                                  \
    X(LOAD_DEREF, 137, 0, FREE, "-- cell contents")                           \
    X(STORE_DEREF, 138, 0, FREE, "x --")                                      \
    X(DELETE_DEREF, 139, 0, FREE, "--")                                       \
    X(JUMP_BACKWARD, 140, 0, JBACK, "--  (checks the eval breaker)")          \
    X(CALL_FUNCTION_EX, 142, 0, RAW, "NULL f args [kwargs] -- result")        \
    X(EXTENDED_ARG, 144, 0, RAW, "--  (prefix: arg << 8 for the next)")       \
    X(LIST_APPEND, 145, 0, RAW, "list ... x -- list ...")                     \
    X(SET_ADD, 146, 0, RAW, "set ... x -- set ...")                           \
    X(MAP_ADD, 147, 0, RAW, "dict ... k v -- dict ...")                       \
    X(LOAD_CLASSDEREF, 148, 0, FREE, "-- value  (class body: locals first)") \
    X(COPY_FREE_VARS, 149, 0, RAW, "--  (closure cells into the frame)")      \
    X(RESUME, 151, 0, RAW, "--  (function start or after a yield)")           \
    X(MATCH_CLASS, 152, 0, RAW, "subject type names -- attrs|None")           \
    X(FORMAT_VALUE, 155, 0, RAW, "x [spec] -- formatted str")                 \
    X(BUILD_CONST_KEY_MAP, 156, 0, RAW, "v1 ... vn keys -- dict")             \
    X(BUILD_STRING, 157, 0, RAW, "s1 ... sn -- s1 + ... + sn")                \
    X(LOAD_METHOD, 160, 10, NAME, "obj -- meth obj  or  NULL obj.name")       \
    X(LIST_EXTEND, 162, 0, RAW, "list ... seq -- list ...")                   \
    X(SET_UPDATE, 163, 0, RAW, "set ... seq -- set ...")                      \
    X(DICT_MERGE, 164, 0, RAW, "dict ... map -- dict ...  (no repeats)")      \
    X(DICT_UPDATE, 165, 0, RAW, "dict ... map -- dict ...")                   \
    X(PRECALL, 166, 1, RAW, "--  (no-op here: kept to match 3.11)")           \
    X(CALL, 171, 4, RAW, "NULL|meth f|self args... -- result")                \
    X(KW_NAMES, 172, 0, CONST, "--  (names of the next CALL's keyword args)") \
    X(POP_JUMP_BACKWARD_IF_NOT_NONE, 173, 0, JBACK, "x --")                   \
    X(POP_JUMP_BACKWARD_IF_NONE, 174, 0, JBACK, "x --")                       \
    X(POP_JUMP_BACKWARD_IF_FALSE, 175, 0, JBACK, "x --")                      \
    X(POP_JUMP_BACKWARD_IF_TRUE, 176, 0, JBACK, "x --")

#define MP_OPCODE_ITEM(name, num, caches, kind, effect) MP_OP_##name = num,
typedef enum { MP_OPCODES(MP_OPCODE_ITEM) } mp_opcode;
#undef MP_OPCODE_ITEM

#define MP_HAVE_ARGUMENT 90

typedef enum {
    MP_ARG_NONE, MP_ARG_CONST, MP_ARG_NAME, MP_ARG_LOCAL, MP_ARG_FREE,
    MP_ARG_JFWD, MP_ARG_JBACK, MP_ARG_CMP, MP_ARG_BINOP, MP_ARG_GLOBAL, MP_ARG_RAW
} mp_argkind;

/* Per opcode number (0..255): name (NULL for unused numbers), number of
 * cache entries, argument kind, stack-effect text.  (opcodes.c) */
extern const char *const mp_opcode_names[256];
extern const unsigned char mp_opcode_caches[256];
extern const unsigned char mp_opcode_argkinds[256];
extern const char *const mp_opcode_effects[256];

/* BINARY_OP's argument, as CPython 3.11 numbers it (NB_ADD ...); the
 * in-place forms are the plain ones plus MP_NB_INPLACE. */
#define MP_BINARY_OPS(X)                                                       \
    X(ADD, "+") X(AND, "&") X(FLOOR_DIVIDE, "//") X(LSHIFT, "<<")             \
    X(MATRIX_MULTIPLY, "@") X(MULTIPLY, "*") X(REMAINDER, "%") X(OR, "|")    \
    X(POWER, "**") X(RSHIFT, ">>") X(SUBTRACT, "-") X(TRUE_DIVIDE, "/")       \
    X(XOR, "^")
#define MP_BINOP_ITEM(name, sym) MP_NB_##name,
enum { MP_BINARY_OPS(MP_BINOP_ITEM) MP_NB_INPLACE };
#undef MP_BINOP_ITEM
/* "+", "+=", ... indexed by BINARY_OP's argument (0..25). */
extern const char *const mp_binary_op_symbols[26];

/* COMPARE_OP's argument: MP_LT ... MP_GE (object.h); symbols "<" ... ">=". */
extern const char *const mp_compare_op_symbols[6];

/* The code unit: an opcode and an 8-bit argument. */
typedef struct mp_codeunit {
    unsigned char op, arg;
} mp_codeunit;

#endif
