# inspect: signature() of functions, methods, classes, callables, partials
# and decorated functions; Parameter kinds; str() and repr() as CPython shows
# them; bind() and its errors.
import functools
import inspect
from inspect import Parameter, Signature
from typing import List, Optional, Dict, Any, Callable


def s(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def plain(a, b=2, *args, c, d=4, **kwargs):
    pass


def posonly(x, y, /, z=3, *, w):
    pass


def annotated(name: str, count: int = 1, *tags: str, flag: bool = False,
              extra: Optional[Dict[str, Any]] = None, **kw: int) -> List[str]:
    pass


def none_return() -> None:
    pass


for f in (plain, posonly, annotated, none_return, lambda: 0, lambda x, *y: 0,
          lambda *, k: 0, lambda **kw: 0, lambda a, /: 0):
    sig = inspect.signature(f)
    print(sig, repr(sig))

sig = inspect.signature(annotated)
for name, p in sig.parameters.items():
    print(name, p.kind, p.kind.description, repr(p.kind), p.default, p.annotation, repr(p))
print(sig.return_annotation, sig.parameters['count'].default == 1)
print(sig.parameters['name'].default is Parameter.empty, Parameter.empty, Signature.empty)
print(type(sig.parameters).__name__, list(sig.parameters), len(sig.parameters))
print(inspect.signature(plain).parameters)
print(int(Parameter.KEYWORD_ONLY), Parameter.VAR_KEYWORD > Parameter.POSITIONAL_ONLY)


class Point:
    def __init__(self, x: float, y: float = 0.0):
        self.x = x
        self.y = y

    def move(self, dx, dy=0):
        pass

    @classmethod
    def origin(cls, z=0):
        pass

    @staticmethod
    def helper(a, b):
        pass

    def __call__(self, scale):
        pass


class WithNew:
    def __new__(cls, value, *rest):
        return super().__new__(cls)


class Empty:
    pass


class Meta(type):
    def __call__(cls, token):
        return super().__call__()


class Made(metaclass=Meta):
    pass


print(inspect.signature(Point), inspect.signature(Point.move), inspect.signature(Point(1).move))
print(inspect.signature(Point.origin), inspect.signature(Point.helper), inspect.signature(Point(1)))
print(inspect.signature(WithNew), inspect.signature(Empty), inspect.signature(Made))
print(inspect.signature(object))


def decorator(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


@decorator
def greet(name: str, greeting: str = "Hello") -> str:
    return f"{greeting}, {name}!"


print(inspect.signature(greet), inspect.signature(greet, follow_wrapped=False))
print(greet.__wrapped__.__name__, inspect.unwrap(greet) is greet.__wrapped__)


def power(base, exp, mod=None):
    pass


print(inspect.signature(functools.partial(power, 2)))
print(inspect.signature(functools.partial(power, exp=3)))
print(inspect.signature(functools.partial(posonly, 1, 2)))
try:
    inspect.signature(functools.partial(power, 1, 2, 3, 4))
except ValueError as e:
    print(type(e).__name__, str(e).startswith('partial object functools.partial('), type(e.__cause__).__name__)


def custom(a, b):
    pass


custom.__signature__ = Signature([Parameter('only', Parameter.POSITIONAL_OR_KEYWORD)])
print(inspect.signature(custom))
custom.__signature__ = 'bad'
s(lambda: inspect.signature(custom))
s(lambda: inspect.signature(3))
s(lambda: inspect.signature(int))
s(lambda: inspect.signature(dict))

# Strings as annotations, evaluated on request.
def later(a: 'int', b: 'List[int]') -> 'str':
    pass


print(inspect.signature(later), inspect.signature(later, eval_str=True))
print(inspect.get_annotations(later), inspect.get_annotations(later, eval_str=True))
print(inspect.get_annotations(Point.__init__), inspect.get_annotations(Empty))
print(inspect.formatannotation(int), inspect.formatannotation(List[int]),
      inspect.formatannotation(list[int]), inspect.formatannotation(Point),
      inspect.formatannotation('x'), inspect.formatannotation(Callable[[int], str]))

# Building signatures by hand.
params = [Parameter('a', Parameter.POSITIONAL_ONLY),
          Parameter('b', Parameter.POSITIONAL_OR_KEYWORD, default=1, annotation=int),
          Parameter('args', Parameter.VAR_POSITIONAL),
          Parameter('k', Parameter.KEYWORD_ONLY, annotation=str),
          Parameter('kw', Parameter.VAR_KEYWORD)]
built = Signature(params, return_annotation=float)
def same(a, /, b: int = 1, *args, k: str, **kw) -> float:
    pass


print(built, built == inspect.signature(same), built == inspect.signature(plain))
print(built.replace(return_annotation=Signature.empty), built.replace(parameters=params[:2]))
print(params[1].replace(name='bb', default=5), params[1] == params[1].replace(),
      hash(params[0]) == hash(params[0].replace()))
print(Signature(), Signature([Parameter('k', Parameter.KEYWORD_ONLY)]))
s(lambda: Parameter('a', 7))
s(lambda: Parameter('a', Parameter.VAR_POSITIONAL, default=1))
s(lambda: Parameter('a', Parameter.VAR_KEYWORD, default=1))
s(lambda: Parameter(3, Parameter.POSITIONAL_ONLY))
s(lambda: Parameter('3a', Parameter.POSITIONAL_ONLY))
s(lambda: Parameter('def', Parameter.POSITIONAL_ONLY))
s(lambda: Signature([Parameter('a', Parameter.KEYWORD_ONLY), Parameter('b', Parameter.POSITIONAL_ONLY)]))
s(lambda: Signature([Parameter('a', 1, default=1), Parameter('b', 1)]))
s(lambda: Signature([Parameter('a', 1), Parameter('a', 1)]))
s(lambda: Signature.from_callable(plain))

# bind and bind_partial.
def f(a, /, b: int, *args, c=3, **kw) -> int:
    pass


sig = inspect.signature(f)
s(lambda: sig.bind(1, 2, 3, c=4, d=5))
s(lambda: sig.bind(1))
s(lambda: sig.bind(a=1, b=2))
s(lambda: sig.bind(1, 2, b=3))
s(lambda: inspect.signature(lambda a, *, b: 0).bind(1, 2))
s(lambda: inspect.signature(lambda a: 0).bind(1, c=2))
s(lambda: inspect.signature(lambda a: 0).bind_partial())
s(lambda: inspect.signature(lambda a, b, c=1: 0).bind_partial(b=2))
s(lambda: inspect.signature(lambda *, k: 0).bind())
b = sig.bind(1, 2)
print(b, b.args, b.kwargs, b.arguments, b.signature is sig)
b.apply_defaults()
print(b, b.args, b.kwargs)
b2 = sig.bind(1, b=2, c=5, z=6)
print(b2.args, b2.kwargs, b2 == sig.bind(1, b=2, c=5, z=6))
print(inspect.signature(plain).bind(1, 2, 3, 4, c=5, e=6).arguments)


# A decorator lesson: check arguments against annotations.
def typecheck(func):
    sig = inspect.signature(func)

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        bound = sig.bind(*args, **kwargs)
        bound.apply_defaults()
        for name, value in bound.arguments.items():
            ann = sig.parameters[name].annotation
            if ann is not Parameter.empty and not isinstance(value, ann):
                raise TypeError(f"{name} must be {ann.__name__}, got {type(value).__name__}")
        return func(*args, **kwargs)
    return wrapper


@typecheck
def repeat(text: str, times: int = 2) -> str:
    return text * times


print(repeat("ab"), repeat("x", times=3), inspect.signature(repeat))
s(lambda: repeat(3))
s(lambda: repeat("a", "b"))
s(lambda: repeat())
