# CPython 3.11 limits int<->str conversion to 4300 digits by default (sys.set_int_max_str_digits).
import sys
print(sys.get_int_max_str_digits())
big = 10 ** 4299
print(len(str(big)))
try:
    s = str(10 ** 4300)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("9" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
print(len(hex(10 ** 5000)), (10 ** 5000).bit_length())
sys.set_int_max_str_digits(10000)
print(len(str(10 ** 5000)), int("7" * 5000) % 1000)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(type(e).__name__, e)
