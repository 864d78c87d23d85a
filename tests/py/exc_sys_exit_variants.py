# SystemExit codes: None, 0, ints, strings; caught so the program continues, then exits 0.
import sys
for arg in (None, 0, 1, 255, "text", [1, 2]):
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(arg), "->", repr(e.code), e.args)
try:
    sys.exit()
except SystemExit as e:
    print("no arg ->", repr(e.code), e.args)
try:
    raise SystemExit(4)
except SystemExit as e:
    print("raised directly", e.code)
try:
    sys.exit(2)
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException", type(e).__name__)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    exit(5)
except SystemExit as e:
    print("builtin exit", e.code)
sys.exit(0)
