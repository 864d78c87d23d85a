# Async generators with send, yield and return, and an async iterator class
class Countdown:
    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        self.current -= 1
        return self.current + 1


async def echo():
    received = yield "ready"
    while received:
        received = yield received.upper()


async def main():
    async for n in Countdown(3): print(n)
    gen = echo()
    print(await gen.asend(None), await gen.asend("hi"))
    return [x async for x in Countdown(2)]
