# async with and asynchronous context managers
import asyncio


class Connection:
    async def __aenter__(self):
        print("open")
        return self

    async def __aexit__(self, *exc):
        print("close")
        return False

    async def query(self, sql):
        await asyncio.sleep(0)
        return f"rows for {sql}"


async def main():
    async with Connection() as conn:
        print(await conn.query("select 1"))
    async with Connection() as a, Connection() as b:
        print(a is not b)
    async with (Connection() as c, Connection()):
        print(await c.query("x"))
    async with Connection():
        pass


asyncio.run(main())
