# assert with and without a message; the AssertionError raised.
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert False, "custom message"
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert [], ["a", "list", 1]
except AssertionError as e:
    print(type(e).__name__, e, e.args)
assert True, "not raised"
assert 1
x = 5
try:
    assert x < 0, f"x should be negative, got {x}"
except AssertionError as e:
    print(e)
calls = []
def msg():
    calls.append(1)
    return "evaluated"
assert True, msg()
print(calls)
try:
    assert None, msg()
except AssertionError as e:
    print(e, calls)
