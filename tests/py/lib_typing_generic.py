# typing: TypeVar, Generic classes (a Stack[T]), substitution, Protocol and
# runtime_checkable, ParamSpec and Concatenate.
from typing import *
import typing


def s(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
N = TypeVar('N', int, float)
B = TypeVar('B', bound='Comparable')
Co = TypeVar('Co', covariant=True)
Contra = TypeVar('Contra', contravariant=True)
print(T, N, B, Co, Contra)
print(T.__name__, N.__constraints__, B.__bound__, Co.__covariant__, Contra.__contravariant__)
print(T.__bound__, T.__constraints__, T.__covariant__, T.__module__)
print(T | None, int | T, Optional[T], T == T, T == TypeVar('T'))
s(lambda: TypeVar('X', int))
s(lambda: TypeVar('X', covariant=True, contravariant=True))
s(lambda: TypeVar('X', int, str, bound=int))
try:
    class SubT(T): pass
except TypeError as e:
    print(type(e).__name__, e)


class Stack(Generic[T]):
    """A stack of items of one type."""

    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def __repr__(self):
        return f"Stack({self.items})"


st = Stack[int]()
st.push(1)
st.push(2)
print(st.pop(), st, st.__orig_class__, type(st).__name__)
print(Stack[int], Stack[str].__origin__, Stack[str].__args__, Stack.__parameters__)
print(Stack.__orig_bases__, Stack.__mro__)
print(Stack[int] == Stack[int], Stack[int] == Stack[str], Stack() .items)
s(lambda: Stack[int, str])
s(lambda: Stack[int][int])
print(Stack[T][int], Stack[List[T]][str], Stack[Dict[K, V]][int, str])


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V):
        self.key = key
        self.value = value


p = Pair[str, int]('a', 1)
print(p.key, p.value, Pair[str, int], Pair.__parameters__)
s(lambda: Pair[int])
print(Pair[str, V][int], Pair[T, T].__parameters__)


class IntStack(Stack[int]):
    pass


print(IntStack.__parameters__, IntStack.__orig_bases__, IntStack.__mro__)
s(lambda: IntStack[int])


class MyDict(Dict[K, V]):
    pass


print(MyDict.__parameters__, MyDict.__mro__, MyDict[str, int], MyDict(a=1))


class Both(Stack[T], Pair[K, V]):
    pass


print(Both.__parameters__, Both[int, str, float])


class Ordered(Generic[K, V], Dict[K, V]):
    pass


print(Ordered.__parameters__, Ordered.__mro__)


class MyIter(Iterable[T]):
    def __init__(self, *xs):
        self.xs = xs

    def __iter__(self):
        return iter(self.xs)


print(list(MyIter(1, 2)), MyIter.__mro__, MyIter[int], isinstance(MyIter(), Iterable))

for bad in ("class Bad(Generic): pass",
            "class Bad(Generic[T], Generic[K]): pass",
            "class Bad(Generic[T], Dict[K, V]): pass",
            "class Bad(Generic[int]): pass",
            "class Bad(Generic[T, T]): pass"):
    try:
        exec(bad)
    except TypeError as e:
        print(type(e).__name__, e)
s(lambda: Generic[()])
s(lambda: Generic[T][int])
s(lambda: type(Generic()).__name__)

# list[T] (types.GenericAlias) substitutes typing's TypeVars too.
print(list[T][int], dict[str, T][float], list[T].__parameters__, list[Stack[T]][int])
print(List[T][int], Dict[str, T][float], Tuple[T, ...][int], Callable[[T], K][int, str])
print(Union[T, int][str], Optional[T][int], Union[T, List[T]][int])


# Protocols.
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


class Resource:
    def close(self) -> None:
        print("closed")


class NotClosable:
    pass


print(isinstance(Resource(), Closable), isinstance(NotClosable(), Closable), isinstance(3, Closable))
print(issubclass(Resource, Closable), issubclass(int, Closable))
print(Closable._is_protocol, Closable._is_runtime_protocol, Closable.__mro__)
s(lambda: Closable())


class Named(Protocol):
    name: str

    def describe(self) -> str: ...


print(sorted(typing._get_protocol_attrs(Named)))
s(lambda: isinstance(Resource(), Named))
s(lambda: issubclass(Resource, Named))


@runtime_checkable
class HasName(Protocol):
    name: str


class Person:
    def __init__(self, name):
        self.name = name


print(isinstance(Person('x'), HasName), isinstance(Resource(), HasName))
s(lambda: issubclass(Person, HasName))


class ClosingFile(Closable):
    def __init__(self, path):
        self.path = path


cf = ClosingFile('p')
print(cf.path, ClosingFile._is_protocol, isinstance(cf, Closable))
cf.close()


class Blocked:
    close = None


print(isinstance(Blocked(), Closable), issubclass(Blocked, Closable))


@runtime_checkable
class Box(Protocol[T]):
    def get(self) -> T: ...


class IntBox:
    def get(self):
        return 1


print(Box[int], Box.__parameters__, isinstance(IntBox(), Box))
s(lambda: runtime_checkable(Resource))
s(lambda: runtime_checkable(Stack))
try:
    class BadProto(Protocol, int): pass
except TypeError as e:
    print(type(e).__name__, e)


class SizedProto(Protocol, Sized):
    pass


print(SizedProto.__mro__[:2])
print(isinstance(3, SupportsInt), isinstance('x', SupportsInt), isinstance(3.5, SupportsAbs))
print(issubclass(float, SupportsRound), issubclass(int, SupportsIndex), issubclass(float, SupportsIndex))

# ParamSpec and Concatenate.
P = ParamSpec('P')
print(P, P.args, P.kwargs, P.__name__, Callable[P, int], Concatenate[int, P])
print(Callable[Concatenate[int, P], int], get_args(Callable[P, int]), P.args == P.args)
s(lambda: Concatenate[int, str])
s(lambda: Concatenate[()])
print(Concatenate[int, ...])


class Deco(Generic[P, T]):
    pass


print(Deco.__parameters__)
