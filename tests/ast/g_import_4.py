# Imports inside functions and conditional imports
try:
    import simplejson as json
except ImportError:
    import json

import sys
if sys.version_info >= (3, 11):
    import tomllib
else:
    tomllib = None


def lazy_sqrt(x):
    import math
    from math import sqrt
    return sqrt(x) == math.sqrt(x)


print(json.dumps({"ok": lazy_sqrt(9)}), tomllib is not None)
