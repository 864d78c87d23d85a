# import math, from math import ... as ..., and module attribute access.
import math
from math import sqrt as s
from math import pi, floor as fl
import math as m
print(math.sqrt(16), s(16), pi, fl(2.7), m.ceil(2.1))
print(m is math, s is math.sqrt, math.__name__, m.__name__)
print(type(math).__name__, "sqrt" in dir(math), callable(math.floor))
def local_import():
    import math as lm
    from math import tau
    return lm.pi * 2 == tau
print(local_import())
try:
    s
    tau
except NameError as e:
    print(type(e).__name__, e)
import math, sys
print(math.factorial(5), sys.maxsize > 2 ** 31)
