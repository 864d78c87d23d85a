# The global statement: rebinding module names from functions, creating new globals.
counter = 0
def increment():
    global counter
    counter += 1
    return counter
increment()
increment()
print(counter)
def create():
    global brand_new
    brand_new = "made in function"
create()
print(brand_new)
def several():
    global a, b
    a, b = 1, 2
several()
print(a, b)
def read_only():
    return counter * 10
print(read_only())
items = []
def mutate():
    items.append("no global needed to mutate")
mutate()
print(items)
def rebinding_without_global():
    items = ["local"]
    return items
print(rebinding_without_global(), items)
