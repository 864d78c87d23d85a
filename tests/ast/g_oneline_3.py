# Mixing one-liners with blocks, comments and blank lines
total = 0  # running total

for n in range(10):   # loop
    if n % 3 == 0: continue
    elif n % 7 == 0: break
    total += n

    # a comment in the middle of a block

        # an over-indented comment is fine too
    print(n, total)
# a comment at column zero inside nothing
else: print("no break")

if total: pass; total = -total;
print(total)
