# An uncaught AssertionError with a message: exit status 1, last stderr line.
def average(values):
    assert len(values) > 0, "average of an empty list"
    return sum(values) / len(values)

print(average([1, 2, 3]))
print(average([10]))
print(average([]))
print("not reached")
print("nor this")
