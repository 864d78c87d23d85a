# Semicolons join simple statements on one line
a = 1; b = 2; c = a + b
print(a); print(b); print(c);
import os; import sys
x = [1, 2]; x.append(3); del x[0]
if c > 2: print("big"); print("really")
for i in range(2): print(i); print(-i)
while False: pass
def f(): return 1
class K: pass
