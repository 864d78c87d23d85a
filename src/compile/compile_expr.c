/* Code generation for expressions (CPython 3.11's compiler_visit_expr and
 * its helpers): operators, comparisons and conditional jumps, displays,
 * unpacking, f-strings, names, attributes and subscripts, yield and
 * await.  Calls, functions and comprehensions are in compile_comp.c. */
#include <string.h>

#include "compile_internal.h"
#include "minipy/bytes.h"
#include "minipy/float.h"
#include "minipy/int.h"
#include "minipy/set.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

#define ADDOP(op) RETURN_IF_FALSE(mp_addop(c, MP_OP_##op))
#define ADDOP_I(op, arg) RETURN_IF_FALSE(mp_addop_i(c, MP_OP_##op, (arg)))
#define ADDOP_JUMP(op, b) RETURN_IF_FALSE(mp_addop_j(c, MP_OP_##op, (b)))
#define ADDOP_JUMP_NOLINE(op, b) RETURN_IF_FALSE(mp_addop_j_noline(c, MP_OP_##op, (b)))
#define ADDOP_LOAD_CONST(o) RETURN_IF_FALSE(mp_addop_load_const(c, (o)))
#define VISIT(e) RETURN_IF_FALSE(mp_compile_expr(c, (e)))
#define NEW_BLOCK(b) RETURN_IF_FALSE((b) = mp_new_block(c))
#define RETURN_IF_FALSE(x) \
    do {                   \
        if (!(x))          \
            return 0;      \
    } while (0)

/* A display bigger than this is built item by item (CPython's
 * STACK_USE_GUIDELINE). */
#define STACK_USE_GUIDELINE 30

int mp_compile_exprs(mp_compiler *c, const mp_seq *exprs)
{
    for (int i = 0; i < MP_SEQ_LEN(exprs); i++)
        VISIT(MP_SEQ_GET(exprs, i));
    return 1;
}

/* ---- warnings -------------------------------------------------------------------- */

/* The type name CPython infers for an expression, or NULL. */
static const char *infer_type(mp_compiler *c, const mp_expr *e)
{
    switch (e->kind) {
    case MP_EXPR_Tuple: return "tuple";
    case MP_EXPR_List: case MP_EXPR_ListComp: return "list";
    case MP_EXPR_Dict: case MP_EXPR_DictComp: return "dict";
    case MP_EXPR_Set: case MP_EXPR_SetComp: return "set";
    case MP_EXPR_GeneratorExp: return "generator";
    case MP_EXPR_Lambda: return "function";
    case MP_EXPR_JoinedStr: case MP_EXPR_FormattedValue: return "str";
    case MP_EXPR_Constant: {
        mp_obj v = mp_const_value(c, e);
        return v ? mp_type_of(v)->name : NULL;
    }
    default: return NULL;
    }
}

/* A constant that is not None, True, False or Ellipsis. */
static int is_literal(mp_compiler *c, const mp_expr *e)
{
    if (e->kind != MP_EXPR_Constant)
        return 0;
    mp_obj v = mp_const_value(c, e);
    return v && v != mp_none && v != mp_false && v != mp_true && v != mp_ellipsis;
}

static int check_compare(mp_compiler *c, const mp_expr *e)
{
    int left = is_literal(c, e->v.Compare.left);
    for (int i = 0; i < e->v.Compare.nops; i++) {
        mp_cmpop op = e->v.Compare.ops[i];
        int right = is_literal(c, MP_SEQ_GET(e->v.Compare.comparators, i));
        if ((op == MP_Is || op == MP_IsNot) && (left || right))
            return mp_compiler_warn(c, op == MP_Is
                                           ? "\"is\" with a literal. Did you mean \"==\"?"
                                           : "\"is not\" with a literal. Did you mean \"!=\"?");
        left = right;
    }
    return 1;
}

