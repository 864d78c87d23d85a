# An uncaught exception raised without arguments: the last stderr line is just the class name.
def validate(x):
    if x < 0:
        raise ValueError
    return x

print(validate(5))
print(validate(0))
validate(-1)
print("not reached")
