# An uncaught exception with a note: the note is printed after the message, so it is the last line.
def load(record):
    try:
        return int(record["age"])
    except ValueError as e:
        e.add_note(f"while loading record {record['name']!r}")
        raise

print(load({"name": "ann", "age": "30"}))
print(load({"name": "bob", "age": "thirty"}))