static int check_subscripter(mp_compiler *c, const mp_expr *e)
{
    switch (e->kind) {
    case MP_EXPR_Constant: {
        mp_obj v = mp_const_value(c, e);
        RETURN_IF_FALSE(v);
        if (!(v == mp_none || v == mp_ellipsis || mp_int_check(v) || mp_float_check(v) ||
              mp_complex_check(v) || mp_set_check(v)))
            return 1;
    }
    /* fall through */
    case MP_EXPR_Set: case MP_EXPR_SetComp: case MP_EXPR_GeneratorExp: case MP_EXPR_Lambda:
        return mp_compiler_warn(c, "'%.200s' object is not subscriptable; "
                                   "perhaps you missed a comma?", infer_type(c, e));
    default:
        return 1;
    }
}

static int check_index(mp_compiler *c, const mp_expr *e, const mp_expr *s)
{
    const char *index_type = infer_type(c, s);
    if (!index_type || strcmp(index_type, "int") == 0 || strcmp(index_type, "bool") == 0 ||
        strcmp(index_type, "slice") == 0)
        return 1;
    switch (e->kind) {
    case MP_EXPR_Constant: {
        mp_obj v = mp_const_value(c, e);
        RETURN_IF_FALSE(v);
        if (!(mp_str_check(v) || mp_bytes_check(v) || mp_tuple_check(v)))
            return 1;
    }
    /* fall through */
    case MP_EXPR_Tuple: case MP_EXPR_List: case MP_EXPR_ListComp: case MP_EXPR_JoinedStr:
    case MP_EXPR_FormattedValue:
        return mp_compiler_warn(c, "%.200s indices must be integers or slices, not %.200s; "
                                   "perhaps you missed a comma?",
                                infer_type(c, e), index_type);
    default:
        return 1;
    }
}

/* ---- comparisons and jumps ----------------------------------------------------------- */

static int addcompare(mp_compiler *c, mp_cmpop op)
{
    switch (op) {
    case MP_Eq: return mp_addop_i(c, MP_OP_COMPARE_OP, MP_EQ);
    case MP_NotEq: return mp_addop_i(c, MP_OP_COMPARE_OP, MP_NE);
    case MP_Lt: return mp_addop_i(c, MP_OP_COMPARE_OP, MP_LT);
    case MP_LtE: return mp_addop_i(c, MP_OP_COMPARE_OP, MP_LE);
    case MP_Gt: return mp_addop_i(c, MP_OP_COMPARE_OP, MP_GT);
    case MP_GtE: return mp_addop_i(c, MP_OP_COMPARE_OP, MP_GE);
    case MP_Is: return mp_addop_i(c, MP_OP_IS_OP, 0);
    case MP_IsNot: return mp_addop_i(c, MP_OP_IS_OP, 1);
    case MP_In: return mp_addop_i(c, MP_OP_CONTAINS_OP, 0);
    case MP_NotIn: return mp_addop_i(c, MP_OP_CONTAINS_OP, 1);
    }
    return 0;
}

static const mp_expr *comparator(const mp_expr *e, int i)
{
    return MP_SEQ_GET(e->v.Compare.comparators, i);
}

/* Jumps to next when e is true (cond 1) or false (cond 0), falling
 * through otherwise, without materialising the value of and/or/not and
 * chained comparisons. */
