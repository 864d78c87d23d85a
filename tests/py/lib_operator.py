# operator: the operators as functions, itemgetter/attrgetter/methodcaller, in-place forms.
import operator
from operator import itemgetter, attrgetter, methodcaller
print(operator.add(2, 3), operator.sub(5, 1), operator.mul(3, 4), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10))
print(operator.neg(5), operator.pos(-5), operator.abs(-3), operator.invert(5), operator.inv(0), operator.not_(0), operator.truth([]))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1), operator.ne(1, 2), operator.gt(1, 2), operator.ge(3, 2))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 4), operator.rshift(16, 2))
print(operator.is_(None, None), operator.is_not(1, None), operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
print(operator.concat([1], [2]), operator.index(7), operator.length_hint([1, 2]), operator.length_hint(iter(range(5))), operator.length_hint(5, 9))
d = {'a': 1}
operator.setitem(d, 'b', 2)
operator.delitem(d, 'a')
print(d, operator.getitem(d, 'b'), operator.call(len, 'abc'))
l = [1]
print(operator.iadd(l, [2]), l, operator.iconcat(l, [3]), operator.imul([1], 2), operator.ipow(2, 3))
print(operator.__add__ is operator.add, operator.__lt__(1, 2))
rows = [{'n': 'b', 'v': 2}, {'n': 'a', 'v': 1}]
print(sorted(rows, key=itemgetter('n')), itemgetter('n', 'v')(rows[0]), itemgetter(1)("xyz"), itemgetter(slice(1, 3))("abcd"))
class P:
    def __init__(self, name, inner=None): self.name, self.inner = name, inner
    def greet(self, greeting, punct="!"): return f"{greeting}, {self.name}{punct}"
p = P("x", P("y"))
print(attrgetter('name')(p), attrgetter('inner.name')(p), attrgetter('name', 'inner.name')(p))
print(methodcaller('greet', 'hi')(p), methodcaller('greet', 'yo', punct='?')(p), methodcaller('upper')("abc"))
print(repr(itemgetter(1, 'a')), repr(attrgetter('a.b')), repr(methodcaller('f', 1, k=2)))
for expr in ("operator.concat(1, 2)", "operator.index(1.5)", "attrgetter(1)", "methodcaller(1)", "operator.indexOf([1], 2)", "itemgetter(5)([1])", "operator.length_hint(1, 'x')"):
    try:
        eval(expr)
    except Exception as e:
        print(expr, type(e).__name__, e)
