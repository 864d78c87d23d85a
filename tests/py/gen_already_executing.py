# A running generator cannot be resumed from inside itself.

def recurse():
    yield next(me)

me = recurse()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print(me.gi_frame)   # the generator died of the error

def sender():
    x = yield 1
    yield gen2.send(x)

gen2 = sender()
next(gen2)
try:
    gen2.send(5)
except ValueError as e:
    print("ValueError:", e)

def closer():
    yield 1
    me2.close()
    yield 2

me2 = closer()
next(me2)
try:
    next(me2)
except ValueError as e:
    print("ValueError:", e)

def thrower():
    yield 1
    me3.throw(KeyError)

me3 = thrower()
next(me3)
try:
    next(me3)
except ValueError as e:
    print("ValueError:", e)

# sending non-None to a just-started generator
def simple():
    yield 1

s = simple()
try:
    s.send(42)
except TypeError as e:
    print("TypeError:", e)
print(s.send(None))

# a generator object is not callable, and functions are not generators
try:
    s()
except TypeError as e:
    print("TypeError:", e)
try:
    next(simple)
except TypeError as e:
    print("TypeError:", e)
