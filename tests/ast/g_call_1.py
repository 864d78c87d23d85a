# Calling functions: positional, keyword, defaults
def describe_pet(name, kind="dog", age=1):
    return f"{name} is a {age}-year-old {kind}"


print(describe_pet("Rex"))
print(describe_pet("Tom", "cat"))
print(describe_pet("Nemo", age=2, kind="fish"))
print(describe_pet(kind="bird", name="Tweety"))
print(describe_pet("Spot", "dog", 3))
print()
print(describe_pet(*["Bo", "bat"]), describe_pet(**{"name": "Al"}))
