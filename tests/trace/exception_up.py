# An exception raised in inner and caught two frames up.
def inner(x):
    return 10 // x

def middle(x):
    return inner(x) + 1

def outer():
    try:
        return middle(0)
    except ZeroDivisionError as e:
        return str(e)

print(outer())
