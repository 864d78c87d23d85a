# Different ways to reach math's names; module attributes.
import math
from math import sqrt as s, pi
from math import floor, ceil
import math as m
print(s(81), pi, floor(-0.5), ceil(-0.5))
print(m is math, m.sqrt is math.sqrt, s is math.sqrt)
print(type(math).__name__, math.__name__)
print(hasattr(math, "sqrt"), hasattr(math, "nosuch"))
print(callable(math.sqrt), math.sqrt.__name__)
try:
    math.nosuch
except AttributeError as e:
    print(type(e).__name__, e)
try:
    from sys import nosuch
except ImportError as e:
    print(type(e).__name__, e)
print(getattr(math, "tau") == 2 * math.pi)
