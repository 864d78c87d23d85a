# Parentheses: grouping versus tuples versus generator expressions
a = (1)
b = (1,)
c = ()
d = ((1, 2))
e = ((1, 2),)
f = (x for x in "ab")
g = ((x) for (x) in ("ab"))
h = [(1)]
i = [(1,)]
j = ("no tuple")
k = ("tuple",)
print(type(a).__name__, b, c, d, e, list(f), list(g), h, i, j, k)
