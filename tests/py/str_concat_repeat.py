# Concatenation, repetition, augmented forms, and their errors.
a = "foo"
b = "bar"
print(a + b, a * 3, 3 * a, a * 0, a * -2, repr("" * 5))
s = a
s += b
print(s, a)
s *= 2
print(s)
print("-" * 20)
print(("ab" + "cd") * 2, "x" + "y" * 3)
print("a" "b" "c", "implicit " "concat")
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 2.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * "b"
except TypeError as e:
    print(type(e).__name__, e)
print(True * "ab", "ab" * False)
parts = []
for i in range(5):
    parts.append(str(i) * i)
print(parts, "".join(parts))
