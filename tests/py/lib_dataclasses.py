# dataclasses: the decorator and its options, field(), InitVar, KW_ONLY, asdict/astuple/replace, make_dataclass, slots.
import dataclasses as dc
from dataclasses import dataclass, field, InitVar, KW_ONLY, asdict, astuple, replace, fields, make_dataclass, is_dataclass, FrozenInstanceError
@dataclass
class P:
    x: int
    y: list = field(default_factory=list)
    z: 'str' = 'a'
p = P(1)
print(p, P.__doc__, repr(fields(P)[1]).replace(hex(id(dc.MISSING)), 'ADDR'))
print(P.__init__.__qualname__, P.__repr__.__qualname__, P.__eq__.__qualname__, P.__init__.__annotations__)
print(P.__dataclass_params__, list(P.__dataclass_fields__), P.__match_args__)
print(p == P(1), p == P(2), p != P(1, [1]), P.__hash__)
@dataclass(frozen=True, order=True)
class F:
    a: int = 0
    b: str = "x"
print(F(1) < F(2), F(1, "a") <= F(1, "b"), hash(F(1)) == hash(F(1)), F.__hash__.__qualname__, sorted([F(3), F(1), F(2)]))
try: F().a = 1
except FrozenInstanceError as e: print(type(e).__name__, e, isinstance(e, AttributeError))
try: del F().a
except FrozenInstanceError as e: print(type(e).__name__, e)
for src in ['''
@dataclass
class B:
    a: int = 0
    b: int
''', '''
@dataclass
class B2:
    a: list = []
''', '''
@dataclass(order=True, eq=False)
class B3:
    a: int
''', '''
@dataclass(order=True)
class B4:
    a: int
    def __lt__(self, o): return True
''', '''
@dataclass
class B5:
    a = field(default=1)
''', '''
field(default=1, default_factory=list)
''', '''
@dataclass(frozen=True)
class B6(P): pass
''', '''
@dataclass(unsafe_hash=True)
class B7:
    a: int
    def __hash__(self): return 1
''']:
    try:
        exec(src)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.b = self.a * scale
w = WithPost(3)
print(w, WithPost.__doc__, fields(w)[1].name, [f.name for f in fields(WithPost)], WithPost(3, 10).b)
@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int = 1
print(KW(1, b=2), KW.__doc__, KW.__match_args__)
try: KW(1, 2)
except TypeError as e: print(e)
@dataclass(kw_only=True)
class KW2:
    a: int
    b: int = 1
print(KW2(a=3), KW2.__doc__)
try: P()
except TypeError as e: print(e)
@dataclass
class Nested:
    p: P
    items: list
    d: dict
n = Nested(P(1, [2]), [P(3)], {"k": P(4)})
print(asdict(n))
print(astuple(n))
print(replace(p, x=9), replace(F(1), b="q"))
try: replace(w, b=1)
except ValueError as e: print(e)
try: fields(1)
except TypeError as e: print(e)
try: asdict(P)
except TypeError as e: print(e)
print(is_dataclass(P), is_dataclass(p), is_dataclass(1))
M = make_dataclass("M", ["a", ("b", int), ("c", int, field(default=5))], namespace={"total": lambda self: self.b + self.c})
m = M(1, 2)
print(m, m.total(), M.__doc__, M.__module__)
@dataclass(slots=True)
class S:
    a: int
    b: int = 2
s = S(1)
print(s, S.__slots__, hasattr(s, '__dict__'))
try: s.c = 1
except AttributeError as e: print(e)
@dataclass
class Rec:
    me: object = None
r = Rec(); r.me = r
print(r)
@dataclass(repr=False, eq=False)
class Plain:
    a: int
print(Plain(1) == Plain(1), repr(Plain(1))[:17])
@dataclass
class Base:
    a: int
    b: int = 0
@dataclass
class Derived(Base):
    c: int = 5
    a: int = 10
print(Derived(), Derived.__doc__)
print(dc.MISSING.__class__, repr(dc.KW_ONLY)[:30], InitVar[int], dc.InitVar(str))
@dataclass(eq=True, frozen=False)
class Unh:
    a: int
try: hash(Unh(1))
except TypeError as e: print(e)
@dataclass
class CV:
    a: int
    b: int = 1
    def __eq__(self, other): return "mine"
print(CV(1) == CV(1), CV.__hash__)
import copy
print(copy.deepcopy(n) == n, copy.copy(F(1)))
