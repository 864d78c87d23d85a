async def fetch(x):
    return await x
async def many(xs):
    async for x in xs:
        print(x)
    async with lock:
        pass
async def comp(xs):
    return [x async for x in xs]
async def awaits(xs):
    return [await x for x in xs]
