# Several context managers in one with statement
with open("in.txt") as src, open("out.txt", "w") as dst:
    for line in src:
        dst.write(line.upper())

import contextlib
with contextlib.suppress(FileNotFoundError), open("maybe.txt") as fh:
    print(fh.readline())

with open("a") as a, open("b") as b, open("c") as c:
    print(a, b, c)
