# typing: the special forms and the aliases of collections.abc and the builtins:
# their reprs, arguments, | and the errors of subscripting them wrongly.
import typing as t
def s(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
s(lambda: t.Optional[int, str])
s(lambda: t.Optional[()])
s(lambda: t.Final[int, str])
s(lambda: t.ClassVar[int, str])
s(lambda: t.Union[()])
s(lambda: t.Union[1])
s(lambda: t.List[1])
s(lambda: t.Callable[int, str])
s(lambda: t.Callable[int])
s(lambda: t.Tuple[int, ...])
s(lambda: t.Tuple[...])
s(lambda: t.Annotated[int])
s(lambda: t.Annotated())
s(lambda: t.Self[int])
s(lambda: t.Any())
s(lambda: isinstance(1, t.Any))
s(lambda: isinstance(1, t.Union))
s(lambda: isinstance(1, t.List[int]))
s(lambda: t.Union())
s(lambda: t.Generic[int])
s(lambda: t.Generic[()])
s(lambda: t.List())
s(lambda: t.Literal[1, 'a', 1])
s(lambda: t.Literal[1] == t.Literal[1, 1])
s(lambda: t.ClassVar[t.Final[int]])
s(lambda: t.List[t.ClassVar[int]])
s(lambda: t.List[t.Union])
s(lambda: t.List[t.Final])
s(lambda: t.Union[int, t.List[int]])
s(lambda: t.TypeVar('T', int))
s(lambda: t.TypeVar('T', covariant=True, contravariant=True))
s(lambda: t.TypeVar('T', int, str, bound=int))
s(lambda: t.TypeVar('T', bound=3))
s(lambda: t.NewType('X', int)(5))
s(lambda: t.NewType('X', int))
s(lambda: isinstance(3, t.NewType('X', int)))
s(lambda: t.cast(int, 'x'))
s(lambda: t.Literal)
s(lambda: t.Union[int, str].__args__)
s(lambda: t.Union[int, str] | None)
s(lambda: int | t.List[int])
s(lambda: t.Tuple[()])
s(lambda: t.Tuple)
s(lambda: t.Callable)
s(lambda: t.Callable[..., int])
s(lambda: t.Callable[[], int])
s(lambda: t.Callable[[int, str], int].__args__)
s(lambda: t.get_args(t.Callable[[int, str], int]))
s(lambda: t.ContextManager)
s(lambda: t.ContextManager[int])
s(lambda: t.Type[int])
s(lambda: t.Dict[str, int].__origin__)
s(lambda: t.Generator[int, None, None])
s(lambda: t.Generator[int])
s(lambda: t.Union[int, int])
s(lambda: t.Union[int, t.Union[str, float]])
s(lambda: t.Optional[t.Union[int, str]])
s(lambda: hash(t.Union[int,str]) == hash(t.Union[str,int]))
s(lambda: t.Never)
s(lambda: t.NoReturn)
s(lambda: t.Any)
s(lambda: type(t.Any))
s(lambda: t.Any | int)
s(lambda: t.TYPE_CHECKING)
# Aliases over collections.abc and the builtins.
for alias in (t.List, t.Dict, t.Set, t.FrozenSet, t.Tuple, t.Type, t.Callable,
              t.Iterable, t.Iterator, t.Generator, t.Sequence, t.Mapping,
              t.MutableMapping, t.MutableSequence, t.Awaitable, t.Coroutine,
              t.AsyncIterator, t.ContextManager, t.Deque, t.DefaultDict,
              t.OrderedDict, t.Counter, t.ChainMap, t.AbstractSet, t.Hashable,
              t.Sized, t.Collection, t.Container, t.Reversible):
    print(alias, alias.__origin__, alias._name)
print(t.List[int], t.Dict[str, t.List[int]], t.Set[str], t.FrozenSet[int])
print(t.Iterable[str], t.Iterator[int], t.Sequence[float], t.Mapping[str, int])
print(t.MutableMapping[str, int], t.MutableSequence[bytes], t.Awaitable[int])
print(t.Coroutine[int, None, str], t.AsyncIterator[int], t.Deque[int])
print(t.Type[t.Any], t.Tuple[int, str], t.Callable[[int], None], t.Optional[t.List[int]])
print(t.List[int].__args__, t.List[int].__parameters__, t.Dict[str, int].__args__)
print(t.List.__doc__, t.Iterable.__doc__)
print(t.List[int].append is list.append, t.Sized[()] if False else '')
s(lambda: t.Sized[int])
s(lambda: t.List[int, str])
s(lambda: t.Dict[int])
s(lambda: t.Dict())
s(lambda: t.Tuple())
s(lambda: t.Deque([1, 2]))
s(lambda: t.DefaultDict[str, int](list))
s(lambda: t.Counter('aab'))
s(lambda: t.Counter[str]('ab').__orig_class__)
s(lambda: list(t.List))
s(lambda: list(t.Union))

# isinstance with the unsubscripted aliases is isinstance with their origin.
print(isinstance([], t.List), isinstance([], t.Iterable), issubclass(list, t.Sequence))
print(isinstance({}, t.Mapping), isinstance(3, t.Hashable), isinstance(iter([]), t.Iterator))
print(isinstance((1,), t.Tuple), isinstance(len, t.Callable), issubclass(t.List, t.Sequence))
s(lambda: issubclass(list, t.List[int]))
s(lambda: isinstance(3, t.Optional[t.List[int]]))
print(isinstance(3, t.Union[int, str]), isinstance(None, t.Optional[int]), isinstance(2.5, t.Union[int, str]))

# Equality and hashing.
print(t.List[int] == t.List[int], t.List[int] == list[int], t.List[int] != t.List[str])
print(hash(t.List[int]) == hash(t.List[int]), t.Union[int, str] == t.Union[str, int])
print(t.Optional[int] == t.Union[None, int], t.Union[int, str] == (int | str))
print(t.Literal[1, 2] == t.Literal[2, 1], t.Literal[1] == t.Literal[True], t.Literal[t.Literal[1, 2], 3])
print(t.Annotated[int, 'a'] == t.Annotated[int, 'a'], t.Annotated[t.Annotated[int, 1], 2])

# X | Y on typing objects.
print(t.List[int] | None, None | t.List[int], t.Any | None, t.Literal[1] | t.Literal[2])
print(t.Optional[int] | str, t.Union[int, str] | t.Union[float, int], t.Iterable | int)
print(type(int | str).__name__, type(t.List[int] | None).__name__)

# Annotated, Final, ClassVar, Literal, Never, Self...
print(t.Annotated[int, 'unit', 3], t.Annotated[int, 'unit'].__metadata__, t.Annotated[int, 'u'].__origin__)
print(t.Final[int], t.ClassVar[t.List[int]], t.Literal['r', 'w'], t.Literal[None])
print(t.Self, t.LiteralString, t.Never, t.NoReturn, t.TypeAlias, t.Union, t.Optional, t.ClassVar, t.Final)
print(t.Required[int], t.NotRequired[str], t.TypeGuard[int])
s(lambda: t.Never[int])
s(lambda: t.NoReturn())
s(lambda: isinstance(1, t.Literal[1]))
s(lambda: issubclass(int, t.Final))
s(lambda: t.Union.__name__)
s(lambda: t.Annotated[int, 'x'].__name__)
try:
    class Sub(t.Union): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Sub2(t.ClassVar[int]): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Sub3(t.Annotated): pass
except TypeError as e:
    print(type(e).__name__, e)
class MyAny(t.Any): pass
print(MyAny.__mro__, isinstance(MyAny(), MyAny))
