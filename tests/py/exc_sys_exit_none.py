# sys.exit() with no argument and raise SystemExit(0) both exit with status 0.
import sys
print("line 1")
try:
    print("line 2")
finally:
    print("line 3 from finally")
def stop():
    print("stopping")
    raise SystemExit
stop()
print("not reached")
sys.exit(9)
