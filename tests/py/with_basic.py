# A minimal context manager: __enter__ result bound by as, __exit__ called on the way out.
class Tracker:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, exc, tb)
        return False
with Tracker("a") as value:
    print("inside, value =", value)
print("after")
with Tracker("no-as"):
    print("inside without as")
def early():
    with Tracker("return"):
        return "returned from inside with"
print(early())
for i in range(3):
    with Tracker(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
t = Tracker("reused")
with t as first:
    pass
with t as second:
    pass
print(first, second)
