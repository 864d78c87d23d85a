# upper, lower, title, capitalize, swapcase, casefold, including non-ASCII.
words = ["hello world", "HELLO World", "they're bill's", "ß", "straße", "éclair",
         "ǅemal", "123abc", "ΣΑΣ", "İstanbul", "ﬁne", "mIxEd CaSe"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print(len("ß".upper()), "ß".upper() == "SS", "ß".casefold() == "ss")
print("hello_world-foo bar2baz".title())
print("ÀÉÎÕÜ".lower(), "àéîõü".upper())
print("o'neil mcdonald".title(), "x1y2 z3".title())
print("ΣΑΣ ΟΔΟΣ".lower(), "Σ".lower(), "AΣ".lower())
