def f(config):
    match config:
        case {"key": value, **value}:
            return value
