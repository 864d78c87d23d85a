# __name__ is "__main__" for the script and the module name for imports.
import mod_helper_shapes
print(__name__, mod_helper_shapes.__name__)
if __name__ == "__main__":
    print("running as the main program")
def who():
    return __name__
print(who(), mod_helper_shapes.area_square.__module__, who.__module__)
import sys
main = sys.modules["__main__"]
print(main.who(), main.__name__, main is sys.modules[__name__])
print(type(__builtins__).__name__ in ("module", "dict"))
print(__doc__ is None)
