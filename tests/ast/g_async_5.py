# await inside expressions: precedence of await
import asyncio


async def value(x):
    return x


async def main():
    a = await value(2) ** 3
    b = -await value(4)
    c = await value(1) + await value(2)
    d = [await value(i) for i in range(3)]
    e = await value(await value(5))
    f = not await value(False)
    g = (await value([1, 2]))[0]
    h = await value(obj := 7)
    print(a, b, c, d, e, f, g, h, obj)
    return await value("done")


print(asyncio.run(main()))
