# assert with and without a message
def mean(values):
    assert values, "mean of empty list"
    assert all(isinstance(v, (int, float)) for v in values)
    return sum(values) / len(values)


def percent(part, whole):
    assert 0 <= part <= whole, f"{part} is not within 0..{whole}"
    return 100 * part / whole


assert mean([1, 2, 3]) == 2
assert percent(1, 4) == 25.0, "quarter"
assert (True)
print("all assertions passed")
