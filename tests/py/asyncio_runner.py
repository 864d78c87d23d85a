# asyncio.Runner (3.11) and what asyncio.run cleans up at the end.
import asyncio


async def value(x):
    await asyncio.sleep(0)
    return x


with asyncio.Runner() as runner:
    print(runner.run(value(1)))
    print(runner.run(value(2)))
    loop = runner.get_loop()
    print(loop.is_closed(), loop.is_running())
print("closed after the with:", loop.is_closed())
try:
    runner.run(value(3))
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    with asyncio.Runner() as r:
        r.run(42)
except ValueError as e:
    print("ValueError:", e)


# Tasks still pending when the main coroutine returns are cancelled
async def background(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(f"  {name} cancelled at shutdown")
        raise


async def main():
    for n in ("bg",):
        asyncio.create_task(background(n))
    await asyncio.sleep(0)
    print("main returns with tasks pending")


asyncio.run(main())
print("run() returned")

# debug flag
async def check_debug():
    return asyncio.get_running_loop().get_debug()

print(asyncio.run(check_debug(), debug=True), asyncio.run(check_debug()))
