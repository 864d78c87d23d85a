# sys.getrecursionlimit and sys.setrecursionlimit change how deep recursion may go.
import sys
old = sys.getrecursionlimit()
print(old)
def depth(n):
    return n if n == 0 else depth(n - 1)
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit(), depth(2500))
sys.setrecursionlimit(100)
try:
    depth(200)
except RecursionError as e:
    print(type(e).__name__, e)
print(depth(50))
sys.setrecursionlimit(old)
print(sys.getrecursionlimit())
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print(type(e).__name__, e)
