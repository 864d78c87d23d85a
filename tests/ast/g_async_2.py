# async for over an asynchronous generator
import asyncio


async def ticker(count):
    for i in range(count):
        await asyncio.sleep(0)
        yield i


async def main():
    async for tick in ticker(3):
        print("tick", tick)
    async for a, b in pairs():
        print(a, b)
    else:
        print("no more pairs")


async def pairs():
    yield 1, 2
    yield 3, 4


asyncio.run(main())
