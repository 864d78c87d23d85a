# The is* predicates over a table of strings.
samples = ["", "abc", "ABC", "Abc", "abc123", "123", "12.5", " ", "\t\n", "Hello World",
           "hello World", "é", "ß", "²", "½", "٣", "_id", "id1", "1id", "class", "\x00", "a b"]
names = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isupper",
         "islower", "istitle", "isidentifier", "isprintable", "isascii"]
# one column per predicate, T where it holds
print(" ".join(n[2:6] for n in names))
for s in samples:
    row = ["T" if getattr(s, n)() else "." for n in names]
    print("    ".join(row), repr(s))
