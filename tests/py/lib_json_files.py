# json with files and a learner's program: save and load records, custom
# objects through default/object_hook, pretty printing, nesting limits.
import json
import os
import tempfile
from fractions import Fraction

class Student:
    def __init__(self, name, grades):
        self.name = name
        self.grades = grades
    def __repr__(self):
        return f"Student({self.name!r}, {self.grades!r})"

def to_json(obj):
    if isinstance(obj, Student):
        return {"__student__": True, "name": obj.name, "grades": obj.grades}
    if isinstance(obj, Fraction):
        return {"__fraction__": str(obj)}
    raise TypeError(f"can't serialize {type(obj).__name__}")

def from_json(d):
    if "__student__" in d:
        return Student(d["name"], d["grades"])
    if "__fraction__" in d:
        return Fraction(d["__fraction__"])
    return d

students = [Student("Ada", [90, 85.5]), Student("Grace", [Fraction(1, 3)]), Student("Élodie", [])]
with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "students.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"class": "CS101", "students": students}, f, default=to_json, indent=2)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    print(text)
    with open(path, encoding="utf-8") as f:
        loaded = json.load(f, object_hook=from_json)
    print(loaded)
    with open(path, "rb") as f:
        print(json.load(f, object_hook=from_json)["students"][2])
    with open(path, "w") as f:
        f.write('{"broken": [1, 2,\n')
    try:
        with open(path) as f:
            json.load(f)
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e, e.lineno, e.colno)
    with open(path, "w") as f:
        try:
            json.dump({"ok": 1, "bad": {1, 2}}, f)
        except TypeError as e:
            print("TypeError", e)
    with open(path) as f:
        print(repr(f.read()))

try:
    json.dumps(students[0])
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps([1j], default=to_json)
except TypeError as e:
    print("TypeError", e)

# Deep nesting ends in RecursionError, not a crash.
deep = []
for _ in range(3000):
    deep = [deep]
for f in [lambda: json.dumps(deep), lambda: json.loads("[" * 3000 + "]" * 3000),
          lambda: json.loads('{"a": ' * 3000 + "1" + "}" * 3000)]:
    try:
        f()
    except RecursionError as e:
        print("RecursionError", e)
loop = {}
loop["x"] = [loop]
try:
    json.dumps(loop, check_circular=False)
except RecursionError as e:
    print("RecursionError", e)
print(json.loads(json.dumps([[[[[[["deep"]]]]]]])))
