# Generators that clean up with try/finally, and augmented assignment from yield
def reader(lines):
    print("open")
    try:
        for line in lines:
            yield line.rstrip()
    finally:
        print("closed")


def summer():
    total = 0
    while True:
        total += yield total


gen = reader(["a\n", "b\n"])
print(next(gen))
gen.close()
s = summer(); next(s)
print(s.send(3), s.send(4))
