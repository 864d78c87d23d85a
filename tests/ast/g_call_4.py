# Chained calls and calls on expressions
text = "  Hello, World  "
print(text.strip().lower().replace("world", "minipy").split(","))
print("-".join(["a", "b"]).upper().center(9, "*"))
handlers = {"greet": lambda n: f"hi {n}"}
print(handlers["greet"]("ann"))
print((lambda *a: a)(1, 2)(*[]) if False else "skip")
make = lambda: lambda: lambda: "deep"
print(make()()())
print(type(text)(42), [len][0]("four"), str.upper(text)[2:7])
