# yield as an expression: receiving values with send()
def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


def printer():
    while True:
        line = yield
        print("printing:", line)


avg = running_average()
next(avg)
print(avg.send(10), avg.send(20), avg.send(60))
p = printer(); next(p); p.send("hello")
