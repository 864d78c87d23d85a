# math domain errors, range errors and type errors.
import math
tests = [("sqrt(-1)", lambda: math.sqrt(-1)), ("log(0)", lambda: math.log(0)),
         ("log(-1,2)", lambda: math.log(-1, 2)), ("acos(2)", lambda: math.acos(2)),
         ("pow(0,-1)", lambda: math.pow(0, -1)), ("pow(-1,0.5)", lambda: math.pow(-1, 0.5)),
         ("exp(1000)", lambda: math.exp(1000)), ("pow(10,400)", lambda: math.pow(10, 400)),
         ("fmod(1,0)", lambda: math.fmod(1, 0)), ("sqrt('x')", lambda: math.sqrt("x")),
         ("floor(None)", lambda: math.floor(None)), ("sqrt(10**400)", lambda: math.sqrt(10 ** 400)),
         ("cosh(1000)", lambda: math.cosh(1000)), ("factorial(-3)", lambda: math.factorial(-3)),
         ("floor(inf)", lambda: math.floor(math.inf)), ("ceil(nan)", lambda: math.ceil(math.nan))]
for name, f in tests:
    try:
        print(name, f())
    except (ValueError, OverflowError, TypeError) as e:
        print(name, type(e).__name__, e)
print(math.sqrt(-0.0), math.pow(0, 0), math.pow(math.nan, 0), math.pow(1, math.nan))
