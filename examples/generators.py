# generators.py: functions that produce values one at a time with yield.
#
# Calling a generator function does not run it: it returns an iterator.
# Each next() runs the body up to the following yield.


def countdown(n):
    while n > 0:
        yield n
        n -= 1
    print("liftoff!")


for number in countdown(3):
    print(number)


def fibonacci():
    a, b = 0, 1
    while True:              # an endless generator is fine: it is lazy
        yield a
        a, b = b, a + b


fib = fibonacci()
print([next(fib) for _ in range(10)])

# A generator expression is a compact generator, like a lazy list.
squares = (x * x for x in range(1, 6))
print(sum(squares))          # 1 + 4 + 9 + 16 + 25
