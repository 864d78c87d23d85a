# async with: __aenter__ and __aexit__ are awaited.

class Yield:
    def __await__(self):
        yield

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Session:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("  open", self.name)
        await Yield()
        return f"session:{self.name}"

    async def __aexit__(self, exc_type, exc, tb):
        await Yield()
        print("  close", self.name, exc_type.__name__ if exc_type else None)
        return self.suppress

async def main():
    async with Session("a") as s, Session("b") as t:
        print("body", s, t)
    async with Session("c", suppress=True):
        raise ValueError("swallowed")
    print("after suppression")
    try:
        async with Session("d"):
            raise KeyError("escapes")
    except KeyError as e:
        print("KeyError:", e)

    def inner():
        pass

    async def early():
        async with Session("e"):
            return "returned from inside"
    print(await early())

    for i in range(3):
        async with Session(f"loop{i}"):
            if i == 1:
                break
    return "done"

print(run(main()))

# Errors
class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass

class OnlyAenter:
    async def __aenter__(self):
        return self

class AenterNotAwaitable:
    def __aenter__(self):
        return "not awaitable"
    async def __aexit__(self, *a):
        pass

class AexitNotAwaitable:
    async def __aenter__(self):
        return self
    def __aexit__(self, *a):
        return False

async def use(mgr):
    async with mgr:
        print("  inside", type(mgr).__name__)

for mgr in (SyncOnly(), OnlyAenter(), AenterNotAwaitable(), AexitNotAwaitable(), 42):
    try:
        run(use(mgr))
    except TypeError as e:
        print("TypeError:", e)

# __aenter__ returning an awaitable object (not a coroutine)
class AwaitableEnter:
    def __aenter__(self):
        return Ready("ready value")
    def __aexit__(self, *a):
        return Ready(False)

class Ready:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield
        return self.v

async def awaitable_enter():
    async with AwaitableEnter() as v:
        return v

print(run(awaitable_enter()))

# a synchronous with inside a coroutine cannot take an async manager
async def wrong():
    with Session("x"):
        pass

try:
    run(wrong())
except TypeError as e:
    print("TypeError:", e)
