# Defining functions: positional parameters and defaults
def greet(name, greeting="Hello", punctuation="!"):
    return f"{greeting}, {name}{punctuation}"


def area(width, height=None):
    if height is None:
        height = width
    return width * height


def no_args():
    return "nothing to see"


print(greet("Ann"), greet("Bo", "Hi"), greet("Cy", punctuation="?"))
print(area(3), area(3, 4), no_args())
