# global: changing a module-level variable from a function
counter = 0
log = []


def increment():
    global counter
    counter += 1


def reset(start):
    global counter, log
    counter = start
    log = []


increment()
increment()
reset(10)
increment()
print(counter, log)
