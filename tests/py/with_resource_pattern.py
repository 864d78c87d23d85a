# A resource-like manager that tracks open/close, used in loops and functions.
class Resource:
    open_count = 0
    def __init__(self, name):
        self.name = name
        self.closed = True
    def __enter__(self):
        Resource.open_count += 1
        self.closed = False
        return self
    def __exit__(self, exc_type, exc, tb):
        Resource.open_count -= 1
        self.closed = True
    def use(self, fail=False):
        if fail:
            raise IOError(f"{self.name} failed")
        return f"used {self.name}"
results = []
for i, fail in enumerate([False, True, False]):
    try:
        with Resource(f"r{i}") as r:
            results.append(r.use(fail))
    except IOError as e:
        results.append(f"error: {e}")
    results.append(f"closed={r.closed} open={Resource.open_count}")
print(results)
def work():
    with Resource("w") as r:
        return r.use(), Resource.open_count
print(work(), Resource.open_count)
