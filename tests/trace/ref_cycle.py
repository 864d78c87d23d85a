# A reference cycle: del leaves both lists alive until gc.collect().
import gc

a = []
b = [a]
a.append(b)
del a, b
print(gc.collect() >= 2)
