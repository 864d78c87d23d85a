#!/usr/bin/env python3
"""Writes tests/unit/builtins_cases.inc, the cases of test_builtins.c with the
answers of CPython 3.11 itself:

    python3 tests/unit/gen_builtins_cases.py > tests/unit/builtins_cases.inc

Each case is an expression, evaluated in a namespace where SETUP has run;
the expected value is repr(result), or "ExceptionType: message" when it
raises.  The expressions cover the built-in functions of builtins_more.c and
builtins_io.c, the sys attributes of sys_more.c, and the math, time, gc and
_weakref modules, property, memoryview and the struct sequences.

Left out on purpose, where minipy differs: compile() with ast.PyCF_ONLY_AST
(minipy has no AST objects), sys.implementation (it names minipy).
"""
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit('gen_builtins_cases.py needs CPython 3.11')

# Run before the cases, in the namespace they are evaluated in.  No
# imports beyond minipy's C modules.
SETUP = '''
import math, time, sys, gc, _weakref
class Money:
    def __init__(self, v): self.v = v
    def __round__(self, n=None): return ('round', self.v, n)
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
    def __trunc__(self): return 'trunc'
    def __index__(self): return 10
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self):
        "degrees"
        return self._c
    @c.setter
    def c(self, v): self._c = v * 2
    nothing = property()
NS = type(sys.implementation)
'''

