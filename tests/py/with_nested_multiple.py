# Several managers in one with statement: entered left to right, exited right to left.
class CM:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append("enter " + self.name)
        return self.name
    def __exit__(self, *exc):
        self.log.append("exit " + self.name)
        return False
log = []
with CM("a", log) as a, CM("b", log) as b:
    log.append(f"body {a}{b}")
print(log)
log = []
with CM("outer", log):
    with CM("inner", log):
        log.append("body")
print(log)
log = []
with (CM("p", log) as p,
      CM("q", log) as q):
    log.append(p + q)
print(log)
class FailEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *exc):
        print("never called")
log = []
try:
    with CM("first", log), FailEnter():
        log.append("body never runs")
except RuntimeError as e:
    print(repr(e), log)
