# closures.py: functions that remember the variables around them.
#
# A function defined inside another function can use the outer
# function's variables, even after the outer function has returned.


def make_counter(start=0):
    count = start

    def counter():
        nonlocal count       # assign to the outer 'count', not a new local
        count += 1
        return count

    return counter


a = make_counter()
b = make_counter(100)
print(a(), a(), a())         # each counter keeps its own count
print(b(), b())


# A decorator is a function that takes a function and returns a new one.
def shout(func):
    def wrapper(*args):
        return func(*args).upper() + "!"
    return wrapper


@shout
def greet(name):
    return "hello " + name


print(greet("closures"))