CASES = r'''
sorted([3, 1, 2])
sorted('hello', reverse=True)
sorted([3, 1, 2], key=lambda x: -x)
sorted()
sorted([1], [2])
sorted([1], foo=1)
sorted([1, 'a'])
sorted(5)
min(3, 1, 2)
max([1, 5, 2])
max('abc')
min([], default='empty')
max([])
max()
max(1, 2, default=3)
max([1], foo=2)
max(['aa', 'b', 'ccc'], key=len)
min(2**70, -2**80, 5)
max(1, 'a')
max([2, 2.0])
sum([1, 2, 3])
sum([0.1] * 10)
sum([1, 2.5, True])
sum([2**62, 2**62, -2**62])
sum([[1], [2]], [])
sum([1, 2], start=10)
sum(['a'], 'b')
sum([b'a'], b'')
sum([bytearray(b'a')], bytearray())
sum()
sum(5)
sum([1e100, 1.0, -1e100])
all([1, 2, 0])
any(x > 3 for x in range(10))
all()
any(1)
round(2.5)
round(-0.5)
round(2.675, 2)
round(12345, -2)
round(float('inf'))
round(float('nan'))
round('x')
round(Money(3), 2)
round()
divmod(7, -2)
divmod(1, 0)
divmod(1)
pow(2, 10)
pow(2, -1, 5)
pow(base=2, exp=3, mod=5)
pow(2)
bin(10)
oct(-8)
hex(2**70)
hex(Money(1))
bin(3.0)
aiter(1)
anext(1)
eval('1 + 2')
eval(' \t40 + 2')
eval(b'6 * 7')
eval('x * 2', {'x': 21})
eval('x + y', {'x': 1}, {'y': 2})
eval(1)
eval('1', 1)
eval('1', {}, 1)
eval('1', [])
eval('1+')
eval('1\0')
exec('z = 5', {})
exec(1)
exec('1', [])
exec('1', {}, 1)
compile('1', 'f', 'x')
compile('1', 'f', 'eval', 1)
compile(1, 'f', 'eval')
compile('1', 1, 'eval')
compile('1', 'f', 'eval', optimize=5)
eval(compile('3 * 4', 'f', 'eval'))
compile('x = 1', 'myfile', 'exec').co_filename
open()
open('x', 5)
open('x', 'rz')
open('x', 'rw')
open('/', 'rb', newline='')
open(object())
exit
repr(quit)
credits
type(help).__name__
Temp().c
Temp.c.__doc__
Temp().nothing
Temp.c.fset.__name__
Temp.c.__isabstractmethod__
property(1, 2, 3, 4, 5)
memoryview(b'hello')[1]
memoryview(b'hello')[1:4].tobytes()
memoryview(b'hello')[::-2].tolist()
memoryview(b'hello').hex(':')
memoryview(b'hello') == b'hello'
memoryview(b'hello')[5]
memoryview(b'hello')['a']
memoryview(1)
memoryview(b'ab').cast('c').tolist()
(memoryview(b'ab').shape, memoryview(b'ab').strides, memoryview(b'ab').format, memoryview(b'ab').readonly)
hash(memoryview(bytearray(b'x')))
math.sqrt(2)
math.sqrt(-1)
math.exp(1000)
math.gamma(5.5)
math.gamma(-2.5)
math.lgamma(100.5)
math.gamma(0)
math.log(2**2000)
math.log(10**400, 10)
math.log(0)
math.log(8, 2)
math.log(1, 1)
math.log10(1000)
math.log2(3)
math.log1p(1e-20)
math.fsum([0.1] * 10)
math.fsum([1e-16, 1, 1e16])
math.fsum([1e308, 1e308])
math.fsum([float('inf'), -float('inf')])
math.hypot(3, 4)
math.hypot(1e-320, 1e-320)
math.hypot(1.1, 2.2, 3.3)
math.dist((1, 2), (4, 6))
math.dist([1], [1, 2])
math.prod(range(1, 21))
math.prod([1.5, 2, 3])
math.prod([])
math.prod()
math.isclose(1, 1 + 1e-10)
math.isclose(1, 2, 3)
math.isclose(1, 1, rel_tol=-1)
math.gcd(12, 18, 27)
math.gcd()
math.lcm(4, 6, 10)
math.lcm(2**64, 3)
math.isqrt(10**40 + 1)
math.isqrt(-1)
math.factorial(30)
math.factorial(-1)
math.factorial(2**70)
math.comb(50, 20)
math.comb(2, -1)
math.perm(10, 3)
math.perm(5)
math.floor(-2.5)
math.ceil(2.1)
math.trunc(-2.7)
math.floor(Money(1))
math.trunc('x')
math.floor(float('inf'))
math.frexp(1e-310)
math.modf(-3.5)
math.ldexp(1, 10**30)
math.ldexp(1.0, 2.0)
math.pow(0, -1)
math.pow(float('-inf'), -3)
math.fmod(-5, 3)
math.remainder(5, 3)
math.copysign(1, -0.0)
math.atan2(0, -0.0)
math.ulp(1.0)
math.nextafter(1, 0)
math.cbrt(-27)
math.exp2(10)
math.erf(0.5)
math.erfc(10)
math.degrees(math.pi)
(math.pi, math.e, math.tau, math.inf)
time.gmtime(0)
time.gmtime(-1.5)
tuple(time.gmtime(86400 * 365))
time.gmtime(0).tm_zone
time.asctime((2020, 1, 1, 0, 0, 0, 0, 1, 0))
time.asctime((2020, 13, 1, 0, 0, 0, 0, 1, 0))
time.strftime('%Y-%m-%d %H:%M:%S %a %b %j %%', time.gmtime(10**9))
time.strftime(1)
time.mktime((2020, 1, 1))
time.mktime(5)
time.struct_time((1, 2, 3))
time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9)).tm_zone
time.sleep(-1)
time.sleep('1')
time.sleep(float('nan'))
time.sleep(0)
time.localtime('x')
time.get_clock_info('monotonic')
time.get_clock_info('x')
type(time.time()).__name__
type(time.monotonic_ns()).__name__
sys.float_info
sys.int_info
sys.hash_info
sys.version_info[:2]
sys.version_info.major
type(sys.flags)()
sys.flags.n_fields
sys.flags.optimize
sys.getswitchinterval()
sys.setswitchinterval(0)
sys.set_int_max_str_digits(5)
sys.get_int_max_str_digits()
sys.call_tracing(len, ([1, 2],))
sys.call_tracing(len, [1])
sys.getfilesystemencoding()
sys.is_finalizing()
sys.gettrace()
NS(a=1, b='x')
NS(a=1) == NS(a=1)
gc.collect(3)
gc.get_threshold()
gc.isenabled()
gc.is_tracked(1)
gc.is_tracked([])
gc.get_referents([1, 'a'])
gc.set_threshold()
gc.garbage
_weakref.getweakrefcount(Temp())
_weakref.getweakrefs(1)
_weakref._remove_dead_weakref(1, 2)
_weakref.ref is _weakref.ReferenceType
'''


def c_str(s):
    """A C string literal of s, with octal escapes."""
    out = []
    for x in s.encode('utf-8', 'surrogatepass'):
        c = chr(x)
        if c in '"\\':
            out.append('\\' + c)
        elif 32 <= x < 127 and c != '?':
            out.append(c)
        else:
            out.append('\\%03o' % x)
    return '"' + ''.join(out) + '"'


def main():
    ns = {}
    exec(SETUP, ns)
    print('/* Generated by tests/unit/gen_builtins_cases.py from CPython %d.%d.%d: do not edit. */'
          % sys.version_info[:3])
    print('static const char builtins_setup[] =')
    for line in SETUP.strip('\n').split('\n'):
        print('    %s' % c_str(line + '\n'))
    print('    ;')
    print('static const struct { const char *expr, *want; } builtins_cases[] = {')
    for expr in CASES.strip('\n').split('\n'):
        try:
            want = repr(eval(expr, ns))
        except BaseException as e:
            want = '%s: %s' % (type(e).__name__, e)
        print('    {%s, %s},' % (c_str(expr), c_str(want)))
    print('};')


main()
