#!/usr/bin/env python3
"""Writes tests/unit/repr_cases.inc, the expected reprs of test_repr.c, from
CPython 3.11 itself:  python3 tests/unit/gen_repr_cases.py > tests/unit/repr_cases.inc
"""
import random, struct, math
random.seed(7)
vals = [0.0, -0.0, 0.1, 0.2, 0.3, 1/3, 2/3, 1.0, -1.0, 100.0, 1e16, 1e15, 123456789012345678.0, 9999999999999998.0,
        1.5e-7, 1e-4, 0.0001, 0.00012345, 1e-5, 1e22, 1e23, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        math.inf, -math.inf, math.nan, 2**53, 2**53+2, 2.0**-1074*3, 1e300*1e10, 0.5, 12345.678, 3.141592653589793, 2.718281828459045,
        1e-310, 4.35, 0.1+0.2, 1.1, 2.675, 1e100, 9007199254740993.0, 5e-5, 123e-20, 2e16+8, 1.2345678901234567e-300, 8.98846567431158e307]
for i in range(60):
    bits = random.getrandbits(64)
    d = struct.unpack('<d', struct.pack('<Q', bits))[0]
    if math.isfinite(d): vals.append(d)
for i in range(30):
    vals.append(random.uniform(-1000, 1000))
    vals.append(float(random.randint(1, 10**random.randint(1, 20))) / 10**random.randint(0, 25))
# powers of two: lopsided rounding intervals
for e in (-1022, -1000, -500, -100, -10, 10, 100, 500, 1000, 1023):
    vals.append(2.0**e)
def c(d):
    if math.isnan(d): return 'NAN'
    if math.isinf(d): return '-INFINITY' if d < 0 else 'INFINITY'
    return d.hex()
print('static const struct { double d; const char *repr; } float_cases[] = {')
for d in map(float, vals):
    print('    {%s, "%s"},' % (c(d), repr(d)))
print('};')
fmts = [('e', 6), ('e', 0), ('e', 20), ('f', 2), ('f', 0), ('f', 30), ('g', 6), ('g', 0), ('g', 17), ('g', 3), ('E', 3), ('G', 4), ('F', 1)]
fvals = [0.0, -0.0, 1.0, 0.1, 123456.789, 1e-5, 1e16, 2.5, 0.125, -3.75e-10, 1e300, math.inf, -math.inf, math.nan, 99999.5, 0.00001234]
print('static const struct { double d; char type; int prec; int flags; const char *out; } format_cases[] = {')
for t, p in fmts:
    for d in fvals:
        for flags, spec in ((0, ''), (1, '+'), (4, '#')):
            print('    {%s, \'%s\', %d, %d, "%s"},' % (c(d), t, p, flags, format(d, spec + '.%d%s' % (p, t))))
# ADD_DOT_0 'g' as format(x, '.Np') with no type
for d in (1.0, 10.0, 1e16, 123.0, 1.5, 1e-7, 100.0):
    for p in (1, 2, 3, 6, 17):
        print('    {%s, \'g\', %d, 2, "%s"},' % (c(d), p, format(d, '.%d' % p)))
for d in (-0.0, -0.001, -1e-9):
    print('    {%s, \'f\', 2, 8, "%s"},' % (c(d), format(d, 'z.2f')))
print('};')
cx = [(0.0, 1.0), (0.0, 1.5), (0.0, 1e16), (0.0, math.inf), (0.0, 0.0), (-0.0, 1.0), (1.0, 2.0), (1.0, -2.0), (-0.0, -1.0), (0.0, -0.0), (math.nan, math.nan), (1.5, math.inf), (0.0, math.nan), (2.0, -math.inf)]
print('static const struct { double re, im; const char *repr; } complex_cases[] = {')
for r, i in cx:
    print('    {%s, %s, "%s"},' % (c(r), c(i), repr(complex(r, i))))
print('};')
def cbytes(bs):
    out = ''
    for ch in bs:
        out += '\\%03o' % ch if ch < 0x20 or ch >= 0x7f or ch in b'"\\?' else chr(ch)
    return '"' + out + '"'
strs = ['', 'abc', "it's", 'say "hi"', 'both \' and "', '\\', 'tab\there', 'nl\n\r', '\x00\x01\x1f\x7f', 'é', 'ü€', '日本語',
        '\x80\x9f\xa0\xad\xff', '\u200b\u2028\ufeff', '\U0001f600', '\U000e0001', '\ud800', '\udfff x \udc80', '\U0010ffff', '\u0378',
        'mixed é\t\'q\'', '\x1b[0m', 'a' * 40, '\u00a0nbsp', '\u3000ideo', 'ÿ', '\U0001d11e']
print('static const struct { const char *s; size_t len; const char *repr; } str_cases[] = {')
for s in strs:
    b = s.encode('utf-8', 'surrogatepass')
    print('    {%s, %d, %s},' % (cbytes(b), len(b), cbytes(repr(s).encode())))
print('};')
bys = [b'', b'abc', b"it's", b'"', b'\'"', b'\x00\xff\x80\t\n\r\\', b'\x7f ~', bytes(range(0, 256, 7))]
print('static const struct { const char *s; size_t len; const char *repr; } bytes_cases[] = {')
for s in bys:
    print('    {%s, %d, %s},' % (cbytes(s), len(s), cbytes(repr(s).encode())))
print('};')
ints = [('0', 10), ('000', 10), ('7', 8), ('777', 8), ('ff', 16), ('FF', 16), ('1' * 64, 2), ('1' * 65, 2), ('ffffffffffffffff', 16), ('10000000000000000', 16),
        ('123456789' * 8, 10), ('deadbeef' * 10, 16), ('7' * 30, 8), ('0001', 2), ('1' + '0' * 100, 10)]
print('static const struct { const char *digits; int base; const char *repr; } int_cases[] = {')
for d, base in ints:
    print('    {"%s", %d, "%s"},' % (d, base, int(d, base)))
print('};')
