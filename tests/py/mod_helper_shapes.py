# A helper module imported by other tests; also runs alone as its own test.
"""Shapes helper: small functions and constants."""
PI_APPROX = 3.14
SIDES = {"triangle": 3, "square": 4}


def area_square(side):
    return side * side


def area_circle(r):
    return PI_APPROX * r * r


def _private():
    return "hidden"


if __name__ == "__main__":
    print("running mod_helper_shapes directly:", __name__)
    print(area_square(3), area_circle(2), SIDES)
