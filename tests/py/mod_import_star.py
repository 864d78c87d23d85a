# from module import *: honours __all__; without __all__, skips underscore names.
from mod_helper_greet import *
print(greet("star"), GREETING)
for name in ("count", "not_exported", "_private_counter", "calls"):
    print(name, name in globals())
from mod_helper_shapes import *
print(area_square(2), PI_APPROX, "SIDES" in globals(), "_private" in globals())
print(sorted(n for n in globals() if not n.startswith("__")))
import mod_helper_greet
print(mod_helper_greet.count(), mod_helper_greet.calls)
