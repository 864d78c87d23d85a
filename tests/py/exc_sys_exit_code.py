# sys.exit(3) ends the program with exit status 3; finally blocks still run.
import sys
print("before exit")
def leave():
    try:
        sys.exit(3)
    finally:
        print("finally runs during exit")
try:
    sys.exit(7)
except SystemExit as e:
    print("caught SystemExit with code", e.code, e.args)
leave()
print("not reached")
