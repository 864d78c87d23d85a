# Exception notes (add_note, __notes__) in 3.11, caught and printed.
try:
    raise ValueError("bad value")
except ValueError as e:
    e.add_note("first note")
    e.add_note("second note")
    print(e, e.__notes__)
e = KeyError("k")
print(hasattr(e, "__notes__"))
try:
    e.add_note(5)
except TypeError as err:
    print(type(err).__name__, err)
def process(items):
    for i, item in enumerate(items):
        try:
            int(item)
        except ValueError as err:
            err.add_note(f"item {i} = {item!r}")
            raise
try:
    process(["1", "2", "three"])
except ValueError as err:
    print(err, err.__notes__)
