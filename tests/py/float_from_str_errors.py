# The ValueError and TypeError messages of float().
for s in ["", "abc", "1.2.3", "1e", "e5", "1_", "_1", "1__0", "- 1", "0x10", "1,5", "infinity1", " "]:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
for v in [None, [1], "x".encode() + b"\xff"]:
    try:
        float(v)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    float("1", "2")
except TypeError as e:
    print(type(e).__name__, e)
