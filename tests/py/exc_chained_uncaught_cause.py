# An uncaught exception raised "from" another: both tracebacks print, the last line is the new one.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"bad config value {text!r}") from e

print(parse("12"))
print(parse("twelve"))
print("not reached")
