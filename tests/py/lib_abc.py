# abc: abstract methods, the instantiation error, register, __subclasshook__, properties.
from abc import ABC, ABCMeta, abstractmethod, abstractproperty, get_cache_token, update_abstractmethods
import abc

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"

for cls in (Shape,):
    try:
        cls()
    except TypeError as e:
        print(e)

class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class HalfSquare(Shape):
    def area(self): return 1
try:
    HalfSquare()
except TypeError as e:
    print(e)
sq = Square(3)
print(sq.area(), sq.describe(), isinstance(sq, Shape), issubclass(Square, Shape))
print(sorted(Shape.__abstractmethods__), Square.__abstractmethods__, type(Shape), type(Shape).__name__)
print(Shape.area.__isabstractmethod__, hasattr(Square.area, '__isabstractmethod__'))

class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def helper(): ...
print(sorted(Base.__abstractmethods__))
class Impl(Base):
    name = "impl"
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def helper(): return 42
print(Impl.make().name, Impl.helper())

class Duck(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Duck:
            return hasattr(C, 'quack') or NotImplemented
        return NotImplemented
class Mallard:
    def quack(self): return "quack"
print(isinstance(Mallard(), Duck), issubclass(int, Duck), issubclass(Mallard, Duck))

class Sequenceish(ABC):
    pass
token = get_cache_token()
Sequenceish.register(tuple)
@Sequenceish.register
class Mine: pass
print(issubclass(tuple, Sequenceish), isinstance((1,), Sequenceish), issubclass(Mine, Sequenceish), issubclass(list, Sequenceish), get_cache_token() > token)
try:
    Sequenceish.register(5)
except TypeError as e:
    print(e)
try:
    issubclass(5, Sequenceish)
except TypeError as e:
    print(e)
class Child(Sequenceish): pass
try:
    Child.register(Sequenceish)
except RuntimeError as e:
    print(e)
print(Sequenceish.register(Child) is Child)

class Old(ABC):
    @abstractproperty
    def p(self): ...
print(Old.__abstractmethods__)

class Later(ABC):
    @abstractmethod
    def go(self): ...
Later.go = lambda self: "went"
try:
    Later()
except TypeError as e:
    print(e)
update_abstractmethods(Later)
print(Later().go(), Later.__abstractmethods__)

class NotAbstract:
    def m(self): ...
print(update_abstractmethods(NotAbstract) is NotAbstract)
class Meta2(ABCMeta): pass
class UsesMeta(metaclass=Meta2):
    @abstractmethod
    def f(self): ...
try:
    UsesMeta()
except TypeError as e:
    print(e)
print(sorted(k for k in vars(Shape) if not k.startswith('__')))
print(ABC.__slots__, abc.ABC.__module__, repr(ABC))
