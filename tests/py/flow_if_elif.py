# if/elif/else chains, nested ifs, conditions with side effects.
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"
print([grade(s) for s in (95, 85, 75, 10, 90, 89.99)])
def describe(x):
    if isinstance(x, int):
        if x < 0:
            kind = "negative int"
        elif x == 0:
            kind = "zero"
        else:
            kind = "positive int"
    elif isinstance(x, str):
        kind = "empty string" if not x else "string"
    else:
        kind = "other"
    return kind
print([describe(v) for v in (-1, 0, 5, "", "s", 1.5, None)])
x = 15
if x % 3 == 0 and x % 5 == 0:
    print("FizzBuzz")
if x:
    pass
else:
    print("never")
if not []:
    print("empty list is falsy")
for n in range(1, 16):
    if n % 15 == 0:
        out = "FizzBuzz"
    elif n % 3 == 0:
        out = "Fizz"
    elif n % 5 == 0:
        out = "Buzz"
    else:
        out = str(n)
    print(out, end=" ")
print()
