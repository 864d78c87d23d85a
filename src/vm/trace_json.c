/* --trace=json and --trace=html: Online Python Tutor's trace format.
 * Not written yet: mp_trace_start refuses these forms with
 * NotImplementedError; the hooks below are the recorder's outline. */
#include "trace_internal.h"

static void on_instruction(mp_tstate *ts, mp_frame *f, intptr_t i) {}
static void on_return(mp_tstate *ts, mp_frame *f, mp_obj value, int yielded) {}
static void on_exception(mp_tstate *ts, mp_frame *f) {}
static void on_caught(mp_tstate *ts, mp_frame *f) {}
static void on_unwind(mp_tstate *ts, mp_frame *f) {}

const mp_recorder mp_trace_json_recorder = {
    .instruction = on_instruction,
    .ret = on_return,
    .exception = on_exception,
    .caught = on_caught,
    .unwind = on_unwind,
};
