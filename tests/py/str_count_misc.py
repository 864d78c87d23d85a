# count, len and a few less common methods: isascii, zfill, title on apostrophes.
text = "the rain in spain stays mainly in the plain"
print(len(text), text.count("ain"), text.count("ai", 10), text.count("ai", 10, 20))
print(text.count(" "), text.count("the"), text.count("x"))
words = text.split()
print(len(words), max(words, key=len), min(words, key=len), sorted(words, key=len)[:3])
print(text.title(), text.capitalize())
print(text.index("in"), text.rindex("in"), text.find("in", 9), text.rfind("in", 0, 30))
print(" ".join(w[::-1] for w in words))
print(text.replace(" ", "").isalpha(), text.isascii(), "ü".isascii())
print(text.upper().count("AIN"), text.swapcase()[:8])