int mp_compile_jump_if(mp_compiler *c, const mp_expr *e, mp_bblock *next, int cond)
{
    switch (e->kind) {
    case MP_EXPR_UnaryOp:
        if (e->v.UnaryOp.op == MP_Not)
            return mp_compile_jump_if(c, e->v.UnaryOp.operand, next, !cond);
        break;
    case MP_EXPR_BoolOp: {
        const mp_seq *s = e->v.BoolOp.values;
        int n = MP_SEQ_LEN(s) - 1;
        int cond2 = e->v.BoolOp.op == MP_Or;
        mp_bblock *next2 = next;
        if (!cond2 != !cond)
            NEW_BLOCK(next2);
        for (int i = 0; i < n; i++)
            RETURN_IF_FALSE(mp_compile_jump_if(c, MP_SEQ_GET(s, i), next2, cond2));
        RETURN_IF_FALSE(mp_compile_jump_if(c, MP_SEQ_GET(s, n), next, cond));
        if (next2 != next)
            mp_use_next_block(c, next2);
        return 1;
    }
    case MP_EXPR_IfExp: {
        mp_bblock *end, *next2;
        NEW_BLOCK(end);
        NEW_BLOCK(next2);
        RETURN_IF_FALSE(mp_compile_jump_if(c, e->v.IfExp.test, next2, 0));
        RETURN_IF_FALSE(mp_compile_jump_if(c, e->v.IfExp.body, next, cond));
        ADDOP_JUMP_NOLINE(JUMP, end);
        mp_use_next_block(c, next2);
        RETURN_IF_FALSE(mp_compile_jump_if(c, e->v.IfExp.orelse, next, cond));
        mp_use_next_block(c, end);
        return 1;
    }
    case MP_EXPR_Compare: {
        mp_set_loc(c, e->pos);
        int n = e->v.Compare.nops - 1;
        if (n > 0) {
            RETURN_IF_FALSE(check_compare(c, e));
            mp_bblock *cleanup, *end;
            NEW_BLOCK(cleanup);
            VISIT(e->v.Compare.left);
            for (int i = 0; i < n; i++) {
                VISIT(comparator(e, i));
                ADDOP_I(SWAP, 2);
                ADDOP_I(COPY, 2);
                RETURN_IF_FALSE(addcompare(c, e->v.Compare.ops[i]));
                ADDOP_JUMP(POP_JUMP_IF_FALSE, cleanup);
            }
            VISIT(comparator(e, n));
            RETURN_IF_FALSE(addcompare(c, e->v.Compare.ops[n]));
            RETURN_IF_FALSE(
                mp_addop_j(c, cond ? MP_OP_POP_JUMP_IF_TRUE : MP_OP_POP_JUMP_IF_FALSE, next));
            NEW_BLOCK(end);
            ADDOP_JUMP_NOLINE(JUMP, end);
            mp_use_next_block(c, cleanup);
            ADDOP(POP_TOP);
            if (!cond)
                ADDOP_JUMP_NOLINE(JUMP, next);
            mp_use_next_block(c, end);
            return 1;
        }
        break;
    }
    default:
        break;
    }
    VISIT(e);
    return mp_addop_j(c, cond ? MP_OP_POP_JUMP_IF_TRUE : MP_OP_POP_JUMP_IF_FALSE, next);
}

static int compile_compare(mp_compiler *c, const mp_expr *e)
{
    RETURN_IF_FALSE(check_compare(c, e));
    VISIT(e->v.Compare.left);
    int n = e->v.Compare.nops - 1;
    if (n == 0) {
        VISIT(comparator(e, 0));
        return addcompare(c, e->v.Compare.ops[0]);
    }
    mp_bblock *cleanup, *end;
    NEW_BLOCK(cleanup);
    for (int i = 0; i < n; i++) {
        VISIT(comparator(e, i));
        ADDOP_I(SWAP, 2);
        ADDOP_I(COPY, 2);
        RETURN_IF_FALSE(addcompare(c, e->v.Compare.ops[i]));
        ADDOP_JUMP(JUMP_IF_FALSE_OR_POP, cleanup);
    }
    VISIT(comparator(e, n));
    RETURN_IF_FALSE(addcompare(c, e->v.Compare.ops[n]));
    NEW_BLOCK(end);
    ADDOP_JUMP_NOLINE(JUMP, end);
    mp_use_next_block(c, cleanup);
    ADDOP_I(SWAP, 2);
    ADDOP(POP_TOP);
    mp_use_next_block(c, end);
    return 1;
}

