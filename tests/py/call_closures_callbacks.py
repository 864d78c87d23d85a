# Functions passed as arguments and returned: callbacks, decorators without syntax sugar.
def apply_twice(f, x):
    return f(f(x))
print(apply_twice(lambda v: v * 3, 2), apply_twice(str.upper, "ab"))
def logged(func):
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        print(f"{func.__name__}{args} -> {result}")
        return result
    return wrapper
def add(a, b):
    return a + b
add = logged(add)
add(2, 3)
@logged
def mul(a, b=2):
    return a * b
mul(4)
mul(4, b=5)
def memo(func):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    return inner
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
handlers = {}
def on(name):
    def register(f):
        handlers[name] = f
        return f
    return register
@on("greet")
def hello(who):
    return "hello " + who
print(handlers["greet"]("world"), hello.__name__)
