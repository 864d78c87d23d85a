# types.UnionType: __parameters__ and subscription substitute the type
# variables of its members, and equal generic aliases are one member.
from typing import TypeVar
T = TypeVar('T'); S = TypeVar('S')
u = list[T] | None
print(u.__parameters__)
print(u[int])
print((list[T] | dict[S, T])[int, str])
print((list[T] | dict[S, T]).__parameters__)
print((list[T] | dict[str, T])[int])
print((list[T] | list[int])[int])
print((list[T] | None)[S])
print(type((list[T] | None)[S]))
print((int | str).__parameters__)
for bad in [lambda: (int | str)[int], lambda: u[int, str], lambda: (list[T] | dict[S, T])[int]]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print((list[T] | None)[int] == (list[int] | None))
print((list[T] | None)[T])
print(u.__args__)
v = (list[T] | None)
print(v.__parameters__ is v.__parameters__)
print('__parameters__' in dir(u))
print(list[int] | list[int], (list[int] | dict[str, int] | list[int]).__args__)
