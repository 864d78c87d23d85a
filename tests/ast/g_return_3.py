# Early returns and returning functions
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    return "positive"


def make_adder(k):
    def add(x):
        return x + k
    return add


def first_even(items):
    for item in items:
        if item % 2 == 0:
            return item
    return


print(classify(-3), make_adder(2)(40), first_even([1, 3, 4]), first_even([]))
