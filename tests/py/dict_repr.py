# repr of dicts with various keys, recursive dicts, empty dict.
print({}, {1: {}}, {"q'": 'd"'}, {(1,): [2]}, {None: None, True: False})
d = {"self": None}
d["self"] = d
print(d)
print(str({1: 1.5, 2: -0.0, 3: 1e20}))
print(repr({"é": "ü"}), {b"k": bytearray(b"v")})
e = {"a": [1, {"b": (2,)}]}
print(e, repr(e) == str(e))
print({1: "a"}.__repr__(), len(str({})))
print({1: 2, 3: 4}.__len__(), dict.__name__)
print({frozenset(): 0}, {0: frozenset()}, {1j: 2j})
