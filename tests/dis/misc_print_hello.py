print("Hello, world!")
name = input("Name? ")
print(f"Hi {name}")
