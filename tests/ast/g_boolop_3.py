# Using and/or to choose values
def display_name(user):
    return user.get("nickname") or user.get("name") or "anonymous"


def safe_len(seq):
    return seq is not None and len(seq) or 0


def validate(x):
    return isinstance(x, int) and not isinstance(x, bool) and 0 <= x < 100


print(display_name({"name": "Ann"}), display_name({}))
print(safe_len(None), safe_len([1, 2]), validate(5), validate(True))
