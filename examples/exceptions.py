# exceptions.py: handling errors instead of crashing.
#
# Code that may fail goes in a try block; an except clause catches
# the errors of the type it names.


def parse_age(text):
    try:
        age = int(text)
    except ValueError:
        print(f"{text!r} is not a number")
        return None
    else:                      # runs only when no exception happened
        if age < 0:
            raise ValueError(f"age cannot be negative: {age}")
        return age
    finally:                   # runs in every case
        print("checked", repr(text))


for value in ["42", "forty", "-1"]:
    try:
        print("age:", parse_age(value))
    except ValueError as err:
        print("rejected:", err)
