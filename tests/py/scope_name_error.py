# NameError messages, including the "Did you mean" free forms for builtins and globals.
try:
    print(undefined_variable)
except NameError as e:
    print(type(e).__name__, e)
def f():
    return missing_in_function
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)
x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
try:
    lenn("abc")
except NameError as e:
    print(type(e).__name__, e, e.name)
class C:
    attr = 1
    def m(self):
        return attr
try:
    C().m()
except NameError as e:
    print(type(e).__name__, e)
