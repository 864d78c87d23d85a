name = "x"
print(f"{name name}")
