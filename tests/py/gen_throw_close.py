# throw() raises at the paused yield; close() raises GeneratorExit there.

def worker():
    try:
        while True:
            try:
                x = yield
                print("  got", x)
            except ValueError as e:
                print("  handled ValueError:", e)
                yield "recovered"
    finally:
        print("  worker cleanup")


w = worker()
next(w)
w.send(1)
print(w.throw(ValueError("bad value")))
next(w)
try:
    w.throw(KeyError, "k")
except KeyError as e:
    print("KeyError propagated:", e)
print(w.gi_frame)
try:
    next(w)
except StopIteration:
    print("finished generator raises StopIteration")

# throw() forms: class, class+value, instance, with a traceback
def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print("  caught", type(e).__name__, e.args)

c = catcher()
next(c)
c.throw(ValueError)
c.throw(ValueError, "v")
c.throw(ValueError, ("a", "b"))
c.throw(ValueError("inst"))
c.throw(TypeError, TypeError("same type"))
try:
    raise IndexError("with tb")
except IndexError as e:
    c.throw(type(e), e, e.__traceback__)
for bad in ((ValueError("x"), "extra"), (42,), ("str",)):
    try:
        c.throw(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    c.throw(ValueError, None, "not a traceback")
except TypeError as e:
    print("TypeError:", e)
c.close()

# close() on a suspended generator runs its finally
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  finally ran")

f = with_finally()
next(f)
f.close()
f.close()                      # closing twice is harmless
print(f.gi_frame, f.gi_suspended)

# close() on a generator that never started does not run it
nf = with_finally()
nf.close()
print("closed before start")

# A generator that yields in response to GeneratorExit
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "no"

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# One that raises something else on close
def raiser():
    try:
        yield
    except GeneratorExit:
        raise KeyError("on close")

r = raiser()
next(r)
try:
    r.close()
except KeyError as e:
    print("KeyError from close:", e)

# GeneratorExit caught and the generator returns: close() is quiet
def returns():
    try:
        yield
    except GeneratorExit:
        print("  GeneratorExit seen")
        return "ignored value"

q = returns()
next(q)
print(q.close())

# throw() into a generator that has not started
fresh = with_finally()
try:
    fresh.throw(RuntimeError("early"))
except RuntimeError as e:
    print("unstarted:", e)
print(fresh.gi_frame)
