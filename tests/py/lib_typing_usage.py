# typing: what lessons write with it: generic classes with forward references,
# isinstance with the aliases, PEP 604 unions in hints, copy of type variables.
from typing import *
import typing, copy
T = TypeVar('T')
class Node(Generic[T]):
    def __init__(self, value: T, next: Optional['Node[T]'] = None) -> None:
        self.value = value
        self.next = next
print(get_type_hints(Node.__init__))
print(isinstance(len, Callable), isinstance(3, Callable), isinstance((x for x in []), Iterable), isinstance((x for x in []), Generator))
print(f"{T}", copy.copy(T) is T, copy.deepcopy(List[T]))
print(Union[int, "str"], List["Node"], Optional["int"])
def f(x: list[int] | None = None, y: "dict[str, int]" = {}) -> tuple[int, ...]: ...
print(get_type_hints(f))
class Animal: pass
def make(cls: Type[Animal]) -> Animal: return cls()
print(get_type_hints(make), make(Animal).__class__.__name__)
@runtime_checkable
class Greeter(Protocol):
    def __call__(self, name: str) -> str: ...
print(isinstance(lambda n: n, Greeter), isinstance(3, Greeter))
print(typing.__name__, 'List' in typing.__all__, len(dir(typing)) > 50)
print(Stack := None)
print(repr(typing.Text), typing.AnyStr)
class Tree(Generic[T]):
    @classmethod
    def leaf(cls, v: T) -> 'Tree[T]':
        return cls()
print(type(Tree[int].leaf(3)).__name__)
print(Tree[int].__class__.__name__, type(List[int]).__name__, type(List).__name__, type(Union[int, str]).__name__)
print(List[int].__origin__ is list, Union[int, str].__origin__ is Union, ClassVar[int].__origin__)
print(Optional[List[int]].__args__, Callable[..., None].__args__)
print(dir(List[int]) == dir(List[int]))
x: Final = 3
print(__annotations__)
print(Literal["a", "b"].__args__, get_args(Literal[1, 2]), get_origin(Literal[1]))
print(NamedTuple('E', []), TypedDict('E', {}))
print(get_origin(Required[int]), get_args(ClassVar[int]), get_origin(Final[int]))
print(Annotated[List[int], 'x'], get_type_hints(f, include_extras=True) == get_type_hints(f))
# Subscripting is cached: the same arguments give the same object.
class S(Generic[T]): pass
print(List[int] is List[int], Union[int, str] is Union[int, str], Dict[str, T][int] is Dict[str, int])
print(Literal[1] is Literal[1], Literal[1] is Literal[True], S[int] is S[int])
print(Callable[[int], str] is Callable[[int], str], Annotated[int, 1] is Annotated[int, 1])
print(Literal[[1]].__args__, Literal[[1]] is Literal[[1]])
