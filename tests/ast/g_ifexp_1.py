# Conditional expressions
age = 20
status = "adult" if age >= 18 else "minor"
parity = "even" if age % 2 == 0 else "odd"
size = "small" if age < 10 else "medium" if age < 30 else "large"
nested = ("a" if age else "b") if age > 5 else ("c" if age else "d")
value = (lambda: 1) if age else None
print(status, parity, size, nested, value and value())
print("yes" if not age == 3 else "no", [x if x else -1 for x in (0, 1, 2)])
