# A closure outlives the frame that made it: counter's frame becomes a
# zombie that keeps n, and make_adder's parent chain shows in the frames.
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

c = counter()
c()
print(c())

def make_adder(k):
    return lambda x: x + k

add5 = make_adder(5)
print(add5(1))
