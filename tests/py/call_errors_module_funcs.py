# A C function's argument-count errors name it as CPython's
# _PyObject_FunctionStr does: module.name for a module's function (the
# module's own name: posix for os, _struct for struct), the bare name for
# builtins, Type.name for a method.
import math
import os
import struct
import time

calls = [
    lambda: math.floor(),
    lambda: math.floor(1, 2),
    lambda: math.sqrt(),
    lambda: time.sleep(),
    lambda: os.getcwd(1),
    lambda: struct.calcsize(),
    lambda: len(),
    lambda: abs(1, 2),
    lambda: "a".upper(1),
    lambda: [].append(),
    lambda: math.gcd(x=1),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
