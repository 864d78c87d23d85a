# try / except with specific exception types
def to_int(text):
    try:
        return int(text)
    except ValueError:
        print("not a number:", text)
        return None


def safe_divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError as error:
        print("error:", error)
        result = float("inf")
    return result


print(to_int("12"), to_int("x"), safe_divide(1, 0))
