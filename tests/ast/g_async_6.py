# A producer/consumer pipeline with asyncio.Queue
import asyncio


async def producer(queue, items):
    for item in items:
        await queue.put(item)
    await queue.put(None)


async def consumer(queue):
    total = 0
    while (item := await queue.get()) is not None:
        total += item
    return total


async def main():
    queue = asyncio.Queue()
    _, total = await asyncio.gather(producer(queue, [1, 2, 3]), consumer(queue))
    print("total", total)


if __name__ == "__main__":
    asyncio.run(main())
