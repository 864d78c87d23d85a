# Half of a circular import pair: a imports b, b imports a; both work when attributes are used late.
import mod_helper_cycle_b

NAME = "a"
print("mod_helper_cycle_a body runs as", __name__)


def describe():
    return "a sees " + mod_helper_cycle_b.NAME


def value():
    return 1


if __name__ == "__main__":
    print(describe())
    print(mod_helper_cycle_b.describe())