static int compile_boolop(mp_compiler *c, const mp_expr *e)
{
    int jumpi = e->v.BoolOp.op == MP_And ? MP_OP_JUMP_IF_FALSE_OR_POP : MP_OP_JUMP_IF_TRUE_OR_POP;
    mp_bblock *end;
    NEW_BLOCK(end);
    const mp_seq *s = e->v.BoolOp.values;
    int n = MP_SEQ_LEN(s) - 1;
    for (int i = 0; i < n; i++) {
        VISIT(MP_SEQ_GET(s, i));
        RETURN_IF_FALSE(mp_addop_j(c, jumpi, end));
        mp_bblock *next;
        NEW_BLOCK(next);
        mp_use_next_block(c, next);
    }
    VISIT(MP_SEQ_GET(s, n));
    mp_use_next_block(c, end);
    return 1;
}

static int compile_ifexp(mp_compiler *c, const mp_expr *e)
{
    mp_bblock *end, *next;
    NEW_BLOCK(end);
    NEW_BLOCK(next);
    RETURN_IF_FALSE(mp_compile_jump_if(c, e->v.IfExp.test, next, 0));
    VISIT(e->v.IfExp.body);
    ADDOP_JUMP_NOLINE(JUMP, end);
    mp_use_next_block(c, next);
    VISIT(e->v.IfExp.orelse);
    mp_use_next_block(c, end);
    return 1;
}

/* ---- displays and unpacking --------------------------------------------------------------- */

static int all_const(const mp_seq *seq, int begin, int end)
{
    for (int i = begin; i < end; i++) {
        const mp_expr *e = MP_SEQ_GET(seq, i);
        if (!e || e->kind != MP_EXPR_Constant)
            return 0;
    }
    return 1;
}

/* A tuple of the constant values of seq[begin:end] (all Constant nodes). */
static mp_obj values_tuple(mp_compiler *c, const mp_seq *seq, int begin, int end)
{
    mp_obj t = mp_tuple_new(end - begin);
    if (!t)
        return NULL;
    for (int i = begin; i < end; i++) {
        mp_obj v = mp_const_value(c, MP_SEQ_GET(seq, i));
        if (!v) {
            for (int j = i; j < end; j++)
                MP_TUPLE_ITEMS(t)[j - begin] = mp_newref(mp_none);
            mp_decref(t);
            return NULL;
        }
        MP_TUPLE_ITEMS(t)[i - begin] = mp_newref(v);
    }
    return t;
}

/* Builds a list, set or tuple from elts, which may be starred; pushed
 * items are already on the stack. */
static int starunpack_helper(mp_compiler *c, const mp_seq *elts, int pushed, int build,
                             int add, int extend, int tuple)
{
    int n = MP_SEQ_LEN(elts);
    if (n > 2 && all_const(elts, 0, n)) {
        mp_obj folded = values_tuple(c, elts, 0, n);
        RETURN_IF_FALSE(folded);
        if (tuple && !pushed)
            return mp_addop_load_const_new(c, folded);
        if (add == MP_OP_SET_ADD) {
            mp_obj fs = mp_frozenset_new(folded);
            mp_decref(folded);
            RETURN_IF_FALSE(fs);
            folded = fs;
        }
        if (!mp_addop_i(c, build, pushed)) {
            mp_decref(folded);
            return 0;
        }
        RETURN_IF_FALSE(mp_addop_load_const_new(c, folded));
        RETURN_IF_FALSE(mp_addop_i(c, extend, 1));
        if (tuple)
            ADDOP(LIST_TO_TUPLE);
        return 1;
    }
    int big = n + pushed > STACK_USE_GUIDELINE;
    int seen_star = 0;
    for (int i = 0; i < n; i++)
        if (((const mp_expr *)MP_SEQ_GET(elts, i))->kind == MP_EXPR_Starred)
            seen_star = 1;
    if (!seen_star && !big) {
        for (int i = 0; i < n; i++)
            VISIT(MP_SEQ_GET(elts, i));
        return mp_addop_i(c, tuple ? MP_OP_BUILD_TUPLE : build, n + pushed);
    }
    int built = 0;
    if (big) {
        RETURN_IF_FALSE(mp_addop_i(c, build, pushed));
        built = 1;
    }
    for (int i = 0; i < n; i++) {
        const mp_expr *elt = MP_SEQ_GET(elts, i);
        if (elt->kind == MP_EXPR_Starred) {
            if (!built) {
                RETURN_IF_FALSE(mp_addop_i(c, build, i + pushed));
                built = 1;
            }
            VISIT(elt->v.Starred.value);
            RETURN_IF_FALSE(mp_addop_i(c, extend, 1));
        } else {
            VISIT(elt);
            if (built)
                RETURN_IF_FALSE(mp_addop_i(c, add, 1));
        }
    }
    if (tuple)
        ADDOP(LIST_TO_TUPLE);
    return 1;
}

