# Decorators with arguments
import functools


def repeat(times):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            results = []
            for _ in range(times):
                results.append(func(*args, **kwargs))
            return results
        return wrapper
    return decorator


@repeat(times=3)
def roll():
    return 4


@repeat(2)
def hello(name):
    return f"hi {name}"


print(roll(), hello("ann"), hello.__name__)
