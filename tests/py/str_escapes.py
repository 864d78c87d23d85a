# Escape sequences in literals and what they produce.
print(len("\n\t\r\\\'\"\a\b\f\v\0"), [ord(c) for c in "\n\t\r\\\'\"\a\b\f\v\0"])
print("\x41\x42", "\101\102", "\u00e9", "\U0001F600", "\N{GREEK SMALL LETTER ALPHA}")
print(len("\777"), ord("\777"), ord("\1"), ord("\12"))
print(r"\n stays", len(r"\n"), r"\\", R"\t")
print("a\
b")
print('\'', "\"", '"', "'")
print(repr("\x7f\x80"), repr("\u00a0"))
print("tab:\t|", "cr:\r|")
