# Arithmetic in a small calculator
def evaluate(op, x, y):
    if op == "+":
        return x + y
    if op == "-":
        return x - y
    if op == "*":
        return x * y
    if op == "/":
        return x / y if y else float("nan")
    if op == "//":
        return x // y
    if op == "%":
        return x % y
    if op == "**":
        return x ** y
    raise ValueError(op)


for op in ["+", "-", "*", "/", "//", "%", "**"]:
    print(op, evaluate(op, 7, 3))
celsius = 37.5
print(celsius * 9 / 5 + 32, (celsius * 9) / (5 + 32))
