# Raising classes, instances and expressions
errors = {"io": OSError, "val": ValueError}


def fail(kind, message=None):
    if message is None:
        raise errors[kind]
    raise errors.get(kind, RuntimeError)(message)


def wrap(exc):
    raise RuntimeError("wrapped") from exc if exc else None


try:
    fail("val", "bad value")
except (ValueError, OSError) as e:
    print(type(e).__name__, e)
