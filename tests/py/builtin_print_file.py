# print to sys.stdout and sys.stderr explicitly; only stdout is compared in full.
import sys
print("to stdout", file=sys.stdout)
print("to stderr", file=sys.stderr)
sys.stdout.write("written directly\n")
n = sys.stdout.write("count me\n")
print(n)
sys.stderr.write("stderr write\n")
print("after", file=None)
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
c = Collector()
print("a", "b", file=c, sep="+")
print(c.parts)
try:
    print("x", file=5)
except AttributeError as e:
    print(type(e).__name__, e)
sys.stdout.flush()
print("done")
