# The other half of the circular import pair (see mod_helper_cycle_a.py).
import mod_helper_cycle_a

NAME = "b"
print("mod_helper_cycle_b body runs; a has NAME yet:", hasattr(mod_helper_cycle_a, "NAME"))


def describe():
    return "b sees " + mod_helper_cycle_a.NAME


def total():
    return mod_helper_cycle_a.value() + 1


if __name__ == "__main__":
    print(describe(), total())
