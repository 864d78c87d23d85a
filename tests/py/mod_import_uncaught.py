# An uncaught ModuleNotFoundError: exit status 1 and the module name on the last stderr line.
import math
import sys

print("math and sys imported")
print(math.sqrt(49))
import definitely_not_a_module
print("not reached")
x = 1
y = 2