int mp_compile_starunpack(mp_compiler *c, const mp_seq *elts, int pushed)
{
    return starunpack_helper(c, elts, pushed, MP_OP_BUILD_LIST, MP_OP_LIST_APPEND,
                             MP_OP_LIST_EXTEND, 1);
}

static int unpack_helper(mp_compiler *c, const mp_seq *elts)
{
    int n = MP_SEQ_LEN(elts), seen_star = 0;
    for (int i = 0; i < n; i++) {
        const mp_expr *elt = MP_SEQ_GET(elts, i);
        if (elt->kind == MP_EXPR_Starred && !seen_star) {
            if (i >= (1 << 8) || n - i - 1 >= (0x7fffffff >> 8))
                return mp_compiler_error(c, "too many expressions in star-unpacking assignment");
            ADDOP_I(UNPACK_EX, i + ((n - i - 1) << 8));
            seen_star = 1;
        } else if (elt->kind == MP_EXPR_Starred) {
            return mp_compiler_error(c, "multiple starred expressions in assignment");
        }
    }
    if (!seen_star)
        ADDOP_I(UNPACK_SEQUENCE, n);
    return 1;
}

static int assignment_helper(mp_compiler *c, const mp_seq *elts)
{
    RETURN_IF_FALSE(unpack_helper(c, elts));
    for (int i = 0; i < MP_SEQ_LEN(elts); i++) {
        const mp_expr *elt = MP_SEQ_GET(elts, i);
        VISIT(elt->kind == MP_EXPR_Starred ? elt->v.Starred.value : elt);
    }
    return 1;
}

static int compile_list_tuple(mp_compiler *c, const mp_expr *e, int tuple)
{
    const mp_seq *elts = tuple ? e->v.Tuple.elts : e->v.List.elts;
    mp_expr_context ctx = tuple ? e->v.Tuple.ctx : e->v.List.ctx;
    if (ctx == MP_Store)
        return assignment_helper(c, elts);
    if (ctx == MP_Load)
        return starunpack_helper(c, elts, 0, MP_OP_BUILD_LIST, MP_OP_LIST_APPEND,
                                 MP_OP_LIST_EXTEND, tuple);
    return mp_compile_exprs(c, elts);
}

static int compile_subdict(mp_compiler *c, const mp_expr *e, int begin, int end)
{
    int n = end - begin;
    int big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big && all_const(e->v.Dict.keys, begin, end)) {
        for (int i = begin; i < end; i++)
            VISIT(MP_SEQ_GET(e->v.Dict.values, i));
        RETURN_IF_FALSE(mp_addop_load_const_new(c, values_tuple(c, e->v.Dict.keys, begin, end)));
        ADDOP_I(BUILD_CONST_KEY_MAP, n);
        return 1;
    }
    if (big)
        ADDOP_I(BUILD_MAP, 0);
    for (int i = begin; i < end; i++) {
        VISIT(MP_SEQ_GET(e->v.Dict.keys, i));
        VISIT(MP_SEQ_GET(e->v.Dict.values, i));
        if (big)
            ADDOP_I(MAP_ADD, 1);
    }
    if (!big)
        ADDOP_I(BUILD_MAP, n);
    return 1;
}

