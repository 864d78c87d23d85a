# The last line has no newline at the end
values = [1, 2, 3]
for v in values:
    if v > 1:
        print(v)
print("done")