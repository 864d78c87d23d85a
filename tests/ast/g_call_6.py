# Calls spread over several lines with trailing commas and comments
def configure(name, *, size, color, verbose=False):
    return name, size, color, verbose


result = configure(
    "window",
    size=(640, 480),   # width, height
    color="grey",
    verbose=True,
)
print(result)
print(
    "one",
    "two",
)
values = list(
    range(
        1,
        10,
        2,
    )
)
print(values)