static int compile_dict(mp_compiler *c, const mp_expr *e)
{
    int n = MP_SEQ_LEN(e->v.Dict.values), have_dict = 0, elements = 0;
    for (int i = 0; i < n; i++) {
        int is_unpacking = MP_SEQ_GET(e->v.Dict.keys, i) == NULL;
        if (is_unpacking) {
            if (elements) {
                RETURN_IF_FALSE(compile_subdict(c, e, i - elements, i));
                if (have_dict)
                    ADDOP_I(DICT_UPDATE, 1);
                have_dict = 1;
                elements = 0;
            }
            if (!have_dict) {
                ADDOP_I(BUILD_MAP, 0);
                have_dict = 1;
            }
            VISIT(MP_SEQ_GET(e->v.Dict.values, i));
            ADDOP_I(DICT_UPDATE, 1);
        } else if (elements * 2 > STACK_USE_GUIDELINE) {
            RETURN_IF_FALSE(compile_subdict(c, e, i - elements, i + 1));
            if (have_dict)
                ADDOP_I(DICT_UPDATE, 1);
            have_dict = 1;
            elements = 0;
        } else {
            elements++;
        }
    }
    if (elements) {
        RETURN_IF_FALSE(compile_subdict(c, e, n - elements, n));
        if (have_dict)
            ADDOP_I(DICT_UPDATE, 1);
        have_dict = 1;
    }
    if (!have_dict)
        ADDOP_I(BUILD_MAP, 0);
    return 1;
}

/* ---- f-strings ------------------------------------------------------------------------------ */

static int compile_joined_str(mp_compiler *c, const mp_expr *e)
{
    int n = MP_SEQ_LEN(e->v.JoinedStr.values);
    if (n > STACK_USE_GUIDELINE) {
        RETURN_IF_FALSE(mp_addop_load_const_new(c, mp_str_from_cstr("")));
        RETURN_IF_FALSE(mp_addop_name_raw(c, MP_OP_LOAD_METHOD, "join"));
        ADDOP_I(BUILD_LIST, 0);
        for (int i = 0; i < n; i++) {
            VISIT(MP_SEQ_GET(e->v.JoinedStr.values, i));
            ADDOP_I(LIST_APPEND, 1);
        }
        ADDOP_I(PRECALL, 1);
        ADDOP_I(CALL, 1);
        return 1;
    }
    RETURN_IF_FALSE(mp_compile_exprs(c, e->v.JoinedStr.values));
    if (n != 1)
        ADDOP_I(BUILD_STRING, n);
    return 1;
}

/* FORMAT_VALUE's argument: the conversion in the low bits (!s 1, !r 2,
 * !a 3), 4 when a format spec is on the stack. */
static int compile_formatted_value(mp_compiler *c, const mp_expr *e)
{
    VISIT(e->v.FormattedValue.value);
    int oparg;
    switch (e->v.FormattedValue.conversion) {
    case 's': oparg = 1; break;
    case 'r': oparg = 2; break;
    case 'a': oparg = 3; break;
    case -1: oparg = 0; break;
    default:
        mp_err_format(&mp_type_SystemError, "Unrecognized conversion character %d",
                      e->v.FormattedValue.conversion);
        return 0;
    }
    if (e->v.FormattedValue.format_spec) {
        VISIT(e->v.FormattedValue.format_spec);
        oparg |= 4;
    }
    ADDOP_I(FORMAT_VALUE, oparg);
    return 1;
}

/* ---- names, attributes, subscripts ------------------------------------------------------------ */

void mp_update_start_location_to_match_attr(mp_compiler *c, const mp_expr *attr)
{
    mp_location *loc = &c->u->loc;
    if (loc->lineno != attr->pos.end_lineno) {
        loc->lineno = attr->pos.end_lineno;
        int len = (int)strlen(attr->v.Attribute.attr);
        if (len <= attr->pos.end_col_offset) {
            loc->col = attr->pos.end_col_offset - len;
        } else {
            /* A weird tree: drop the columns. */
            loc->col = -1;
            loc->end_col = -1;
        }
        if (loc->end_lineno < loc->lineno)
            loc->end_lineno = loc->lineno;
        if (loc->lineno == loc->end_lineno && loc->end_col < loc->col)
            loc->end_col = loc->col;
    }
}

