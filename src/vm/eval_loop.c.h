/* The eval loop, included twice by eval.c: once as eval_untraced, the
 * copy that runs while no tracer is active, with every tracing hook
 * compiled out (EVAL_TRACED 0), and once as eval_traced (EVAL_TRACED 1),
 * which calls the hooks before each instruction.  A frame moves between
 * the two at an instruction boundary (SWITCH_LOOP): into the traced copy
 * when tracing starts, as mp_eval_tracing_changed points every entry of
 * the untraced copy's dispatch table at MOVE_TO_TRACED; back when the
 * traced copy finds tracing stopped. */

#include "minipy/match.h" /* MATCH_CLASS, MATCH_KEYS */

static mp_obj EVAL_LOOP_NAME(mp_tstate *ts, mp_frame *frame, int throwflag)
{
#define OP_LABEL(name, num, caches, kind, effect) [num] = &&TARGET_##name,
    static void *const op_targets[256] = {MP_OPCODES(OP_LABEL)};
#undef OP_LABEL
#if EVAL_TRACED
    int traced_slow = 0;    /* the traced instruction takes its slow path */
#else
    /* The dispatch table: op_targets while no tracer is active, every
     * entry MOVE_TO_TRACED while one is.  Set by a call with no frame
     * (mp_eval_init, mp_eval_tracing_changed): the labels are this
     * function's own. */
    static void *untraced_targets[256];
    if (!frame) {
        for (int i = 0; i < 256; i++)
            untraced_targets[i] = throwflag ? &&MOVE_TO_TRACED : op_targets[i];
        return NULL;
    }
    int traced_slow = 0;    /* stays 0: the fast paths are always taken */
#endif
    mp_codeunit *last_instr = NULL; /* the traced copy's instruction before this one */
    (void)last_instr;

    mp_code *code;
    mp_codeunit *first_instr, *next_instr;
    mp_obj *stack_pointer, *localsplus;
    mp_obj *consts;
    int opcode, oparg;
    mp_obj kwnames = NULL;  /* set by KW_NAMES for the next CALL */

    LOAD_FRAME();
    if (throwflag)
        goto resume_with_error;
    DISPATCH();

#if EVAL_TRACED
TRACE_INSTRUCTION:
    SAVE_STACK();
    if (mp_trace_instruction(ts, frame, frame->prev_instr, last_instr) < 0) {
        frame->stacktop = 0;
        goto error;
    }
    stack_pointer = localsplus + code->nlocalsplus + frame->stacktop;
    frame->stacktop = 0;
    /* Tracing stopped (the trace function called sys.settrace(None)): the
     * instruction runs in the untraced copy, unless a CALL's KW_NAMES
     * (held in this copy's kwnames) came before it. */
    if (MP_UNLIKELY(!mp_tracing_active) && !kwnames)
        SWITCH_LOOP(frame->prev_instr - 1);
    /* The instructions with a fast path run their slow one when traced. */
    traced_slow = opcode == MP_OP_LOAD_ATTR || opcode == MP_OP_STORE_ATTR ||
                  opcode == MP_OP_LOAD_METHOD || opcode == MP_OP_LOAD_GLOBAL ||
                  opcode == MP_OP_CALL;
    goto *op_targets[opcode];
#else
MOVE_TO_TRACED:
    /* Tracing has started: the instruction DISPATCH took runs again in
     * the traced copy (not after KW_NAMES, whose names are in kwnames:
     * nothing between it and its CALL can start tracing anyway). */
    if (kwnames)
        goto *op_targets[opcode];
    SWITCH_LOOP(next_instr - 2);
#endif

    TARGET(CACHE)
    {
        mp_err_format(&mp_type_SystemError, "unsupported opcode %s in minipy",
                      mp_opcode_names[opcode] ? mp_opcode_names[opcode] : "?");
        goto error;
    }

    TARGET(NOP) { DISPATCH(); }

    TARGET(RESUME)
    {
        if (MP_UNLIKELY(mp_eval_breaker))
            HANDLE_EVAL_BREAKER();
        DISPATCH();
    }

    TARGET(EXTENDED_ARG)
    {
        int prev = oparg;
        opcode = next_instr->op;
        oparg = (prev << 8) | next_instr->arg;
        frame->prev_instr = next_instr;
        next_instr++;
        goto *op_targets[opcode];
    }

    /* ---- locals, constants, names ---- */

    TARGET(LOAD_FAST)
    {
        mp_obj v = GETLOCAL(oparg);
        if (MP_UNLIKELY(!v)) {
            mp_unbound_error(code, oparg);
            goto error;
        }
        mp_incref(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(LOAD_CONST)
    {
        mp_obj v = consts[oparg];
        mp_incref(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_FAST)
    {
        mp_obj v = POP();
        SETLOCAL(oparg, v);
        DISPATCH();
    }

    TARGET(DELETE_FAST)
    {
        if (!GETLOCAL(oparg)) {
            mp_unbound_error(code, oparg);
            goto error;
        }
        SETLOCAL(oparg, NULL);
        DISPATCH();
    }

    TARGET(POP_TOP)
    {
        mp_obj v = POP();
        mp_decref(v);
        DISPATCH();
    }

    TARGET(PUSH_NULL)
    {
        PUSH(NULL);
        DISPATCH();
    }

    TARGET(COPY)
    {
        mp_obj v = PEEK(oparg);
        mp_incref(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(SWAP)
    {
        mp_obj t = TOP();
        SET_TOP(PEEK(oparg));
        PEEK(oparg) = t;
        DISPATCH();
    }

    TARGET(LOAD_NAME)
    {
        mp_obj v = mp_load_name(frame, NAME(oparg));
        CHECK(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_NAME)
    {
        mp_obj v = POP();
        int r;
        if (!frame->locals) {
            mp_err_format(&mp_type_SystemError, "no locals found when storing %R", NAME(oparg));
            r = -1;
        } else if (mp_type_of(frame->locals) == &mp_type_dict) {
            /* Only an exact dict: a __prepare__d subclass sees __setitem__. */
            r = mp_dict_setitem(frame->locals, NAME(oparg), v);
        } else {
            r = mp_obj_setitem(frame->locals, NAME(oparg), v);
        }
        mp_decref(v);
        CHECK(r == 0);
        DISPATCH();
    }

    TARGET(DELETE_NAME)
    {
        mp_obj name = NAME(oparg);
        if (!frame->locals) {
            mp_err_format(&mp_type_SystemError, "no locals when deleting %R", name);
            goto error;
        }
        if (mp_obj_delitem(frame->locals, name) < 0) {
            if (mp_err_matches(&mp_type_KeyError)) {
                mp_err_clear();
                mp_name_error(name);
            }
            goto error;
        }
        DISPATCH();
    }

    TARGET(LOAD_GLOBAL)
    {
        if (oparg & 1)
            PUSH(NULL);
        mp_obj name = NAME(oparg >> 1), v = NULL;
        global_cache c;
        uint64_t version = global_cache_version(next_instr);
        uint16_t index;
        memcpy(&index, next_instr, sizeof index);
        if (MP_LIKELY(!traced_slow)) {
            if (version == 0)
                v = mp_dict_value_at_hint(frame->globals, name, index);
            else if (version == ((mp_dict *)frame->globals)->version)
                v = mp_dict_value_at_hint(frame->builtins, name, index);
        }
        if (MP_LIKELY(v != NULL)) {
            mp_incref(v);
        } else {
            traced_slow = 0;
            v = mp_load_global(frame, name);
            CHECK(v);
            /* Remember the entry: in globals, or in builtins while
             * globals do not change. */
            intptr_t ix = mp_dict_hint_of(frame->globals, name);
            c = (global_cache){0, {0, 0, 0, 0}};
            if (fits_hint(ix)) {
                c.index = (uint16_t)ix;
            } else if (ix < 0 && mp_dict_check(frame->builtins)) {
                ix = mp_dict_hint_of(frame->builtins, name);
                version = ((mp_dict *)frame->globals)->version;
                if (fits_hint(ix) && version != 0) {
                    c.index = (uint16_t)ix;
                    for (int i = 0; i < 4; i++)
                        c.version[i] = (uint16_t)(version >> (16 * i));
                }
            }
            memcpy(next_instr, &c, sizeof c);
        }
        PUSH(v);
        SKIP_CACHES(LOAD_GLOBAL);
        DISPATCH();
    }

    TARGET(STORE_GLOBAL)
    {
        mp_obj v = POP();
        int r = mp_dict_setitem(frame->globals, NAME(oparg), v);
        mp_decref(v);
        CHECK(r == 0);
        DISPATCH();
    }

    TARGET(DELETE_GLOBAL)
    {
        int r = mp_dict_pop(frame->globals, NAME(oparg), NULL);
        if (r == 0)
            mp_name_error(NAME(oparg));
        CHECK(r > 0);
        DISPATCH();
    }

    /* ---- cells ---- */

    TARGET(MAKE_CELL)
    {
        mp_obj cell = mp_cell_new(GETLOCAL(oparg));
        CHECK(cell);
        SETLOCAL(oparg, cell);
        DISPATCH();
    }

    TARGET(COPY_FREE_VARS)
    {
        mp_obj closure = frame->func->closure;
        int offset = code->nlocalsplus - oparg;
        for (int i = 0; i < oparg; i++) {
            mp_obj c = MP_TUPLE_GET(closure, i);
            mp_incref(c);
            localsplus[offset + i] = c;
        }
        DISPATCH();
    }

    TARGET(LOAD_CLOSURE)
    {
        mp_obj cell = GETLOCAL(oparg);
        if (!cell) {
            mp_unbound_error(code, oparg);
            goto error;
        }
        mp_incref(cell);
        PUSH(cell);
        DISPATCH();
    }

    TARGET(LOAD_DEREF)
    {
        mp_obj v = ((mp_cell *)GETLOCAL(oparg))->ref;
        if (!v) {
            mp_unbound_error(code, oparg);
            goto error;
        }
        mp_incref(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(LOAD_CLASSDEREF)
    {
        /* A class body reads its own namespace before the closure. */
        mp_obj name = MP_TUPLE_GET(code->localsplusnames, oparg);
        mp_obj v = mp_dict_check(frame->locals) ? mp_dict_getitem(frame->locals, name) : NULL;
        if (v) {
            mp_incref(v);
        } else {
            CHECK(!mp_err_occurred());
            v = ((mp_cell *)GETLOCAL(oparg))->ref;
            if (!v) {
                mp_unbound_error(code, oparg);
                goto error;
            }
            mp_incref(v);
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_DEREF)
    {
        mp_obj v = POP();
        mp_cell *cell = (mp_cell *)GETLOCAL(oparg);
        mp_obj old = cell->ref;
        cell->ref = v;
        mp_xdecref(old);
        DISPATCH();
    }

    TARGET(DELETE_DEREF)
    {
        mp_cell *cell = (mp_cell *)GETLOCAL(oparg);
        if (!cell->ref) {
            mp_unbound_error(code, oparg);
            goto error;
        }
        MP_CLEAR(cell->ref);
        DISPATCH();
    }

    /* ---- operators ---- */

    TARGET(UNARY_POSITIVE)
    TARGET(UNARY_NEGATIVE)
    TARGET(UNARY_INVERT)
    {
        mp_obj v = TOP(), r;
        if (mp_is_small(v) && opcode == MP_OP_UNARY_NEGATIVE && mp_fits_small(-mp_small_value(v)))
            r = mp_small(-mp_small_value(v));
        else if (opcode == MP_OP_UNARY_NEGATIVE)
            r = mp_number_negative(v);
        else if (opcode == MP_OP_UNARY_POSITIVE)
            r = mp_number_positive(v);
        else
            r = mp_number_invert(v);
        CHECK(r);
        mp_decref(v);
        SET_TOP(r);
        DISPATCH();
    }

    TARGET(UNARY_NOT)
    {
        mp_obj v = TOP();
        int t = mp_obj_is_true(v);
        CHECK(t >= 0);
        mp_decref(v);
        SET_TOP(t ? mp_false : mp_true);
        DISPATCH();
    }

    TARGET(BINARY_OP)
    {
        mp_obj b = POP(), a = TOP(), r = NULL;
        double x, y, v;
        if (mp_is_small(a) && mp_is_small(b)) {
            r = small_binop(a, b, oparg);
            if (!r && (oparg == MP_NB_TRUE_DIVIDE || oparg == MP_NB_TRUE_DIVIDE + MP_NB_INPLACE) &&
                float_operands(a, b, &x, &y) && float_binop(x, y, oparg, &v)) {
                r = mp_float_new(v);
                if (!r) {
                    mp_decref(b);
                    goto error;
                }
            }
        } else if (float_operands(a, b, &x, &y) && float_binop(x, y, oparg, &v)) {
            /* An operand float that only this stack holds (a temporary)
             * takes the result (not while the tracer shows the new float
             * and the freed one). */
            mp_obj reuse = NULL;
            if (!mp_is_small(a) && a->refcnt == 1)
                reuse = a;
            else if (!mp_is_small(b) && b->refcnt == 1)
                reuse = b;
            if (reuse && !TRACED_REFCOUNTS()) {
                ((mp_float *)reuse)->value = v;
                mp_decref(reuse == a ? b : a);
                SET_TOP(reuse);
                SKIP_CACHES(BINARY_OP);
                DISPATCH();
            }
            r = mp_float_new(v);
            if (!r) {
                mp_decref(b);
                goto error;
            }
        }
        if (!r) {
            if ((oparg == MP_NB_ADD || oparg == MP_NB_ADD + MP_NB_INPLACE) &&
                mp_str_check_exact(a) && mp_str_check_exact(b)) {
                /* s += x, where s is held only by its variable and this
                 * stack, and the next instruction stores back into it:
                 * append in place (CPython's unicode_concatenate).  Not
                 * while the tracer counts references: it shows the new
                 * str the plain path makes. */
                mp_codeunit *store = next_instr + CACHES_BINARY_OP;
                if (a->refcnt == 2 && store->op == MP_OP_STORE_FAST &&
                    localsplus[store->arg] == a && !TRACED_REFCOUNTS()) {
                    localsplus[store->arg] = NULL;
                    a->refcnt--;
                    r = mp_str_append_consume(a, b);
                    if (!r) {
                        localsplus[store->arg] = a;
                        a->refcnt++;
                        mp_decref(b);
                        goto error;
                    }
                    mp_decref(b);
                    SET_TOP(r);
                    SKIP_CACHES(BINARY_OP);
                    DISPATCH();
                }
                r = mp_str_concat(a, b);
            } else
                r = mp_number_binary_op(a, b, oparg);
            if (!r) {
                mp_decref(b);
                goto error;
            }
        }
        mp_decref(a);
        mp_decref(b);
        SET_TOP(r);
        SKIP_CACHES(BINARY_OP);
        DISPATCH();
    }

    TARGET(COMPARE_OP)
    {
        mp_obj b = POP(), a = TOP(), r;
        double x, y;
        int t;
        if (mp_is_small(a) && mp_is_small(b)) {
            t = small_compare(mp_small_value(a), mp_small_value(b), oparg);
            goto compare_and_jump;
        } else if (float_operands(a, b, &x, &y)) {
            t = float_compare(x, y, oparg);
        compare_and_jump:;
            /* A comparison that a conditional jump tests (`if a < b:`,
             * `while`) jumps at once, without the bool on the stack
             * (CPython's COMPARE_OP_*_JUMP); a traced one runs both
             * instructions as written. */
            mp_codeunit *jump = next_instr + CACHES_COMPARE_OP;
            if (!EVAL_TRACED && (jump->op == MP_OP_POP_JUMP_FORWARD_IF_FALSE ||
                                 jump->op == MP_OP_POP_JUMP_FORWARD_IF_TRUE)) {
                mp_decref(a);
                mp_decref(b);
                STACK_SHRINK(1);
                next_instr = jump + 1;
                if (t == (jump->op == MP_OP_POP_JUMP_FORWARD_IF_TRUE))
                    JUMPBY(jump->arg);
                DISPATCH();
            }
            r = t ? mp_true : mp_false;
        } else {
            r = mp_obj_richcompare(a, b, oparg);
            if (!r) {
                mp_decref(b);
                goto error;
            }
        }
        mp_decref(a);
        mp_decref(b);
        SET_TOP(r);
        SKIP_CACHES(COMPARE_OP);
        DISPATCH();
    }

    TARGET(IS_OP)
    {
        mp_obj b = POP(), a = TOP();
        int r = (a == b) ^ oparg;
        mp_decref(a);
        mp_decref(b);
        SET_TOP(r ? mp_true : mp_false);
        DISPATCH();
    }

    TARGET(CONTAINS_OP)
    {
        mp_obj container = POP(), item = TOP();
        int r = mp_sequence_contains(container, item);
        mp_decref(container);
        CHECK(r >= 0);
        mp_decref(item);
        SET_TOP((r ^ oparg) ? mp_true : mp_false);
        DISPATCH();
    }

    /* ---- subscripts and attributes ---- */

    TARGET(BINARY_SUBSCR)
    {
        mp_obj key = POP(), container = TOP(), r;
        if (mp_is_small(key) && mp_type_of(container) == &mp_type_list) {
            intptr_t i = mp_small_value(key), n = MP_LIST_LEN(container);
            if (i < 0)
                i += n;
            if (i >= 0 && i < n) {
                r = mp_newref(MP_LIST_GET(container, i));
                goto subscr_done;
            }
        }
        r = mp_obj_getitem(container, key);
        if (!r) {
            mp_decref(key);
            goto error;
        }
    subscr_done:
        mp_decref(container);
        mp_decref(key);
        SET_TOP(r);
        SKIP_CACHES(BINARY_SUBSCR);
        DISPATCH();
    }

    TARGET(STORE_SUBSCR)
    {
        mp_obj key = POP(), container = POP(), value = POP();
        int r;
        intptr_t i;
        if (mp_is_small(key) && mp_type_of(container) == &mp_type_list &&
            (i = mp_small_value(key) < 0 ? mp_small_value(key) + MP_LIST_LEN(container)
                                         : mp_small_value(key)) >= 0 &&
            i < MP_LIST_LEN(container)) {
            /* list[i] = value, as list's own item assignment does it. */
            MP_SETREF(MP_LIST_ITEMS(container)[i], mp_newref(value));
            r = 0;
        } else {
            r = mp_obj_setitem(container, key, value);
        }
        mp_decref(key);
        mp_decref(container);
        mp_decref(value);
        CHECK(r == 0);
        SKIP_CACHES(STORE_SUBSCR);
        DISPATCH();
    }

    TARGET(DELETE_SUBSCR)
    {
        mp_obj key = POP(), container = POP();
        int r = mp_obj_delitem(container, key);
        mp_decref(key);
        mp_decref(container);
        CHECK(r == 0);
        DISPATCH();
    }

    TARGET(LOAD_ATTR)
    {
        mp_obj owner = TOP(), r = NULL;
        attr_cache c;
        memcpy(&c, next_instr, sizeof c);
        if (c.kind != ATTR_NONE && !mp_is_small(owner) && MP_LIKELY(!traced_slow)) {
            mp_type *t = owner->type;
            if (c.kind == ATTR_CLASS) {
                mp_type *cls = (mp_type *)owner;
                if (t == &mp_type_type && mp_type_tag_valid(cls, c.tag))
                    r = mp_dict_value_at_hint(cls->dict, NAME(oparg), c.index);
            } else if (mp_type_tag_valid(t, c.tag)) {
                if (c.kind == ATTR_DICT) {
                    mp_obj d = *(mp_obj *)((char *)owner + t->dictoffset);
                    if (d && !(r = mp_dict_value_at_hint(d, NAME(oparg), c.index))) {
                        /* Elsewhere in the dict (instances that got their
                         * attributes in another order). */
                        r = mp_dict_getitem_hash(d, NAME(oparg), mp_str_hash(NAME(oparg)));
                        CHECK(r || !mp_err_occurred());
                    }
                } else if (c.kind == ATTR_SLOT) {
                    r = *(mp_obj *)((char *)owner + c.index);
                }
            }
        }
        if (MP_LIKELY(r != NULL)) {
            mp_incref(r);
        } else {
            traced_slow = 0;
            r = mp_obj_getattr(owner, NAME(oparg));
            CHECK(r);
            specialize_attr(owner, NAME(oparg), next_instr, 0);
        }
        mp_decref(owner);
        SET_TOP(r);
        SKIP_CACHES(LOAD_ATTR);
        DISPATCH();
    }

    TARGET(LOAD_METHOD)
    {
        mp_obj owner = TOP(), meth;
        method_cache c;
        memcpy(&c, next_instr, sizeof c);
        if (c.kind == ATTR_METHOD && !mp_is_small(owner) && MP_LIKELY(!traced_slow) &&
            mp_type_tag_valid(owner->type, c.tag)) {
            /* The method, unless the instance's dict has the name. */
            mp_type *t = owner->type;
            mp_obj d = t->dictoffset ? *(mp_obj *)((char *)owner + t->dictoffset) : NULL;
            if (!d || MP_DICT_LEN(d) == 0 ||
                (!mp_dict_getitem_hash(d, NAME(oparg), mp_str_hash(NAME(oparg))) &&
                 !mp_err_occurred())) {
                meth = c.descr;
                mp_incref(meth);
                SET_TOP(meth);
                PUSH(owner);
                SKIP_CACHES(LOAD_METHOD);
                DISPATCH();
            }
            CHECK(!mp_err_occurred());
        }
        traced_slow = 0;
        int unbound = mp_obj_get_method(owner, NAME(oparg), &meth);
        CHECK(unbound >= 0);
        if (unbound)
            specialize_method(owner, NAME(oparg), next_instr);
        else
            memset(next_instr, 0, sizeof(method_cache));
        if (unbound) {
            /* meth, self: the call passes owner as the first argument. */
            SET_TOP(meth);
            PUSH(owner);
        } else {
            SET_TOP(NULL);
            mp_decref(owner);
            PUSH(meth);
        }
        SKIP_CACHES(LOAD_METHOD);
        DISPATCH();
    }

    TARGET(STORE_ATTR)
    {
        mp_obj owner = POP(), value = POP();
        attr_cache c;
        memcpy(&c, next_instr, sizeof c);
        int r = -1;
        if (c.kind != ATTR_NONE && !mp_is_small(owner) && MP_LIKELY(!traced_slow) &&
            mp_type_tag_valid(owner->type, c.tag)) {
            if (c.kind == ATTR_DICT) {
                mp_obj *dictp = (mp_obj *)((char *)owner + owner->type->dictoffset);
                mp_obj d = *dictp;
                /* A new instance gets its dict with its first attribute,
                 * as the generic setattr makes it. */
                if (!d && (d = *dictp = mp_dict_new()) == NULL) {
                    r = -2;
                } else if (mp_dict_replace_at_hint(d, NAME(oparg), c.index, value) == 0) {
                    r = 0;
                } else {
                    /* Elsewhere in the dict, or not yet there (a new
                     * instance): the type still has no descriptor for the
                     * name, so the dict takes it as the generic setattr
                     * would give it. */
                    r = mp_dict_setitem(d, NAME(oparg), value) < 0 ? -2 : 0;
                }
            } else if (c.kind == ATTR_SLOT) {
                /* A slot: as member_set stores it. */
                mp_obj *slot = (mp_obj *)((char *)owner + c.index);
                mp_incref(value);
                MP_SETREF(*slot, value);
                r = 0;
            }
        }
        if (r == -1) {
            traced_slow = 0;
            r = mp_obj_setattr(owner, NAME(oparg), value);
            if (r == 0)
                specialize_attr(owner, NAME(oparg), next_instr, 1);
        }
        mp_decref(owner);
        mp_decref(value);
        CHECK(r == 0);
        SKIP_CACHES(STORE_ATTR);
        DISPATCH();
    }

    TARGET(DELETE_ATTR)
    {
        mp_obj owner = POP();
        int r = mp_obj_setattr(owner, NAME(oparg), NULL);
        mp_decref(owner);
        CHECK(r == 0);
        DISPATCH();
    }

    /* ---- building ---- */

    TARGET(BUILD_TUPLE)
    {
        mp_obj t = mp_tuple_new(oparg);
        CHECK(t);
        for (int i = oparg - 1; i >= 0; i--)
            MP_TUPLE_ITEMS(t)[i] = POP();
        PUSH(t);
        DISPATCH();
    }

    TARGET(BUILD_LIST)
    {
        mp_obj l = mp_list_new(oparg);
        CHECK(l);
        for (int i = oparg - 1; i >= 0; i--)
            MP_LIST_ITEMS(l)[i] = POP();
        PUSH(l);
        DISPATCH();
    }

    TARGET(BUILD_SET)
    {
        mp_obj s = mp_set_new(NULL);
        int r = s ? 0 : -1;
        for (int i = oparg; i > 0; i--) {
            if (r == 0 && mp_set_add(s, PEEK(i)) < 0)
                r = -1;
        }
        for (int i = 0; i < oparg; i++)
            mp_decref(POP());
        if (r < 0) {
            mp_xdecref(s);
            goto error;
        }
        PUSH(s);
        DISPATCH();
    }

    TARGET(BUILD_MAP)
    {
        mp_obj d = mp_dict_new();
        int r = d ? 0 : -1;
        for (int i = oparg; i > 0; i--)
            if (r == 0 && mp_dict_setitem(d, PEEK(2 * i), PEEK(2 * i - 1)) < 0)
                r = -1;
        for (int i = 0; i < 2 * oparg; i++)
            mp_decref(POP());
        if (r < 0) {
            mp_xdecref(d);
            goto error;
        }
        PUSH(d);
        DISPATCH();
    }

    TARGET(BUILD_CONST_KEY_MAP)
    {
        mp_obj keys = POP();
        mp_obj d = mp_dict_new();
        int r = d ? 0 : -1;
        for (int i = 0; i < oparg && r == 0; i++)
            if (mp_dict_setitem(d, MP_TUPLE_GET(keys, i), PEEK(oparg - i)) < 0)
                r = -1;
        mp_decref(keys);
        for (int i = 0; i < oparg; i++)
            mp_decref(POP());
        if (r < 0) {
            mp_xdecref(d);
            goto error;
        }
        PUSH(d);
        DISPATCH();
    }

    TARGET(BUILD_SLICE)
    {
        mp_obj step = oparg == 3 ? POP() : NULL;
        mp_obj stop = POP(), start = TOP();
        mp_obj s = mp_slice_new(start, stop, step);
        mp_decref(start);
        mp_decref(stop);
        mp_xdecref(step);
        if (!s) {
            STACK_SHRINK(1);
            goto error;
        }
        SET_TOP(s);
        DISPATCH();
    }

    TARGET(BUILD_STRING)
    {
        mp_obj s = mp_build_string(stack_pointer - oparg, oparg);
        for (int i = 0; i < oparg; i++)
            mp_decref(POP());
        CHECK(s);
        PUSH(s);
        DISPATCH();
    }

    TARGET(FORMAT_VALUE)
    {
        mp_obj spec = (oparg & 4) ? POP() : NULL;
        mp_obj v = TOP();
        mp_obj r = mp_format_value(v, oparg & 3, spec);
        mp_xdecref(spec);
        CHECK(r);
        mp_decref(v);
        SET_TOP(r);
        DISPATCH();
    }

    TARGET(LIST_APPEND)
    {
        mp_obj v = POP();
        int r = mp_list_append(PEEK(oparg), v);
        mp_decref(v);
        CHECK(r == 0);
        DISPATCH();
    }

    TARGET(SET_ADD)
    {
        mp_obj v = POP();
        int r = mp_set_add(PEEK(oparg), v);
        mp_decref(v);
        CHECK(r == 0);
        DISPATCH();
    }

    TARGET(MAP_ADD)
    {
        mp_obj value = POP(), key = POP();
        int r = mp_dict_setitem(PEEK(oparg), key, value);
        mp_decref(key);
        mp_decref(value);
        CHECK(r == 0);
        DISPATCH();
    }

    TARGET(LIST_EXTEND)
    {
        mp_obj iterable = POP();
        /* The function being called sits below the list for f(*a). */
        mp_obj func = stack_pointer - oparg - 1 - localsplus > code->nlocalsplus ? PEEK(oparg + 1) : NULL;
        int r = mp_list_extend_star(PEEK(oparg), iterable, func);
        mp_decref(iterable);
        CHECK(r == 0);
        DISPATCH();
    }

    TARGET(SET_UPDATE)
    {
        mp_obj iterable = POP();
        int r = mp_set_update(PEEK(oparg), iterable);
        mp_decref(iterable);
        CHECK(r == 0);
        DISPATCH();
    }

    TARGET(DICT_UPDATE)
    {
        mp_obj other = POP();
        int r = mp_dict_update_checked(PEEK(oparg), other);
        mp_decref(other);
        CHECK(r == 0);
        DISPATCH();
    }

    TARGET(DICT_MERGE)
    {
        mp_obj other = POP();
        /* Below the dict: the args tuple, then the function (f(**kw)). */
        int r = mp_dict_merge_star(PEEK(oparg), other, PEEK(oparg + 2));
        mp_decref(other);
        CHECK(r == 0);
        DISPATCH();
    }

    TARGET(LIST_TO_TUPLE)
    {
        mp_obj l = TOP();
        mp_obj t = mp_list_as_tuple(l);
        CHECK(t);
        mp_decref(l);
        SET_TOP(t);
        DISPATCH();
    }

    TARGET(UNPACK_SEQUENCE)
    {
        mp_obj seq = POP();
        mp_type *t = mp_type_of(seq);
        if (t == &mp_type_tuple && MP_TUPLE_LEN(seq) == oparg) {
            for (int i = oparg - 1; i >= 0; i--)
                PUSH(mp_newref(MP_TUPLE_GET(seq, i)));
        } else if (t == &mp_type_list && MP_LIST_LEN(seq) == oparg) {
            for (int i = oparg - 1; i >= 0; i--)
                PUSH(mp_newref(MP_LIST_GET(seq, i)));
        } else {
            int r = mp_unpack(seq, oparg, -1, stack_pointer);
            if (r < 0) {
                mp_decref(seq);
                goto error;
            }
            STACK_GROW(oparg);
        }
        mp_decref(seq);
        SKIP_CACHES(UNPACK_SEQUENCE);
        DISPATCH();
    }

    TARGET(UNPACK_EX)
    {
        int before = oparg & 0xFF, after = oparg >> 8;
        mp_obj seq = POP();
        int r = mp_unpack(seq, before, after, stack_pointer);
        mp_decref(seq);
        CHECK(r == 0);
        STACK_GROW(before + after + 1);
        DISPATCH();
    }

    /* ---- jumps ---- */

    TARGET(JUMP_FORWARD)
    {
        JUMPBY(oparg);
        DISPATCH();
    }

    TARGET(JUMP_BACKWARD)
    {
        JUMPBY(-oparg);
        if (MP_UNLIKELY(mp_eval_breaker))
            HANDLE_EVAL_BREAKER();
        DISPATCH();
    }

    TARGET(JUMP_BACKWARD_NO_INTERRUPT)
    {
        JUMPBY(-oparg);
        DISPATCH();
    }

#define POP_JUMP_IF(name, delta, test_true)                                    \
    TARGET(name)                                                               \
    {                                                                          \
        mp_obj v = POP();                                                      \
        int t;                                                                 \
        if (v == mp_true)                                                      \
            t = 1;                                                             \
        else if (v == mp_false)                                                \
            t = 0;                                                             \
        else {                                                                 \
            t = mp_obj_is_true(v);                                             \
            mp_decref(v);                                                      \
            CHECK(t >= 0);                                                     \
        }                                                                      \
        if (t == (test_true))                                                  \
            JUMPBY(delta);                                                     \
        DISPATCH();                                                            \
    }

    POP_JUMP_IF(POP_JUMP_FORWARD_IF_FALSE, oparg, 0)
    POP_JUMP_IF(POP_JUMP_FORWARD_IF_TRUE, oparg, 1)
    POP_JUMP_IF(POP_JUMP_BACKWARD_IF_FALSE, -oparg, 0)
    POP_JUMP_IF(POP_JUMP_BACKWARD_IF_TRUE, -oparg, 1)

#define POP_JUMP_IF_NONE(name, delta, want_none)                               \
    TARGET(name)                                                               \
    {                                                                          \
        mp_obj v = POP();                                                      \
        if ((v == mp_none) == (want_none))                                     \
            JUMPBY(delta);                                                     \
        mp_decref(v);                                                          \
        DISPATCH();                                                            \
    }

    POP_JUMP_IF_NONE(POP_JUMP_FORWARD_IF_NONE, oparg, 1)
    POP_JUMP_IF_NONE(POP_JUMP_FORWARD_IF_NOT_NONE, oparg, 0)
    POP_JUMP_IF_NONE(POP_JUMP_BACKWARD_IF_NONE, -oparg, 1)
    POP_JUMP_IF_NONE(POP_JUMP_BACKWARD_IF_NOT_NONE, -oparg, 0)

    TARGET(JUMP_IF_FALSE_OR_POP)
    TARGET(JUMP_IF_TRUE_OR_POP)
    {
        mp_obj v = TOP();
        int t = mp_obj_is_true(v);
        CHECK(t >= 0);
        if (t == (opcode == MP_OP_JUMP_IF_TRUE_OR_POP)) {
            JUMPBY(oparg);
        } else {
            STACK_SHRINK(1);
            mp_decref(v);
        }
        DISPATCH();
    }

    /* ---- iteration ---- */

    TARGET(GET_ITER)
    {
        mp_obj v = TOP();
        mp_obj it = mp_obj_getiter(v);
        CHECK(it);
        mp_decref(v);
        SET_TOP(it);
        DISPATCH();
    }

    TARGET(FOR_ITER)
    {
        mp_obj it = TOP();
        mp_obj next = mp_type_of(it)->iternext(it);
        if (next) {
            PUSH(next);
            DISPATCH();
        }
        if (mp_err_occurred()) {
            if (!mp_err_matches(&mp_type_StopIteration))
                goto error;
            if (TRACED(mp_tracing_active))
                mp_trace_exception_caught(ts, frame);
            mp_err_clear();
        }
        STACK_SHRINK(1);
        mp_decref(it);
        JUMPBY(oparg);
        DISPATCH();
    }

    /* ---- calls ---- */

    TARGET(KW_NAMES)
    {
        kwnames = consts[oparg];
        DISPATCH();
    }

    TARGET(PRECALL)
    {
        SKIP_CACHES(PRECALL);
        DISPATCH();
    }

    TARGET(CALL)
    {
        int is_meth = PEEK(oparg + 2) != NULL;
        int total = oparg + is_meth;
        mp_obj callable = is_meth ? PEEK(oparg + 2) : PEEK(oparg + 1);
        mp_obj *args = stack_pointer - total;
        mp_obj names = kwnames;
        kwnames = NULL;
        size_t nkw = names ? (size_t)MP_TUPLE_LEN(names) : 0;
        size_t npos = (size_t)total - nkw;
        SKIP_CACHES(CALL);
        int bind_slow = traced_slow;
        traced_slow = 0;
        if (mp_type_of(callable) == &mp_type_function) {
            /* A Python function: push its frame and go on in this loop. */
            mp_func *fn = (mp_func *)callable;
            if (++ts->recursion_depth > mp_the_interp.recursion_limit) {
                ts->recursion_depth--;
                mp_err_set_str(&mp_type_RecursionError, "maximum recursion depth exceeded");
                goto call_cleanup_error;
            }
            mp_frame *nf = mp_frame_push(ts, fn, NULL);
            if (!nf) {
                ts->recursion_depth--;
                goto call_cleanup_error;
            }
            mp_code *co = fn->code;
            if (!names && npos == (size_t)co->argcount && co->kwonlyargcount == 0 &&
                !(co->flags & (MP_CO_VARARGS | MP_CO_VARKEYWORDS)) && MP_LIKELY(!bind_slow)) {
                /* Exactly the positional parameters: the arguments move
                 * from the stack into the new frame, references and all
                 * (a traced CALL binds them as below: the tracer shows
                 * each count change). */
                memcpy(nf->localsplus, args, sizeof(mp_obj) * (size_t)total);
                STACK_SHRINK(total);
                goto call_pushed;
            }
            if (mp_bind_args(fn, nf->localsplus, args, npos, names) < 0) {
                mp_frame_pop(ts, nf);
                ts->recursion_depth--;
                goto call_cleanup_error;
            }
            for (int i = 0; i < total; i++)
                mp_decref(args[i]);
            STACK_SHRINK(total);
        call_pushed:;
            mp_obj f = POP(); /* callable (or the method's NULL slot) */
            mp_xdecref(f);
            if (!is_meth)
                STACK_SHRINK(1); /* the NULL */
            SAVE_STACK();
            /* The caller resumes after the CALL's caches. */
            frame->prev_instr = next_instr - 1;
            nf->previous = frame;
            ts->frame = nf;
            frame = nf;
            LOAD_FRAME();
            if (TRACED(mp_tracing_active))
                mp_trace_call(ts, frame);
            DISPATCH();
        }
        {
            SAVE_STACK();
            mp_obj r = TRACED(mp_tracing_active)
                           ? mp_trace_c_call(ts, frame, callable, args, npos, names)
                           : mp_call(callable, args, npos, names);
            frame->stacktop = 0;
            for (int i = 0; i < total; i++)
                mp_decref(args[i]);
            STACK_SHRINK(total);
            mp_decref(POP());
            if (!is_meth)
                STACK_SHRINK(1);
            CHECK(r);
            PUSH(r);
            DISPATCH();
        }
    call_cleanup_error:
        for (int i = 0; i < total; i++)
            mp_decref(args[i]);
        STACK_SHRINK(total);
        mp_decref(POP());
        if (!is_meth)
            STACK_SHRINK(1);
        goto error;
    }

    TARGET(CALL_FUNCTION_EX)
    {
        mp_obj kwargs = (oparg & 1) ? POP() : NULL;
        mp_obj callargs = POP();
        mp_obj func = TOP();
        SAVE_STACK();
        mp_obj r = TRACED(mp_tracing_active) ? mp_trace_c_call_ex(ts, frame, func, callargs, kwargs)
                                             : mp_call_ex(func, callargs, kwargs);
        frame->stacktop = 0;
        mp_decref(callargs);
        mp_xdecref(kwargs);
        mp_decref(POP());
        mp_obj null = POP(); /* the NULL slot below the function */
        mp_xdecref(null);
        CHECK(r);
        PUSH(r);
        DISPATCH();
    }

    TARGET(MAKE_FUNCTION)
    {
        mp_obj codeobj = POP();
        mp_obj parts[4] = {NULL, NULL, NULL, NULL};
        if (oparg & 8) parts[3] = POP();
        if (oparg & 4) parts[2] = POP();
        if (oparg & 2) parts[1] = POP();
        if (oparg & 1) parts[0] = POP();
        mp_obj fn = mp_make_function(frame, codeobj, oparg, parts);
        mp_decref(codeobj);
        for (int i = 0; i < 4; i++)
            mp_xdecref(parts[i]);
        CHECK(fn);
        PUSH(fn);
        DISPATCH();
    }

    TARGET(RETURN_VALUE)
    {
        mp_obj retval = POP();
        if (TRACED(mp_tracing_active)) {
            SAVE_STACK();
            mp_trace_return(ts, frame, retval);
            frame->stacktop = 0;
        }
        if (frame->is_entry) {
            mp_frame *f = frame;
            ts->frame = f->previous;
            if (f->owner == MP_FRAME_OWNED_BY_THREAD)
                mp_frame_pop(ts, f);
            else
                mp_gen_frame_returned(f);
            ts->recursion_depth--;
            return retval;
        }
        mp_frame *done = frame;
        frame = done->previous;
        ts->frame = frame;
        mp_frame_pop(ts, done);
        ts->recursion_depth--;
        LOAD_FRAME();
        PUSH(retval);
        DISPATCH();
    }

    /* ---- exceptions ---- */

    TARGET(RAISE_VARARGS)
    {
        mp_obj cause = oparg == 2 ? POP() : NULL;
        mp_obj exc = oparg >= 1 ? POP() : NULL;
        int r = mp_do_raise(exc, cause);
        mp_xdecref(exc);
        mp_xdecref(cause);
        if (r == 1)
            goto exception_unwind; /* bare raise: keep the traceback */
        goto error;
    }

    TARGET(PUSH_EXC_INFO)
    {
        mp_obj value = TOP();
        mp_exc_info *ei = ts->exc_info;
        mp_obj prev = ei->exc ? ei->exc : mp_newref(mp_none);
        ei->exc = mp_newref(value);
        SET_TOP(prev);
        PUSH(value);
        DISPATCH();
    }

    TARGET(POP_EXCEPT)
    {
        mp_obj value = POP();
        mp_exc_info *ei = ts->exc_info;
        mp_obj old = ei->exc;
        if (value == mp_none) {
            ei->exc = NULL;
            mp_decref(value);
        } else {
            ei->exc = value;
        }
        mp_xdecref(old);
        DISPATCH();
    }

    TARGET(CHECK_EXC_MATCH)
    {
        mp_obj type = POP();
        int r = mp_exc_matches(TOP(), type);
        mp_decref(type);
        CHECK(r >= 0);
        PUSH(r ? mp_true : mp_false);
        DISPATCH();
    }

    /* ---- the match statement ---- */

    TARGET(GET_LEN)
    {
        /* len(TOS) above it: the length checks of sequence and mapping
         * patterns. */
        intptr_t n = mp_obj_len(TOP());
        CHECK(n >= 0);
        mp_obj len = mp_int_from_ssize(n);
        CHECK(len);
        PUSH(len);
        DISPATCH();
    }

    TARGET(MATCH_MAPPING)
    {
        /* Whether TOS matches mapping patterns: dict, mappingproxy, the
         * classes of collections.abc.Mapping (a type flag, no lookups). */
        mp_obj match = (mp_type_of(TOP())->flags & MP_TPFLAGS_MAPPING) ? mp_true : mp_false;
        PUSH(match);
        DISPATCH();
    }

    TARGET(MATCH_SEQUENCE)
    {
        /* Whether TOS matches sequence patterns: list, tuple, range,
         * memoryview, the classes of collections.abc.Sequence; not str,
         * bytes or bytearray. */
        mp_obj match = (mp_type_of(TOP())->flags & MP_TPFLAGS_SEQUENCE) ? mp_true : mp_false;
        PUSH(match);
        DISPATCH();
    }

    TARGET(MATCH_KEYS)
    {
        /* [subject, keys] -> [subject, keys, values or None] */
        mp_obj values = mp_match_keys(SECOND(), TOP());
        CHECK(values);
        PUSH(values);
        DISPATCH();
    }

    TARGET(MATCH_CLASS)
    {
        /* [subject, type, names] -> [attributes or None]; oparg counts the
         * positional sub-patterns. */
        mp_obj names = POP(), type = POP(), subject = TOP();
        mp_obj attrs = mp_match_class(subject, type, oparg, names);
        mp_decref(names);
        mp_decref(type);
        if (!attrs) {
            CHECK(!mp_err_occurred());
            attrs = mp_none;
        }
        SET_TOP(attrs);
        mp_decref(subject);
        DISPATCH();
    }

    TARGET(CHECK_EG_MATCH)
    {
        mp_obj type = POP(), eg = POP();
        mp_obj match = NULL, rest = NULL;
        int r = mp_exception_group_match(eg, type, &match, &rest);
        mp_decref(type);
        mp_decref(eg);
        CHECK(r >= 0);
        PUSH(rest);
        PUSH(match);
        if (match != mp_none) {
            /* The handler runs with the matched group as the exception. */
            mp_exc_info *ei = ts->exc_info;
            MP_SETREF(ei->exc, mp_newref(match));
        }
        DISPATCH();
    }

    TARGET(PREP_RERAISE_STAR)
    {
        mp_obj excs = POP(), orig = TOP();
        mp_obj r = mp_exception_group_prep_reraise(orig, excs);
        mp_decref(excs);
        CHECK(r);
        mp_decref(orig);
        SET_TOP(r);
        DISPATCH();
    }

    TARGET(RERAISE)
    {
        mp_obj exc = POP();
        if (oparg) {
            mp_obj lasti = PEEK(oparg);
            if (mp_is_small(lasti))
                frame->prev_instr = first_instr + mp_small_value(lasti);
        }
        mp_err_restore(exc);
        goto exception_unwind;
    }

    TARGET(LOAD_ASSERTION_ERROR)
    {
        PUSH(mp_newref((mp_obj)&mp_type_AssertionError));
        DISPATCH();
    }

    TARGET(BEFORE_WITH)
    TARGET(BEFORE_ASYNC_WITH)
    {
        mp_obj mgr = TOP(), exit;
        mp_obj r = mp_with_enter(mgr, &exit, opcode == MP_OP_BEFORE_ASYNC_WITH);
        CHECK(r);
        mp_decref(mgr);
        SET_TOP(exit);
        PUSH(r);
        DISPATCH();
    }

    TARGET(WITH_EXCEPT_START)
    {
        /* Stack: exit, lasti, prev_exc, exc.  Calls exit(type, exc, tb). */
        mp_obj exc = TOP();
        mp_obj exit = PEEK(4);
        mp_obj tb = mp_exc_check(exc) ? mp_exc_get_traceback(exc) : NULL;
        mp_obj args[3] = {(mp_obj)mp_type_of(exc), exc, tb ? tb : mp_none};
        SAVE_STACK();
        mp_obj r = mp_call(exit, args, 3, NULL);
        frame->stacktop = 0;
        CHECK(r);
        PUSH(r);
        DISPATCH();
    }

    /* ---- modules and classes ---- */

    TARGET(IMPORT_NAME)
    {
        mp_obj fromlist = POP(), level = TOP();
        SAVE_STACK();
        mp_obj m = mp_import_name(frame, NAME(oparg), fromlist, level);
        frame->stacktop = 0;
        mp_decref(fromlist);
        CHECK(m);
        mp_decref(level);
        SET_TOP(m);
        DISPATCH();
    }

    TARGET(IMPORT_FROM)
    {
        mp_obj v = mp_import_from(TOP(), NAME(oparg));
        CHECK(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(IMPORT_STAR)
    {
        mp_obj m = POP();
        int r = mp_import_star(frame, m);
        mp_decref(m);
        CHECK(r == 0);
        DISPATCH();
    }

    TARGET(LOAD_BUILD_CLASS)
    {
        mp_obj bc = mp_load_build_class(frame);
        CHECK(bc);
        PUSH(bc);
        DISPATCH();
    }

    TARGET(SETUP_ANNOTATIONS)
    {
        CHECK(mp_setup_annotations(frame) == 0);
        DISPATCH();
    }

    TARGET(PRINT_EXPR)
    {
        mp_obj v = POP();
        SAVE_STACK();
        int r = mp_print_expr(v);
        frame->stacktop = 0;
        mp_decref(v);
        CHECK(r == 0);
        DISPATCH();
    }

    /* ---- generators and coroutines ---- */

    TARGET(RETURN_GENERATOR)
    {
        /* The frame moves into a new generator, which is returned to the
         * caller in its place; RESUME then runs on its first send(). */
        SAVE_STACK();
        mp_obj gen = mp_gen_new_from_frame(ts, frame);
        CHECK(gen);
        /* The generator's copy resumes after this instruction; this
         * frame, now empty, returns the generator. */
        mp_frame *done = frame;
        if (done->is_entry) {
            ts->frame = done->previous;
            mp_frame_pop(ts, done);
            ts->recursion_depth--;
            return gen;
        }
        frame = done->previous;
        ts->frame = frame;
        mp_frame_pop(ts, done);
        ts->recursion_depth--;
        LOAD_FRAME();
        PUSH(gen);
        DISPATCH();
    }

    TARGET(YIELD_VALUE)
    {
        mp_obj v = POP();
        SAVE_STACK();
        if (TRACED(mp_tracing_active))
            mp_trace_yield(ts, frame, v);
        ts->frame = frame->previous;
        ts->recursion_depth--;
        return v;
    }

    TARGET(SEND)
    {
        mp_obj value = POP(), receiver = TOP(), r;
        SAVE_STACK();
        int status = mp_gen_send_value(receiver, value, &r);
        frame->stacktop = 0;
        mp_decref(value);
        if (status < 0)
            goto error;
        if (status == 1) {
            /* The sub-iterator returned: its value replaces it. */
            mp_decref(receiver);
            SET_TOP(r);
            JUMPBY(oparg);
        } else {
            PUSH(r);
        }
        DISPATCH();
    }

    TARGET(GET_YIELD_FROM_ITER)
    TARGET(GET_AWAITABLE)
    TARGET(GET_AITER)
    TARGET(GET_ANEXT)
    TARGET(ASYNC_GEN_WRAP)
    TARGET(END_ASYNC_FOR)
    {
        SAVE_STACK();
        int r = mp_gen_opcode(ts, frame, opcode, oparg);
        stack_pointer = localsplus + code->nlocalsplus + frame->stacktop;
        frame->stacktop = 0;
        if (r == 2)
            goto exception_unwind; /* END_ASYNC_FOR re-raising */
        CHECK(r == 0);
        DISPATCH();
    }

    /* ---- errors ---- */

error:
    /* Record this frame in the traceback of the exception in flight. */
    if (mp_traceback_here(frame) < 0)
        mp_err_no_memory();
    if (TRACED(mp_tracing_active))
        mp_trace_exception(ts, frame);

exception_unwind:
    {
        /* The handler is found from the instruction running (next_instr);
         * prev_instr may have been moved back by RERAISE to where the
         * exception first rose, for the traceback's line. */
        int offset = (int)(next_instr - first_instr) - 1;
        const mp_exc_entry *h = find_handler(code, offset);
        if (h) {
            mp_obj *base = localsplus + code->nlocalsplus;
            while (stack_pointer > base + h->depth) {
                mp_obj v = POP();
                mp_xdecref(v);
            }
            if (h->lasti)
                PUSH(mp_small(offset));
            mp_obj exc = mp_err_fetch();
            PUSH(exc);
            next_instr = first_instr + h->target;
            if (TRACED(mp_tracing_active))
                mp_trace_exception_caught(ts, frame);
            DISPATCH();
        }
        /* No handler here: this frame is done; unwind into the caller. */
        while (stack_pointer > localsplus + code->nlocalsplus) {
            mp_obj v = POP();
            mp_xdecref(v);
        }
        frame->stacktop = 0;
        if (TRACED(mp_tracing_active))
            mp_trace_unwind(ts, frame);
        if (frame->is_entry) {
            mp_frame *f = frame;
            ts->frame = f->previous;
            if (f->owner == MP_FRAME_OWNED_BY_THREAD)
                mp_frame_pop(ts, f);
            else
                mp_gen_frame_returned(f);
            ts->recursion_depth--;
            return NULL;
        }
        mp_frame *done = frame;
        frame = done->previous;
        ts->frame = frame;
        mp_frame_pop(ts, done);
        ts->recursion_depth--;
        LOAD_FRAME();
    }
resume_with_error:
    goto error;

}
