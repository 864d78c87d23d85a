# Raising exceptions
def check_age(age):
    if not isinstance(age, int):
        raise TypeError("age must be an int")
    if age < 0:
        raise ValueError(f"invalid age: {age}")
    return age


def not_done():
    raise NotImplementedError


try:
    check_age(-1)
except ValueError as err:
    print("caught:", err)
