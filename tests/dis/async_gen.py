async def agen():
    yield 1
    await other()
    yield 2
async def agen2(n):
    for i in range(n):
        yield i
