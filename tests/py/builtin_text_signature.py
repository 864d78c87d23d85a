# Built-in functions carry CPython's __text_signature__ (Argument Clinic's
# "($module, obj, /)"), which inspect.signature reads; __doc__ leaves it out.
import builtins
import inspect

for name in sorted(vars(builtins)):
    f = getattr(builtins, name)
    if type(f).__name__ != 'builtin_function_or_method':
        continue
    try:
        sig = inspect.signature(f)
    except ValueError as e:
        sig = 'ValueError: ' + str(e)
    print(name, repr(f.__text_signature__), sig)

print(repr(len.__doc__))
print(repr(abs.__doc__.splitlines()[0]))
sig = inspect.signature(print)
for p in sig.parameters.values():
    print(p.name, p.kind, repr(p.default))
sig = inspect.signature(sorted)
print(sig.bind([3, 1], reverse=True).arguments)
try:
    sig.bind(iterable=[1])
except TypeError as e:
    print(type(e).__name__, e)
