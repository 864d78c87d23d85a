# Minimal custom exception classes: hierarchy, extra attributes, str.
class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key, reason):
        super().__init__(f"{key}: {reason}")
        self.key = key
class Quiet(AppError):
    def __str__(self):
        return "quiet!"
try:
    raise ConfigError("port", "not a number")
except AppError as e:
    print(type(e).__name__, e, e.key, e.args, isinstance(e, Exception))
try:
    raise Quiet("ignored arg")
except AppError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
try:
    raise AppError
except AppError as e:
    print(repr(e), e.args, str(e) == "")
print(ConfigError.__mro__[1].__name__, issubclass(ConfigError, AppError))
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
try:
    raise WithDefault()
except WithDefault as e:
    print(e)
