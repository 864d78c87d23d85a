# warnings.warn: categories, stacklevels, Warning instances, the filters
# list, formatwarning and the TypeErrors of bad arguments.
import sys
import warnings

print(warnings.filters)
print(warnings.defaultaction, warnings.onceregistry)

warnings.warn("plain")                        # UserWarning on stderr
warnings.warn("runtime", RuntimeWarning)
warnings.warn(DeprecationWarning("an instance"))  # shown: we are __main__


class MyWarning(UserWarning):
    pass


class Outer:
    class Inner(Warning):
        pass


warnings.warn("mine", MyWarning)
warnings.warn("nested", Outer.Inner)


def helper():
    warnings.warn("from the caller's line", stacklevel=2)


def deeper():
    helper()


helper()
deeper()
warnings.warn("far away", stacklevel=50)      # sys:1
warnings.warn("level zero", stacklevel=0)
warnings.warn("level negative", stacklevel=-3)

for i in range(3):
    warnings.warn("once per line by default")  # shown once

print(sorted(k for k in __warningregistry__ if k != "version")[:2])
print(__warningregistry__["version"])

print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 12)))
print(repr(warnings.formatwarning("msg", MyWarning, "file.py", 3, "  x = 1  ")))
print(repr(warnings.formatwarning(ValueError("v"), RuntimeWarning, "<string>", 1)))

for args, kwargs in [((), {}),
                     (("m", int), {}),
                     (("m", 5), {}),
                     (("m", "UserWarning"), {}),
                     (("m",), {"stacklevel": "x"}),
                     (("m",), {"bogus": 1}),
                     (("m", UserWarning, 1, None, 5), {})]:
    try:
        warnings.warn(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)

try:
    warnings.warn_explicit("m", UserWarning, 3, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    warnings.warn_explicit("m", UserWarning, "f.py", 1, registry=[])
except TypeError as e:
    print(type(e).__name__, e)

warnings.warn_explicit("explicit", UserWarning, "some/file.py", 7)
reg = {}
warnings.warn_explicit("explicit reg", SyntaxWarning, "mod.py", 2, "mod", reg)
warnings.warn_explicit("explicit reg", SyntaxWarning, "mod.py", 2, "mod", reg)
print(sorted(reg.items(), key=repr))
warnings.warn(12345)            # str() of the message
sys.stderr.flush()
print("done")
