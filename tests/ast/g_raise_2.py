# Re-raising and chaining with from
class ConfigError(Exception):
    pass


def load(settings, key):
    try:
        return settings[key]
    except KeyError as exc:
        raise ConfigError(f"missing {key!r}") from exc


def strict_int(text):
    try:
        return int(text)
    except ValueError:
        raise ValueError("not a number") from None


def log_and_reraise(fn):
    try:
        return fn()
    except Exception:
        print("failed")
        raise
