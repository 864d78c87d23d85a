# A coroutine called but never awaited: RuntimeWarning when it is dropped.
# Here it is still alive when the program fails, so the warning comes at
# exit, after the traceback.

async def fetch():
    return "data"

def handler():
    result = fetch()          # forgot `await`
    return result

r = handler()
print(type(r).__name__)
fetch()                       # dropped at once: warned right away
print("about to fail")
raise RuntimeError("the program fails while a coroutine is pending")
