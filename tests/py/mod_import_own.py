# Importing helper modules placed beside the test: module objects, caching, shared state.
import mod_helper_shapes
import mod_helper_greet
from mod_helper_greet import greet, count
import mod_helper_greet as again
print(mod_helper_shapes.area_square(4), mod_helper_shapes.SIDES["square"])
print(greet("ann"), greet("bob"), count(), mod_helper_greet.calls)
print(again is mod_helper_greet, mod_helper_greet.__name__, mod_helper_shapes.__name__)
mod_helper_greet.GREETING = "Hi"
print(greet("cid"), mod_helper_greet.count())
import mod_helper_greet
print(mod_helper_greet.calls)
print(mod_helper_shapes.__doc__)
print(mod_helper_shapes._private(), mod_helper_greet.not_exported())
import sys
print("mod_helper_greet" in sys.modules, sys.modules["mod_helper_shapes"] is mod_helper_shapes)
