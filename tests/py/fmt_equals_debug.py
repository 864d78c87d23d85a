# The = specifier of f-strings (self-documenting expressions).
x = 10
name = "Ann"
print(f"{x=}", f"{name=}", f"{x + 1=}", f"{x * 2 = }")
print(f"{x=:>5}", f"{name=!s}", f"{name=:^7}", f"{3.14159=:.2f}")
print(f"{x = }", f"{ x = }")
items = [1, 2, 3]
print(f"{items[0]=}", f"{len(items)=}", f"{items=}")
print(f"{'quoted'=}", f"{x > 5=}")
print(f"{x=!r:>6}")
print(f"{name.upper()=}")
