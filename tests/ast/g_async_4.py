# Asynchronous comprehensions
import asyncio


async def numbers(n):
    for i in range(n):
        yield i


async def square(x):
    await asyncio.sleep(0)
    return x * x


async def main():
    evens = [n async for n in numbers(10) if n % 2 == 0]
    squares = [await square(n) for n in range(4)]
    lookup = {n: await square(n) async for n in numbers(3)}
    unique = {n % 3 async for n in numbers(9)}
    gen = (n async for n in numbers(2))
    nested = [(i, j) async for i in numbers(2) for j in range(2) if i != j]
    print(evens, squares, lookup, unique, [x async for x in gen], nested)


asyncio.run(main())
