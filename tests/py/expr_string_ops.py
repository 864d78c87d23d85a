# Expression-level string operations: concatenation, repetition, comparisons, f-strings.
first, last = "Ada", "Lovelace"
full = first + " " + last
print(full, len(full), full * 2, full[::-1])
print(first < last, first.lower() < last.lower(), "a" * 3 + "b" * 2)
print(f"{first!r:>10}|{last:<10}|", "%s, %s" % (last, first))
parts = [first, last]
print(" ".join(parts), "".join(reversed(parts)), sum(len(p) for p in parts))
greeting = "Hello"
greeting += ", " + first
print(greeting, greeting.count("l"), greeting.find(first))
print(str(1) + str(2), int("1") + int("2"), "1" * 2, 1 * 2)
print("abc" == "abc", full is not None, "b" in "abc", "abc".startswith("ab"))
print(("x" if len(full) > 5 else "y") * 3)
