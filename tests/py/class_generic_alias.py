# types.GenericAlias: list[int] and friends, __class_getitem__, substitution, unions.
import types
print(type.__dict__.get('__class_getitem__'))
print(type[int], type(type[int]))
import builtins
names=[]
for n in dir(builtins):
  o=getattr(builtins,n)
  if isinstance(o,type) and '__class_getitem__' in o.__dict__: names.append(n)
print(names)
print(list[int].__parameters__, list[int].__args__, dict[str,int], tuple[int,...], tuple[()], list[list[int]], dict[str, 'x'])
print(repr(list[int]), list[int]==list[int], hash(list[int])==hash(list[int]), list[int](range(2)))
try: isinstance([], list[int])
except TypeError as e: print(e)
try: issubclass(list, list[int])
except TypeError as e: print(e)
try: list[int][str]
except TypeError as e: print(e)
print(list[int] | None, type(list[int] | None), int | list[str])
print(dir(list[int]))
print(list[int].__class__, list[int].__origin__, list[int].append)
class A(list[int]): pass
print(A.__mro__, A.__orig_bases__)
print(types.GenericAlias(list, (int,)), types.GenericAlias(list, int))
print(tuple[int, str].__args__)
print(list[int].__reduce__())
print(list[int].__mro_entries__((1,)))
try: str[int]
except TypeError as e: print(e)
try: types.GenericAlias(list)
except TypeError as e: print(e)
try: types.GenericAlias(list, int, x=1)
except TypeError as e: print(e)
print(list[int] == list[str], list[int] != list[int], list[int] == list)
class T:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"~T{self.n}"
    def __typing_subst__(self, arg): return arg
Tv = T(1)
ga = dict[str, Tv]
print(ga, ga.__parameters__, ga[int], list[ga].__parameters__, list[ga][float])
try: ga[int, str]
except TypeError as e: print(e)
class G:
    def __class_getitem__(cls, item): return f"G of {item}"
print(G[int], G[int, str])
class H:
    __class_getitem__ = None
try: H[int]
except TypeError as e: print(e)
print(enumerate[int], frozenset[int], set[int], BaseExceptionGroup[int], types.MappingProxyType[str, int])
x = list[int]([1, 2])
print(x, type(x))
print(*tuple[int, str])
print(list[int].__unpacked__, next(iter(tuple[int])).__unpacked__, next(iter(tuple[int])))
