# type(name, bases, ns) does not resolve __mro_entries__ (PEP 560): only the
# class statement and types.new_class do, so type() refuses such a base.
from typing import Generic, TypeVar
import types

T = TypeVar('T')


class Entry:
    def __mro_entries__(self, bases):
        return (object,)


for base in (Generic[T], Entry(), list[int]):
    try:
        type('X', (base,), {})
    except Exception as e:
        print(type(e).__name__, e)

# A base without __mro_entries__ that is not a class meets the other checks.
try:
    type('W', (1,), {})
except Exception as e:
    print(type(e).__name__, e)

# The class statement and types.new_class still resolve them.
class A(Generic[T]):
    pass


print(A.__bases__, A.__orig_bases__)


class B(Entry()):
    pass


print(B.__bases__)
C = types.new_class('C', (list[int],))
print(C.__bases__, C.__orig_bases__)
