# Nested displays: a small JSON-like document
document = {
    "users": [
        {"name": "ann", "roles": ["admin", "dev"], "active": True},
        {"name": "bob", "roles": [], "active": False},
    ],
    "meta": {"count": 2, "tags": {"beta"}, "origin": (0, 0)},
    "matrix": [[1, 0], [0, 1]],
    "empty": [[], {}, ()],
    "nested_tuples": ((1, 2), (3, (4, 5))),
}
print(document["users"][0]["roles"][1], document["meta"]["origin"])
print(len(document), document["empty"], document["nested_tuples"][1][1][0])
