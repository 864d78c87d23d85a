/* The per-opcode tables of opcodes.h, expanded from the one opcode list. */
#include "minipy/opcodes.h"

#define NAME(name, num, caches, kind, effect) [num] = #name,
const char *const mp_opcode_names[256] = {MP_OPCODES(NAME)};
#undef NAME

#define CACHES(name, num, caches, kind, effect) [num] = caches,
const unsigned char mp_opcode_caches[256] = {MP_OPCODES(CACHES)};
#undef CACHES

#define KIND(name, num, caches, kind, effect) [num] = MP_ARG_##kind,
const unsigned char mp_opcode_argkinds[256] = {MP_OPCODES(KIND)};
#undef KIND

#define EFFECT(name, num, caches, kind, effect) [num] = effect,
const char *const mp_opcode_effects[256] = {MP_OPCODES(EFFECT)};
#undef EFFECT
