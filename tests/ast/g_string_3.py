# Simple f-strings in everyday code
name = "Ada"
age = 36
items = ["pen", "ink"]
print(f"{name} is {age} years old")
print(f"next year: {age + 1}")
print(f"{name!r} has {len(items)} items: {', '.join(items)}")
print(f"{3.14159:.2f} {age:>5} {age:05d} {'x':*^7}")
print(F"upper prefix {name.upper()}")
print(f"{{literal braces}} and {name}")
width = 8
print(f"{name:>{width}}|")
