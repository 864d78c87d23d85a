# Decorators on async functions and property setters
import asyncio


def traced(fn):
    async def wrapper(*args):
        print("enter", fn.__name__)
        return await fn(*args)
    return wrapper


@traced
async def fetch(x):
    await asyncio.sleep(0)
    return x * 2


class Thermostat:
    def __init__(self):
        self._target = 20

    @property
    def target(self):
        return self._target

    @target.setter
    def target(self, value):
        self._target = max(5, min(30, value))


t = Thermostat()
t.target = 40
print(t.target, asyncio.run(fetch(21)))
