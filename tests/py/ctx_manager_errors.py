# Errors raised by context managers themselves, and their messages.

class Plain:
    pass

try:
    with Plain():
        pass
except TypeError as e:
    print("TypeError:", e)

class OnlyEnter:
    def __enter__(self):
        print("  enter not called")

try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError:", e)

class OnlyExit:
    def __exit__(self, *a):
        pass

try:
    with OnlyExit():
        pass
except TypeError as e:
    print("TypeError:", e)

# __exit__ raising replaces the body's exception, which becomes its context
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, t, e, tb):
        raise RuntimeError("from __exit__")

try:
    with ExitRaises():
        raise ValueError("from body")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))

try:
    with ExitRaises():
        pass
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", e.__context__)

# __enter__ raising: __exit__ is not called
class EnterRaises:
    def __enter__(self):
        raise LookupError("from __enter__")
    def __exit__(self, *a):
        print("  exit not called")

try:
    with EnterRaises():
        print("not reached")
except LookupError as e:
    print("LookupError:", e)

# __exit__ with the wrong signature
class BadSignature:
    def __enter__(self):
        return self
    def __exit__(self):
        return False

try:
    with BadSignature():
        pass
except TypeError as e:
    print("TypeError:", e)

# Nested: the inner __exit__ raises, the outer one sees that exception
class Show:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        return self
    def __exit__(self, t, e, tb):
        print(f"  {self.name} exit sees {t.__name__ if t else None}: {e}")

try:
    with Show("outer"), ExitRaises():
        raise KeyError("body")
except RuntimeError as e:
    print("final:", e)

# The exception propagating out of with keeps its traceback
def thrower():
    with Show("tb"):
        raise ValueError("deep")

try:
    thrower()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
