# ImportError and ModuleNotFoundError messages that do not depend on file paths.
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import pkg_demo.no_such_sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import math.nosuch
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from mod_helper_shapes import no_such_function
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
try:
    from no_such_pkg import thing
except ImportError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    import mod_helper_shapes.inner
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
