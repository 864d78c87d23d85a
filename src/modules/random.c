/* The _random module: CPython's Mersenne Twister (MT19937, Matsumoto and
 * Nishimura's reference code, as Modules/_randommodule.c uses it), so
 * that a seeded generator gives CPython's sequence number for number.
 * lib/random.py builds every distribution on random() and getrandbits().
 *
 * Also here: _sha512(data), the SHA-512 digest (FIPS 180-4) that
 * random.seed() hashes str and bytes seeds with, as CPython 3.11 does for
 * version 2 seeds. */
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/bytes.h"
#include "minipy/exc.h"
#include "minipy/float.h"
#include "minipy/int.h"
#include "minipy/mem.h"
#include "minipy/module.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

#define FN(f) ((void (*)(void))(f))

/* ---- the generator ------------------------------------------------------------------------------ */

#define N 624
#define M 397
#define MATRIX_A 0x9908b0dfU   /* constant vector a */
#define UPPER_MASK 0x80000000U /* most significant w-r bits */
#define LOWER_MASK 0x7fffffffU /* least significant r bits */

typedef struct random_obj {
    mp_object ob;
    int index;
    uint32_t state[N];
} random_obj;

#define RND(o) ((random_obj *)(o))

/* The next 32 random bits. */
static uint32_t genrand_uint32(random_obj *self)
{
    static const uint32_t mag01[2] = {0x0U, MATRIX_A};
    uint32_t y, *mt = self->state;
    if (self->index >= N) { /* generate N words at one time */
        int kk;
        for (kk = 0; kk < N - M; kk++) {
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        for (; kk < N - 1; kk++) {
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + (M - N)] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
        self->index = 0;
    }
    y = mt[self->index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
}

static void init_genrand(random_obj *self, uint32_t s)
{
    uint32_t *mt = self->state;
    mt[0] = s;
    for (int mti = 1; mti < N; mti++)
        mt[mti] = (1812433253U * (mt[mti - 1] ^ (mt[mti - 1] >> 30)) + (uint32_t)mti);
    self->index = N;
}

/* Seeds from an array of words, the way every seed reaches the state. */
static void init_by_array(random_obj *self, const uint32_t *init_key, size_t key_length)
{
    uint32_t *mt = self->state;
    init_genrand(self, 19650218U);
    size_t i = 1, j = 0, k = N > key_length ? N : key_length;
    for (; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + init_key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= N) {
            mt[0] = mt[N - 1];
            i = 1;
        }
        if (j >= key_length)
            j = 0;
    }
    for (k = N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
        i++;
        if (i >= N) {
            mt[0] = mt[N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000U; /* MSB is 1; assuring non-zero initial array */
}

/* seed(None): from the system's randomness, else from the time and pid
 * (CPython's fallback). */
static void seed_from_system(random_obj *self)
{
    uint32_t key[N];
    size_t got = 0;
    while (got < sizeof key) {
        ssize_t r = getrandom((char *)key + got, sizeof key - got, GRND_NONBLOCK);
        if (r <= 0)
            break;
        got += (size_t)r;
    }
    if (got == sizeof key) {
        init_by_array(self, key, N);
        return;
    }
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    uint32_t k2[5] = {(uint32_t)ts.tv_sec, (uint32_t)((uint64_t)ts.tv_sec >> 32), (uint32_t)ts.tv_nsec,
                      (uint32_t)getpid(), 0};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    k2[4] = (uint32_t)ts.tv_nsec;
    init_by_array(self, k2, 5);
}

/* seed(arg): an int's absolute value, or any other object's hash taken as
 * unsigned, split into 32-bit words from the least significant. */
static int random_seed_impl(random_obj *self, mp_obj arg)
{
    if (!arg || arg == mp_none) {
        seed_from_system(self);
        return 0;
    }
    mpz_t z;
    mpz_init(z);
    if (mp_int_check(arg)) {
        mp_int_get_mpz(arg, z);
        mpz_abs(z, z);
    } else {
        mp_hash_t h = mp_obj_hash(arg);
        if (h == -1 && mp_err_occurred()) {
            mpz_clear(z);
            return -1;
        }
        mpz_set_ui(z, (unsigned long)(size_t)h);
    }
    size_t bits = mpz_sizeinbase(z, 2);
    if (mpz_sgn(z) == 0)
        bits = 0;
    size_t keyused = bits == 0 ? 1 : (bits - 1) / 32 + 1;
    uint32_t *key = mp_calloc(keyused, sizeof(uint32_t));
    if (!key) {
        mpz_clear(z);
        mp_err_no_memory();
        return -1;
    }
    /* Least significant word first, each in the machine's order. */
    mpz_export(key, NULL, -1, sizeof(uint32_t), 0, 0, z);
    mpz_clear(z);
    init_by_array(self, key, keyused);
    mp_free(key);
    return 0;
}

/* ---- the type ----------------------------------------------------------------------------------- */

static mp_obj random_random(mp_obj self)
{
    uint32_t a = genrand_uint32(RND(self)) >> 5, b = genrand_uint32(RND(self)) >> 6;
    return mp_float_new((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

static mp_obj random_seed(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("seed", nargs, 0, 1) < 0)
        return NULL;
    if (random_seed_impl(RND(self), nargs ? args[0] : NULL) < 0)
        return NULL;
    MP_RETURN_NONE;
}

static mp_obj random_getstate(mp_obj self)
{
    mp_obj t = mp_tuple_new(N + 1);
    if (!t)
        return NULL;
    for (int i = 0; i < N; i++) {
        mp_obj v = mp_int_from_ull(RND(self)->state[i]);
        if (!v) {
            mp_decref(t);
            return NULL;
        }
        MP_TUPLE_ITEMS(t)[i] = v;
    }
    MP_TUPLE_ITEMS(t)[N] = mp_small(RND(self)->index);
    return t;
}

/* An item of a state tuple as an unsigned long, with CPython's errors. */
static int state_word(mp_obj o, uint32_t *out)
{
    if (!mp_int_check(o)) {
        mp_err_format(&mp_type_TypeError, "an integer is required (got type %s)", mp_type_of(o)->name);
        return -1;
    }
    if (mp_int_sign(o) < 0) {
        mp_err_set_str(&mp_type_OverflowError, "can't convert negative value to unsigned int");
        return -1;
    }
    mpz_t z;
    mpz_init(z);
    mp_int_get_mpz(o, z);
    int fits = mpz_fits_ulong_p(z);
    unsigned long v = fits ? mpz_get_ui(z) : 0;
    mpz_clear(z);
    if (!fits) {
        mp_err_set_str(&mp_type_OverflowError, "Python int too large to convert to C unsigned long");
        return -1;
    }
    *out = (uint32_t)v;
    return 0;
}

static mp_obj random_setstate(mp_obj self, mp_obj state)
{
    if (!mp_tuple_check(state))
        return mp_err_set_str(&mp_type_TypeError, "state vector must be a tuple");
    if (MP_TUPLE_LEN(state) != N + 1)
        return mp_err_set_str(&mp_type_ValueError, "state vector is the wrong size");
    uint32_t words[N];
    for (int i = 0; i < N; i++)
        if (state_word(MP_TUPLE_GET(state, i), &words[i]) < 0)
            return NULL;
    intptr_t index;
    if (!mp_int_check(MP_TUPLE_GET(state, N)))
        return mp_err_format(&mp_type_TypeError, "an integer is required (got type %s)",
                             mp_type_of(MP_TUPLE_GET(state, N))->name);
    if (mp_int_as_ssize(MP_TUPLE_GET(state, N), &index) < 0)
        return NULL;
    if (index < 0 || index > N)
        return mp_err_set_str(&mp_type_ValueError, "invalid state");
    memcpy(RND(self)->state, words, sizeof words);
    RND(self)->index = (int)index;
    MP_RETURN_NONE;
}

static mp_obj random_getrandbits(mp_obj self, mp_obj ko)
{
    if (!mp_index_check(ko) || mp_float_check(ko))
        return mp_err_format(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer",
                             mp_type_of(ko)->name);
    intptr_t k = mp_number_as_ssize(ko, &mp_type_OverflowError);
    if (k == -1 && mp_err_occurred())
        return NULL;
    if (k < 0)
        return mp_err_set_str(&mp_type_ValueError, "number of bits must be non-negative");
    if (k == 0)
        return mp_small(0);
    if (k <= 32)
        return mp_int_from_ull(genrand_uint32(RND(self)) >> (32 - k));
    /* Words from the least significant; the last keeps its top bits. */
    size_t words = (size_t)(k - 1) / 32 + 1;
    uint32_t *w = mp_malloc(words * sizeof(uint32_t));
    if (!w)
        return mp_err_no_memory();
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t r = genrand_uint32(RND(self));
        if (k < 32)
            r >>= (32 - k);
        w[i] = r;
    }
    mpz_t z;
    mpz_init(z);
    mpz_import(z, words, -1, sizeof(uint32_t), 0, 0, w);
    mp_free(w);
    return mp_int_from_mpz_take(z);
}

static mp_obj random_new(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    random_obj *self = (random_obj *)mp_obj_alloc(type);
    if (self)
        self->index = N + 1; /* unseeded until __init__ or seed() */
    return (mp_obj)self;
}

/* Random(x=None): seeds; a class written in Python overrides __init__. */
static int random_init(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    if (kwnames && MP_TUPLE_LEN(kwnames) > 0) {
        mp_err_set_str(&mp_type_TypeError, "Random() takes no keyword arguments");
        return -1;
    }
    if (nargs > 1) {
        mp_err_set_str(&mp_type_TypeError, "Random() requires 0 or 1 argument");
        return -1;
    }
    return random_seed_impl(RND(self), nargs ? args[0] : NULL);
}

static void random_dealloc(mp_obj self) { mp_obj_free(self); }

static const mp_method_def random_methods[] = {
    {"random", FN(random_random), MP_METH_NOARGS, "random() -> x in the interval [0, 1)."},
    {"seed", FN(random_seed), MP_METH_FASTCALL,
     "seed([n]) -> None.\n\n"
     "Defaults to use urandom and falls back to a combination\n"
     "of the current time and the process identifier."},
    {"getstate", FN(random_getstate), MP_METH_NOARGS,
     "getstate() -> tuple containing the current state."},
    {"setstate", FN(random_setstate), MP_METH_O,
     "setstate(state) -> None.  Restores generator state."},
    {"getrandbits", FN(random_getrandbits), MP_METH_O,
     "getrandbits(k) -> x.  Generates an int with k random bits."},
    {NULL},
};

mp_type mp_type_random = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "_random.Random",
    .basicsize = sizeof(random_obj),
    .flags = MP_TPFLAGS_BASETYPE,
    .doc = "Random() -> create a random number generator with its own internal state.",
    .dealloc = random_dealloc,
    .getattro = mp_obj_generic_getattr,
    .new_ = random_new,
    .init = random_init,
    .methods = random_methods,
};

/* ---- SHA-512 ------------------------------------------------------------------------------------ */

static const uint64_t sha512_k[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
    0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
    0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
    0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
    0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
    0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
    0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
    0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
    0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
    0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
    0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
    0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
    0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
    0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
    0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
    0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
    0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};

static uint64_t ror64(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

static void sha512_block(uint64_t h[8], const unsigned char *p)
{
    uint64_t w[80];
    for (int t = 0; t < 16; t++) {
        w[t] = 0;
        for (int b = 0; b < 8; b++)
            w[t] = (w[t] << 8) | p[t * 8 + b];
    }
    for (int t = 16; t < 80; t++) {
        uint64_t s0 = ror64(w[t - 15], 1) ^ ror64(w[t - 15], 8) ^ (w[t - 15] >> 7);
        uint64_t s1 = ror64(w[t - 2], 19) ^ ror64(w[t - 2], 61) ^ (w[t - 2] >> 6);
        w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int t = 0; t < 80; t++) {
        uint64_t S1 = ror64(e, 14) ^ ror64(e, 18) ^ ror64(e, 41);
        uint64_t ch = (e & f) ^ (~e & g);
        uint64_t t1 = hh + S1 + ch + sha512_k[t] + w[t];
        uint64_t S0 = ror64(a, 28) ^ ror64(a, 34) ^ ror64(a, 39);
        uint64_t maj = (a & b) ^ (a & c) ^ (b & c);
        uint64_t t2 = S0 + maj;
        hh = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += hh;
}

/* The 64-byte digest of data[0:n]. */
static void sha512(const unsigned char *data, size_t n, unsigned char out[64])
{
    uint64_t h[8] = {
        0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
        0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
    };
    size_t i = 0;
    for (; i + 128 <= n; i += 128)
        sha512_block(h, data + i);
    /* The tail, a 1 bit, zeros, and the length in bits (128 bits). */
    unsigned char last[256] = {0};
    size_t rest = n - i;
    memcpy(last, data + i, rest);
    last[rest] = 0x80;
    size_t total = rest + 1 + 16 <= 128 ? 128 : 256;
    uint64_t bits_lo = (uint64_t)n << 3, bits_hi = (uint64_t)n >> 61;
    for (int b = 0; b < 8; b++) {
        last[total - 16 + b] = (unsigned char)(bits_hi >> (56 - 8 * b));
        last[total - 8 + b] = (unsigned char)(bits_lo >> (56 - 8 * b));
    }
    sha512_block(h, last);
    if (total == 256)
        sha512_block(h, last + 128);
    for (int k = 0; k < 8; k++)
        for (int b = 0; b < 8; b++)
            out[k * 8 + b] = (unsigned char)(h[k] >> (56 - 8 * b));
}

static mp_obj random_sha512(mp_obj module, mp_obj data)
{
    mp_bytes_buffer b;
    int got = mp_bytes_buffer_get(data, &b);
    if (got <= 0) {
        if (!got)
            mp_err_format(&mp_type_TypeError, "a bytes-like object is required, not '%s'",
                          mp_type_of(data)->name);
        return NULL;
    }
    unsigned char digest[64];
    sha512((const unsigned char *)b.data, (size_t)b.len, digest);
    mp_bytes_buffer_release(&b);
    return mp_bytes_new((const char *)digest, 64);
}

/* ---- the module --------------------------------------------------------------------------------- */

static const mp_method_def module_methods[] = {
    {"_sha512", FN(random_sha512), MP_METH_O,
     "The SHA-512 digest of a bytes-like object (random.seed's hash of str and bytes seeds)."},
    {NULL},
};

static int random_exec(mp_obj m) { return mp_module_add_type(m, &mp_type_random); }

const mp_module_def mp_module_random = {
    "_random",
    "Module implements the Mersenne Twister random number generator.",
    module_methods,
    random_exec,
};
