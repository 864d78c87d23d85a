# Generator expressions with await in async functions
import asyncio


async def double(x):
    return x * 2


async def main():
    pending = (double(i) for i in range(3))
    results = await asyncio.gather(*pending)
    lazy = (await double(i) for i in range(2))
    collected = [v async for v in lazy]
    print(results, collected)


asyncio.run(main())
