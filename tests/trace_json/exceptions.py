# An exception raised in a callee and caught in its caller, then one that
# is not caught: the trace ends with the exception steps of the run.
def check(n):
    if n < 0:
        raise ValueError("negative: " + str(n))
    return n

try:
    check(-1)
except ValueError as e:
    print("caught", e)

total = check(2) + check(-3)
print(total)
