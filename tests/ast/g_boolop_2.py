# Long chains of and/or are flattened into one BoolOp each
a, b, c, d, e = 1, 0, 1, 0, 1
r1 = a and b and c and d and e
r2 = a or b or c or d or e
r3 = a and b or c and d or e
r4 = a or b and c or d and e
r5 = (a or b) and (c or d) and e
r6 = a and (b and c) and d
r7 = not a or not b and not c
r8 = not (a and b)
r9 = not not a
print(r1, r2, r3, r4, r5, r6, r7, r8, r9)
