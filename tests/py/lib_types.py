# types: the names of the interpreter's types, SimpleNamespace, MappingProxyType, new_class, DynamicClassAttribute.
import types, sys
def f(): pass
class C:
    def m(self): pass
print(type(f) is types.FunctionType, types.LambdaType is types.FunctionType, type(f.__code__) is types.CodeType)
print(type(C().m) is types.MethodType, type(len) is types.BuiltinFunctionType, type([].append) is types.BuiltinMethodType)
print(type(sys) is types.ModuleType, type(C.__dict__) is types.MappingProxyType, type(x for x in []) is types.GeneratorType)
print(types.NoneType, types.EllipsisType, types.NotImplementedType, types.GenericAlias, types.UnionType)
print(types.WrapperDescriptorType, types.MethodWrapperType, types.MethodDescriptorType, types.ClassMethodDescriptorType)
print(types.GetSetDescriptorType, types.MemberDescriptorType, types.CellType, types.FrameType, types.TracebackType)
ns = types.SimpleNamespace(a=1, b="two")
ns.c = [3]
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b="two", c=[3]))
mp = types.MappingProxyType({'k': 1})
print(mp, mp['k'], len(mp), list(mp), 'k' in mp, mp.get('z', 0), mp | {'j': 2})
try:
    mp['k'] = 2
except TypeError as e:
    print(e)
try:
    types.MappingProxyType([1])
except TypeError as e:
    print(e)
m = types.ModuleType("mymod", "the doc")
m.x = 1
print(m, m.__name__, m.__doc__, m.x)
def body(ns):
    ns['hello'] = lambda self: "hi"
Dyn = types.new_class("Dyn", (C,), {}, body)
print(Dyn, Dyn().hello(), Dyn.__mro__)
meta, ns2, kw = types.prepare_class("X", (), {"metaclass": type, "extra": 1})
print(meta, ns2, kw)
print(types.resolve_bases((int, list[int])), types.resolve_bases((int,)))
class WithDyn:
    @types.DynamicClassAttribute
    def value(self):
        return "instance value"
print(WithDyn().value)
try:
    WithDyn.value
except AttributeError as e:
    print(type(e).__name__, e)
