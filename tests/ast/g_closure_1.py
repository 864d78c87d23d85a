# Closures remember the variables of the function that made them
def make_multiplier(factor):
    def multiply(x):
        return x * factor
    return multiply


double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5))
print(double.__closure__[0].cell_contents)


def make_accumulator():
    items = []

    def add(item):
        items.append(item)
        return list(items)
    return add


acc = make_accumulator()
acc("a")
print(acc("b"))
