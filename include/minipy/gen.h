/* Generators, coroutines and async generators (objects/gen.c).  Each owns
 * its frame (frame.h), which the eval loop runs from gen.send() and
 * suspends at YIELD_VALUE. */
#ifndef MINIPY_GEN_H
#define MINIPY_GEN_H

#include "minipy/frame.h"
#include "minipy/object.h"
#include "minipy/state.h"
#include "minipy/structseq.h"

extern mp_type mp_type_generator, mp_type_coroutine, mp_type_async_generator,
    mp_type_coroutine_wrapper, mp_type_async_gen_asend, mp_type_async_gen_athrow,
    mp_type_async_gen_wrapped_value, mp_type_anext_awaitable;

/* RETURN_GENERATOR: a new generator (or coroutine, or async generator, by
 * the code's flags) that takes over frame f's contents. */
mp_obj mp_gen_new_from_frame(mp_tstate *ts, mp_frame *f);
/* The eval loop tells a generator its frame has finished. */
void mp_gen_frame_returned(mp_frame *f);

/* SEND: sends value into receiver (a generator, coroutine or iterator).
 * Returns 0 with *result the yielded value, 1 with *result the returned
 * value (the StopIteration value), or -1 with an exception. */
int mp_gen_send_value(mp_obj receiver, mp_obj value, mp_obj *result);

/* The other generator opcodes (GET_YIELD_FROM_ITER, GET_AWAITABLE,
 * GET_AITER, GET_ANEXT, ASYNC_GEN_WRAP, END_ASYNC_FOR), run on the frame's
 * saved stack.  0, -1 with an exception, or 2 to re-raise one. */
int mp_gen_opcode(mp_tstate *ts, mp_frame *f, int opcode, int oparg);

/* `await x`'s iterator: x.__await__() checked as CPython does. */
mp_obj mp_get_awaitable(mp_obj o);

/* anext(aiterator, default)'s awaitable (objects/asyncgen.c): awaits
 * awaitable, giving default instead of StopAsyncIteration. */
mp_obj mp_anext_awaitable_new(mp_obj awaitable, mp_obj default_value);

/* sys.get_asyncgen_hooks() and sys.set_asyncgen_hooks(firstiter=,
 * finalizer=) (objects/asyncgen.c): the per-thread hooks that an event
 * loop sets to see async generators start and die. */
extern mp_structseq_type mp_type_asyncgen_hooks;
mp_obj mp_sys_get_asyncgen_hooks(mp_obj self);
mp_obj mp_sys_set_asyncgen_hooks(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames);

#endif
