# math functions new in 3.11 (cbrt, exp2) and other exact helpers: isqrt, copysign, nextafter, ulp.
import math
print(math.cbrt(27), math.cbrt(-8), math.cbrt(2), math.exp2(10), math.exp2(-1), math.exp2(0.5))
print(math.copysign(1, -0.0), math.copysign(-3, 2), math.copysign(0.0, -1))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.ulp(1.0), math.ulp(1e16))
print(math.isqrt(99), math.isqrt(2 ** 100), math.isqrt(10 ** 30 - 1))
print(math.floor(-0.5), math.ceil(-0.5), math.floor(2 ** 80 + 0.0) == 2 ** 80)
print(math.trunc(-2.9), math.trunc(2.9), math.trunc(10 ** 20))
print(math.erf(0), round(math.erf(1), 12), math.gamma(5), math.lgamma(1), math.factorial(10) == math.gamma(11))
print(math.fabs(-0.0), math.fabs(-7), math.sqrt(1e-300), math.hypot(3e200, 4e200))
print(math.pi.hex(), float.fromhex(math.pi.hex()) == math.pi)
