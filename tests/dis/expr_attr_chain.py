import os
p = os.path.join(a, b)
q = os.getcwd()
r = a.b.c.d
s = a.b().c().d
t = (a
     .b
     .c())
