# traceback: the ~~~^^^ markers under the failing part of a line, for
# binary operators, subscripts and the rest.
import os
import sys


class _Relative:
    """Prints paths relative to the test's folder, as they were recorded."""
    def __init__(self, out):
        self.out = out
        self.folder = os.path.dirname(os.path.abspath(__file__)) + os.sep

    def write(self, s):
        return self.out.write(s.replace(self.folder, ""))

    def flush(self):
        self.out.flush()


sys.stdout = _Relative(sys.stdout)
import traceback, sys
class O:
    def __getattr__(self, n): raise AttributeError(n)
n = None
d = {}
t = (1,)
cases = [
    "n + 1", "(n)+1", "(n) + (1)", "1 +n", "n+-1", "n ** -1", "-n ** 2", "-n + 1",
    "d['x']", "d [ 'x' ]", "(d)['x']", "d[('x')]", "d['a', 'b']", "t[5]", "t[1:2][0]", "[1][5]",
    "n * 2 + 3", "1 + n * 2", "n // 2", "n << 1", "n @ n", "n | 1 & 2",
    "(n + 1) * 2", "d['k'] + 1", "len(n)", "n.attr", "n()", "O().x", "t[0] + 'a'",
    "d.get('a')['b']", "[n][0] + 1", "1 if n + 1 else 2", "not n + 1", "n+1 == 2", "'a' 'b' + n",
    "f'{n}' + n", "n + (1,)[0]", "{1: n}[1] + 1", "n  %  2",
]
for src in cases:
    code = "def f():\n    return " + src + "\n"
    ns = {"n": n, "d": d, "t": t, "O": O}
    exec(compile(code, "<x>", "exec"), ns)
    try:
        ns["f"]()
    except Exception as e:
        fs = traceback.extract_tb(e.__traceback__)[-1]
        fs._line = "    return " + src + "\n"
        print(src, "|", traceback.StackSummary.from_list([fs]).format()[0].split("\n")[2:])
