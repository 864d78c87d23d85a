# keyword and reprlib: the keyword lists, and reprs cut to size.
import keyword, reprlib
print(keyword.kwlist, keyword.softkwlist, len(keyword.kwlist))
print(keyword.iskeyword("for"), keyword.iskeyword("print"), keyword.issoftkeyword("match"), keyword.issoftkeyword("if"))
r = reprlib.Repr()
print(r.maxlevel, r.maxlist, r.maxstring, r.maxother)
print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100), reprlib.repr({i: i for i in range(10)}))
print(reprlib.repr(set(range(10))), reprlib.repr(2 ** 200), reprlib.repr([[[[[[[1]]]]]]]), reprlib.repr(tuple(range(10))))
print(reprlib.repr((1,)), reprlib.repr(()), reprlib.repr({}), reprlib.repr(set()), reprlib.repr(frozenset(range(9))))
r.maxlist = 2
r.maxstring = 10
print(r.repr([1, 2, 3]), r.repr("abcdefghijklmn"))
class Node:
    def __init__(self): self.children = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Node({self.children})"
n = Node()
n.children.append(n)
print(n, Node.__repr__.__name__, hasattr(Node.__repr__, "__wrapped__"))
class Box:
    def __init__(self): self.inner = self
    @reprlib.recursive_repr("<loop>")
    def __repr__(self):
        return f"Box({self.inner!r})"
print(Box())
