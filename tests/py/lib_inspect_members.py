# inspect: the is*() predicates, getmembers, getdoc/cleandoc, getmro,
# currentframe, unwrap, isabstract.
import abc
import functools
import inspect
import sys
import types


def func(x):
    """A function."""
    return x


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


class Shape:
    """A shape.

    Shapes have an area.
        (indented line)
    """
    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        """Return the area."""
        return 0

    @classmethod
    def make(cls):
        return cls('made')

    @staticmethod
    def helper():
        pass

    @property
    def label(self):
        """The label."""
        return self.name.upper()


class Square(Shape):
    sides = 4

    def area(self):
        return 1


class Abstract(abc.ABC):
    @abc.abstractmethod
    def run(self):
        ...


class Concrete(Abstract):
    def run(self):
        return 1


sq = Square('sq')
g = gen()
c = coro()
ag = agen()
objects = [('func', func), ('lambda', lambda: 0), ('gen', gen), ('generator', g),
           ('coro', coro), ('coroutine', c), ('agen', agen), ('asyncgen', ag),
           ('class', Shape), ('instance', sq), ('method', sq.area),
           ('classmethod', Shape.make), ('staticmethod', Shape.helper),
           ('unbound', Shape.area), ('builtin', len), ('builtin method', [].append),
           ('module', sys), ('int', 3), ('property', Shape.label),
           ('partial gen', functools.partial(gen)), ('method descriptor', str.join),
           ('wrapper', object.__init__), ('method-wrapper', object().__str__)]
preds = ['isfunction', 'ismethod', 'isclass', 'ismodule', 'isgenerator',
         'isgeneratorfunction', 'iscoroutine', 'iscoroutinefunction',
         'isasyncgen', 'isasyncgenfunction', 'isbuiltin', 'isroutine',
         'isawaitable', 'ismethoddescriptor', 'isdatadescriptor', 'ismethodwrapper']
for name, obj in objects:
    print(f"{name:18}", ' '.join(p[2:] for p in preds if getattr(inspect, p)(obj)))
c.close()
print(inspect.isabstract(Abstract), inspect.isabstract(Concrete), inspect.isabstract(3))
print(inspect.iscode(func.__code__), inspect.isframe(inspect.currentframe()))
try:
    1 / 0
except ZeroDivisionError as e:
    print(inspect.istraceback(e.__traceback__), inspect.istraceback(e))
print(inspect.getmro(Square))
print(inspect.isgetsetdescriptor(types.FunctionType.__code__),
      inspect.ismemberdescriptor(types.FunctionType.__code__))

# getmembers, with and without a predicate.
print([n for n, v in inspect.getmembers(Square) if not n.startswith('__')])
print([(n, v.__qualname__) for n, v in inspect.getmembers(Square, inspect.isfunction)])
print([n for n, v in inspect.getmembers(sq) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(sq, inspect.ismethod)])
print(inspect.getmembers(sq, lambda v: isinstance(v, int)))
mod = types.ModuleType('mod')
mod.A, mod.f, mod.n = Shape, func, 1
print(inspect.getmembers(mod, inspect.isclass), [n for n, v in inspect.getmembers(mod)])

# getdoc cleans the indentation and finds inherited docstrings.
print(repr(inspect.getdoc(Shape)))
print(repr(inspect.getdoc(Square)), repr(inspect.getdoc(Square.area)), repr(inspect.getdoc(sq.area)))
print(repr(inspect.getdoc(func)), repr(inspect.getdoc(gen)), repr(inspect.getdoc(Shape.label)))
print(repr(inspect.getdoc(3)) == repr(int.__doc__ and inspect.cleandoc(int.__doc__)))
print(repr(inspect.cleandoc('''
    First line.
      indented
    last
''')))
print(repr(inspect.cleandoc('  one\n\ttab\n\n')), repr(inspect.cleandoc('')))

# currentframe and unwrap.
def where():
    frame = inspect.currentframe()
    return frame.f_code.co_name, frame.f_back.f_code.co_name


print(where())


def deco(f):
    @functools.wraps(f)
    def inner(*a):
        return f(*a)
    return inner


@deco
@deco
def wrapped(a):
    return a


print(inspect.unwrap(wrapped) is wrapped.__wrapped__.__wrapped__, wrapped(5))
print(inspect.unwrap(wrapped, stop=lambda f: f.__wrapped__.__wrapped__ is not None if hasattr(f.__wrapped__, '__wrapped__') else False) is wrapped)
loop = lambda: 0
loop.__wrapped__ = loop
try:
    inspect.unwrap(loop)
except ValueError as e:
    print(type(e).__name__, str(e).startswith('wrapper loop when unwrapping'))

# The attributes of functions that inspect reads.
def sample(a, b=1, /, c=2, *args, d, e=5, **kw) -> int:
    x = 1
    return x


code = sample.__code__
print(code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount, code.co_varnames)
print(bool(code.co_flags & inspect.CO_VARARGS), bool(code.co_flags & inspect.CO_VARKEYWORDS),
      bool(gen.__code__.co_flags & inspect.CO_GENERATOR), bool(coro.__code__.co_flags & inspect.CO_COROUTINE))
print(sample.__defaults__, sample.__kwdefaults__, sample.__annotations__)
print(inspect.CO_GENERATOR, inspect.CO_COROUTINE, inspect.CO_ASYNC_GENERATOR, inspect.CO_VARARGS)
