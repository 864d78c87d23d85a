# async def and await
import asyncio


async def say_after(delay, message):
    await asyncio.sleep(delay)
    print(message)


async def main():
    await say_after(0.01, "hello")
    await say_after(0.01, "world")
    result = await asyncio.gather(say_after(0, "a"), say_after(0, "b"))
    return result


asyncio.run(main())
