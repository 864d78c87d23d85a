# typing: NamedTuple, TypedDict, NewType, overload, final, no_type_check,
# get_type_hints (forward references), get_origin, get_args, cast.
from typing import *
import typing
import sys
def s(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class Emp(NamedTuple):
    """An employee."""
    name: str
    id: int = 3
    def greet(self): return 'hi ' + self.name
e = Emp('a')
print(e, e.greet(), Emp.__annotations__, Emp._fields, Emp._field_defaults, Emp.__doc__, Emp.__mro__)
print(isinstance(e, tuple), e._replace(id=5), e._asdict())
P = NamedTuple('P', [('x', int), ('y', float)])
print(P(1, 2.0), P.__annotations__, P.__module__)
Q = NamedTuple('Q', x=int)
print(Q(4))
s(lambda: NamedTuple('R', [('x', int)], y=int))
try:
    class B(NamedTuple):
        x: int = 1
        y: int
except TypeError as ex: print(ex)
try:
    class B2(NamedTuple):
        x: int = 1
        z: int = 2
        y: int
except TypeError as ex: print(ex)
try:
    class C(NamedTuple):
        x: int
        def _asdict(self): pass
except AttributeError as ex: print(ex)
try:
    class D(NamedTuple, int): pass
except TypeError as ex: print(ex)

class Movie(TypedDict):
    name: str
    year: int
m = Movie(name='Blade Runner', year=1982)
print(m, type(m), Movie.__annotations__, sorted(Movie.__required_keys__), Movie.__total__)
class Movie2(Movie, total=False):
    rating: float
print(sorted(Movie2.__required_keys__), sorted(Movie2.__optional_keys__), Movie2.__total__, Movie2.__mro__)
s(lambda: isinstance(m, Movie))
s(lambda: issubclass(dict, Movie))
M3 = TypedDict('M3', {'a': int, 'b': str}, total=False)
print(M3(a=1), M3.__annotations__, sorted(M3.__optional_keys__), M3.__module__)
class M4(TypedDict):
    a: Required[int]
    b: NotRequired[str]
print(sorted(M4.__required_keys__), sorted(M4.__optional_keys__), M4.__annotations__)
print(is_typeddict(M4), is_typeddict(dict))
try:
    class M5(TypedDict, int): pass
except TypeError as ex: print(ex)

UserId = NewType('UserId', int)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__, UserId | None)
try:
    class U(UserId): pass
except TypeError as ex: print(ex)

@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(f(3), len(get_overloads(f)))
@overload
def g(x: int) -> int: ...
s(lambda: g(1))
clear_overloads()
print(get_overloads(f))
@final
def h(): pass
print(h.__final__)
@final
class Fin: pass
print(Fin.__final__)
@no_type_check
def n(x: 'undefined') -> int: pass
print(n.__no_type_check__, get_type_hints(n))
@no_type_check
class NC:
    def m(self, a: 'X'): pass
    class Inner:
        def k(self): pass
print(NC.m.__no_type_check__, NC.Inner.__no_type_check__, NC.Inner.k.__no_type_check__)

class Node:
    val: int
    next: 'Optional[Node]'
    data: Annotated[int, 'meta']
    cv: ClassVar[int] = 3
def fn(a: 'int', b: List['Node'] = None, *c: str, d: None, **k) -> 'Node': pass
print(get_type_hints(Node))
print(get_type_hints(Node, include_extras=True))
print(get_type_hints(fn))
print(get_type_hints(fn.__call__) if False else '')
s(lambda: get_type_hints(3))
s(lambda: get_type_hints(len))
def bad(a: 'undefined_name'): pass
s(lambda: get_type_hints(bad))
def bad2(a: 'x y'): pass
s(lambda: get_type_hints(bad2))
def gen(a: list['int'], b: 'int | None', c: dict[str, 'Node']): pass
print(get_type_hints(gen))
print(ForwardRef('int'), ForwardRef('x') == ForwardRef('x'), List['int'])
s(lambda: ForwardRef(3))
class Base:
    a: int
class Derived(Base):
    b: str
print(get_type_hints(Derived))
import types as _t
print(get_origin(List[int]), get_origin(Union[int, str]), get_origin(int | str), get_origin(Annotated[int, 1]), get_origin(int), get_origin(Generic), get_origin(Literal[1]), get_origin(ClassVar[int]))
print(get_args(Dict[str, int]), get_args(int), get_args(Annotated[int, 1, 2]), get_args(int | str), get_args(Callable[..., int]), get_args(Union[int, Tuple[int, str]]), get_args(list[int]), get_args(Callable[[], int]))
print(assert_type(3, int))
s(lambda: assert_never(5))
print(Text, AnyStr, AnyStr.__constraints__)
print(List.__doc__, Iterable.__doc__)
print(isinstance([], List), isinstance([], Iterable), issubclass(list, Sequence), isinstance({}, Mapping), isinstance(3, Hashable), isinstance(iter([]), Iterator))
print(isinstance(3, SupportsInt), isinstance('x', SupportsInt), isinstance(3.5, SupportsAbs), issubclass(float, SupportsRound))
print(List[int] == List[int], List[int] == list[int], List[int] != List[str], hash(List[int]) == hash(List[int]))
print(Union[int, str] == Union[str, int], Optional[int] == Union[None, int], Union[int, str] == int | str)
T = TypeVar('T', bound=int)
S = TypeVar('S', covariant=True)
R = TypeVar('R', contravariant=True)
print(T, S, R, T.__bound__, T.__name__, S.__covariant__, R.__contravariant__, T.__constraints__, T.__module__)
print(T | None, Optional[T], List[T][int], Dict[str, T], Dict[str, T].__parameters__)
print(list[T] | None, Callable[[T], T][int], Tuple[T, ...][str], Union[T, str][int])
s(lambda: List[int][str])
s(lambda: List[T][int, str])

# What a lesson on type hints writes.
from dataclasses import dataclass, field, fields


@dataclass
class Inventory:
    items: Dict[str, int] = field(default_factory=dict)
    owner: Optional[str] = None
    count: ClassVar[int] = 0

    def add(self, name: str, qty: int = 1) -> None:
        self.items[name] = self.items.get(name, 0) + qty


inv = Inventory()
inv.add('apple', 3)
print(inv, [f.name for f in fields(inv)], Inventory.count)
print(get_type_hints(Inventory.add), Inventory.add.__annotations__)


def process(data: Iterable[int], key: Callable[[int], int] = abs) -> List[int]:
    return sorted(data, key=key)


print(process([3, -5, 1]), get_type_hints(process))
Vector = List[float]


def scale(k: float, v: Vector) -> Vector:
    return [k * x for x in v]


print(scale(2.0, [1.0, 2.5]), scale.__annotations__)


def first(xs: Sequence[T]) -> T:
    return xs[0]


print(first('abc'), get_type_hints(first))
x: int = 5
y: 'List[int]'
print(__annotations__, get_type_hints(sys.modules[__name__]))
