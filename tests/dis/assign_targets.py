obj.attr = 1
obj.a.b = obj.c
seq[0] = 1
seq[i:j] = other
seq[::2] = [1]
m[k] += 1
obj.count *= 2
del obj.attr, seq[0], seq[1:2]
