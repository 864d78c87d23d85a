# *args and **kwargs
def total(*numbers):
    return sum(numbers)


def describe(**details):
    for key, value in details.items():
        print(f"{key} = {value}")


def log(message, *args, sep=" ", **kwargs):
    print(message, *args, sep=sep, **kwargs)


print(total(1, 2, 3))
describe(name="widget", price=9.99)
log("values:", 1, 2, sep=", ", end=".\n")
