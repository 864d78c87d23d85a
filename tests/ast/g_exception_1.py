# Custom exception classes with extra data
class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


class RangeError(ValidationError):
    pass


def validate(user):
    if not user.get("name"):
        raise ValidationError("name", "required")
    if not 0 < user.get("age", 0) < 150:
        raise RangeError("age", "out of range")
    return True


for u in [{"name": "ann", "age": 30}, {"age": 3}, {"name": "bo", "age": 200}]:
    try:
        validate(u)
    except RangeError as e:
        print("range problem:", e.field)
    except ValidationError as e:
        print("invalid:", e)
    else:
        print("ok:", u["name"])
