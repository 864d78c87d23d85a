# Dict displays with computed keys and values
base = 10
key_name = "dynamic"
table = {
    1 + 1: "two",
    key_name: base * 2,
    (1, 2): "tuple key",
    "x" if base else "y": [base],
    None: lambda: None,
    True: 1.5,
}
squares = {n: n * n for n in range(4)}
print(table[2], table["dynamic"], table[(1, 2)], table["x"], squares)
print({1: {2: {3: {}}}}, {"a": {"b": [1, {"c": ()}]}})
