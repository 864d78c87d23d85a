# await and ** : await binds tighter than the power operator
import asyncio


async def num(x):
    return x


async def main():
    sq = await num(3) ** 2
    neg = -await num(3) ** 2
    base = 2 ** await num(5)
    both = await num(2) ** await num(3)
    mixed = await num(1) * 10 + await num(2) // 1
    print(sq, neg, base, both, mixed)


asyncio.run(main())
