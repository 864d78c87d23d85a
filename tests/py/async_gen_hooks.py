# sys.set_asyncgen_hooks: what an event loop uses to see async generators
# start and to finalize the ones dropped before they finished.
import sys

print(sys.get_asyncgen_hooks())
print(type(sys.get_asyncgen_hooks()).__name__, len(sys.get_asyncgen_hooks()))

class Yield:
    def __await__(self):
        yield

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

seen = []

def firstiter(agen):
    print("  firstiter:", agen.__name__)
    seen.append(agen)

def finalizer(agen):
    print("  finalizer:", agen.__name__)
    # close it properly, running the awaits of its finally blocks
    run(agen.aclose())

old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter, finalizer)
hooks = sys.get_asyncgen_hooks()
print(hooks.firstiter is firstiter, hooks.finalizer is finalizer, hooks[0] is firstiter)

async def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print("  numbers finally, awaiting")
        await Yield()
        print("  numbers finally done")

async def main():
    async for n in numbers():
        if n == 2:
            break
    print("after break")

run(main())
seen.clear()
print("cleared the list")

# an async generator never iterated does not call the hooks
g = numbers()
del g
print("unused generator dropped")

# only one hook changed at a time
sys.set_asyncgen_hooks(finalizer=None)
print(sys.get_asyncgen_hooks().finalizer, sys.get_asyncgen_hooks().firstiter is firstiter)

# errors
for kwargs in ({"firstiter": 1}, {"finalizer": "x"}):
    try:
        sys.set_asyncgen_hooks(**kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    sys.set_asyncgen_hooks(bogus=None)
except TypeError as e:
    print("TypeError:", e)

sys.set_asyncgen_hooks(*old)
print(sys.get_asyncgen_hooks())
