# Catching several exception types, bare except
def lookup(data, key):
    try:
        return data[key]
    except (KeyError, IndexError):
        return "missing"
    except (TypeError, ValueError) as e:
        return f"bad key: {e}"


def risky():
    try:
        1 / 0
    except:
        print("something went wrong")


print(lookup({"a": 1}, "b"), lookup([1], 5), lookup([1], "x"))
risky()