static int compile_attribute(mp_compiler *c, const mp_expr *e)
{
    VISIT(e->v.Attribute.value);
    mp_update_start_location_to_match_attr(c, e);
    switch (e->v.Attribute.ctx) {
    case MP_Load:
        return mp_addop_name(c, MP_OP_LOAD_ATTR, e->v.Attribute.attr);
    case MP_Store:
        if (strcmp(e->v.Attribute.attr, "__debug__") == 0)
            return mp_compiler_error(c, "cannot assign to __debug__");
        return mp_addop_name(c, MP_OP_STORE_ATTR, e->v.Attribute.attr);
    case MP_Del:
        return mp_addop_name(c, MP_OP_DELETE_ATTR, e->v.Attribute.attr);
    }
    return 1;
}

static int compile_subscript(mp_compiler *c, const mp_expr *e)
{
    mp_expr_context ctx = e->v.Subscript.ctx;
    if (ctx == MP_Load) {
        RETURN_IF_FALSE(check_subscripter(c, e->v.Subscript.value));
        RETURN_IF_FALSE(check_index(c, e->v.Subscript.value, e->v.Subscript.slice));
    }
    VISIT(e->v.Subscript.value);
    VISIT(e->v.Subscript.slice);
    static const int ops[] = {[MP_Load] = MP_OP_BINARY_SUBSCR, [MP_Store] = MP_OP_STORE_SUBSCR,
                              [MP_Del] = MP_OP_DELETE_SUBSCR};
    return mp_addop(c, ops[ctx]);
}

static int compile_slice(mp_compiler *c, const mp_expr *e)
{
    int n = 2;
    if (e->v.Slice.lower)
        VISIT(e->v.Slice.lower);
    else
        ADDOP_LOAD_CONST(mp_none);
    if (e->v.Slice.upper)
        VISIT(e->v.Slice.upper);
    else
        ADDOP_LOAD_CONST(mp_none);
    if (e->v.Slice.step) {
        n++;
        VISIT(e->v.Slice.step);
    }
    ADDOP_I(BUILD_SLICE, n);
    return 1;
}

/* ---- yield and await ------------------------------------------------------------------------- */

static int addop_yield(mp_compiler *c)
{
    if (c->u->ste->generator && c->u->ste->coroutine)
        ADDOP(ASYNC_GEN_WRAP);
    ADDOP(YIELD_VALUE);
    ADDOP_I(RESUME, 1);
    return 1;
}

int mp_compile_yield_value(mp_compiler *c)
{
    return addop_yield(c);
}

static int compile_yield(mp_compiler *c, const mp_expr *e)
{
    if (c->u->ste->type != MP_BLOCK_FUNCTION)
        return mp_compiler_error(c, "'yield' outside function");
    if (e->v.Yield.value)
        VISIT(e->v.Yield.value);
    else
        ADDOP_LOAD_CONST(mp_none);
    return addop_yield(c);
}

static int compile_yield_from(mp_compiler *c, const mp_expr *e)
{
    if (c->u->ste->type != MP_BLOCK_FUNCTION)
        return mp_compiler_error(c, "'yield' outside function");
    if (c->u->scope_type == MP_SCOPE_TYPE_ASYNC_FUNCTION)
        return mp_compiler_error(c, "'yield from' inside async function");
    VISIT(e->v.YieldFrom.value);
    ADDOP(GET_YIELD_FROM_ITER);
    ADDOP_LOAD_CONST(mp_none);
    return mp_compile_add_yield_from(c, 0);
}

