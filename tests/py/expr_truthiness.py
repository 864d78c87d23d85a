# Truthiness of every built-in type and of user classes with __bool__ / __len__.
values = [0, 1, -1, 0.0, 0.1, -0.0, 0j, 1j, "", " ", "0", b"", b"\x00", [], [0], (), (None,),
          {}, {0: 0}, set(), {0}, frozenset(), range(0), range(1), None, True, False,
          float("nan"), bytearray(), object(), len, type]
for v in values:
    print(repr(v) if not callable(v) and type(v) is not object else type(v).__name__, bool(v))
class WithBool:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        return self.b
class WithLen:
    def __len__(self):
        return 0
class Plain:
    pass
print(bool(WithBool(False)), bool(WithBool(True)), bool(WithLen()), bool(Plain()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
print("yes" if [0] else "no", "yes" if WithLen() else "no")
