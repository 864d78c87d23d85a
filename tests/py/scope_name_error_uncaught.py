# An uncaught NameError at module level: exit status 1 and the message on stderr.
values = [1, 2, 3]
total = 0
for v in values:
    total += v
print("total", total)
print("average", total / len(values))
print("count", len(values))
print(avrage)
print("not reached")