static int compile_await(mp_compiler *c, const mp_expr *e)
{
    if (c->u->ste->type != MP_BLOCK_FUNCTION)
        return mp_compiler_error(c, "'await' outside function");
    if (c->u->scope_type != MP_SCOPE_TYPE_ASYNC_FUNCTION &&
        c->u->scope_type != MP_SCOPE_TYPE_COMPREHENSION)
        return mp_compiler_error(c, "'await' outside async function");
    VISIT(e->v.Await.value);
    ADDOP_I(GET_AWAITABLE, 0);
    ADDOP_LOAD_CONST(mp_none);
    return mp_compile_add_yield_from(c, 1);
}

/* ---- dispatch ---------------------------------------------------------------------------------- */

static int compile_expr_kind(mp_compiler *c, const mp_expr *e)
{
    switch (e->kind) {
    case MP_EXPR_NamedExpr:
        VISIT(e->v.NamedExpr.value);
        ADDOP_I(COPY, 1);
        VISIT(e->v.NamedExpr.target);
        return 1;
    case MP_EXPR_BoolOp:
        return compile_boolop(c, e);
    case MP_EXPR_BinOp:
        VISIT(e->v.BinOp.left);
        VISIT(e->v.BinOp.right);
        ADDOP_I(BINARY_OP, mp_binop_arg(e->v.BinOp.op, 0));
        return 1;
    case MP_EXPR_UnaryOp: {
        static const int ops[] = {[MP_Invert] = MP_OP_UNARY_INVERT, [MP_Not] = MP_OP_UNARY_NOT,
                                  [MP_UAdd] = MP_OP_UNARY_POSITIVE,
                                  [MP_USub] = MP_OP_UNARY_NEGATIVE};
        VISIT(e->v.UnaryOp.operand);
        return mp_addop(c, ops[e->v.UnaryOp.op]);
    }
    case MP_EXPR_Lambda:
        return mp_compile_lambda(c, e);
    case MP_EXPR_IfExp:
        return compile_ifexp(c, e);
    case MP_EXPR_Dict:
        return compile_dict(c, e);
    case MP_EXPR_Set:
        return starunpack_helper(c, e->v.Set.elts, 0, MP_OP_BUILD_SET, MP_OP_SET_ADD,
                                 MP_OP_SET_UPDATE, 0);
    case MP_EXPR_GeneratorExp:
    case MP_EXPR_ListComp:
    case MP_EXPR_SetComp:
    case MP_EXPR_DictComp:
        return mp_compile_comprehension(c, e);
    case MP_EXPR_Yield:
        return compile_yield(c, e);
    case MP_EXPR_YieldFrom:
        return compile_yield_from(c, e);
    case MP_EXPR_Await:
        return compile_await(c, e);
    case MP_EXPR_Compare:
        return compile_compare(c, e);
    case MP_EXPR_Call:
        return mp_compile_call(c, e);
    case MP_EXPR_Constant: {
        mp_obj v = mp_const_value(c, e);
        return v && mp_addop_load_const(c, v);
    }
    case MP_EXPR_JoinedStr:
        return compile_joined_str(c, e);
    case MP_EXPR_FormattedValue:
        return compile_formatted_value(c, e);
    case MP_EXPR_Attribute:
        return compile_attribute(c, e);
    case MP_EXPR_Subscript:
        return compile_subscript(c, e);
    case MP_EXPR_Starred:
        if (e->v.Starred.ctx == MP_Store)
            return mp_compiler_error(c, "starred assignment target must be in a list or tuple");
        return mp_compiler_error(c, "can't use starred expression here");
    case MP_EXPR_Slice:
        return compile_slice(c, e);
    case MP_EXPR_Name:
        return mp_compiler_nameop(c, e->v.Name.id, e->v.Name.ctx);
    case MP_EXPR_List:
        return compile_list_tuple(c, e, 0);
    case MP_EXPR_Tuple:
        return compile_list_tuple(c, e, 1);
    }
    return 1;
}

int mp_compile_expr(mp_compiler *c, const mp_expr *e)
{
    mp_location saved = c->u->loc;
    mp_set_loc(c, e->pos);
    int ok = compile_expr_kind(c, e);
    c->u->loc = saved;
    return ok;
}
