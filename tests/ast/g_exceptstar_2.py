# except* with tuples of types, else and finally
def validate(records):
    problems = []
    for r in records:
        if not isinstance(r, dict):
            problems.append(TypeError(f"{r!r} is not a dict"))
        elif "id" not in r:
            problems.append(KeyError("id"))
    if problems:
        raise ExceptionGroup("invalid records", problems)


try:
    validate([{"id": 1}, [], {}])
except* (KeyError, LookupError) as eg:
    print("missing keys:", eg.exceptions)
except* TypeError:
    print("wrong types")
else:
    print("all valid")
finally:
    print("validation finished")
