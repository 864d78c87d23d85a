# String methods and operations a learner tries first
s = "Hello, World"
print(s.upper(), s.lower(), s.swapcase(), s.title())
print(s.find("o"), s.count("l"), s.replace("World", "Python"))
print(s.split(", "), "-".join(["a", "b"]), s.startswith("He"))
print(s[0], s[-1], s[7:], len(s), "World" in s)
print("  padded  ".strip() + "|", "42".zfill(5), "ab" * 3)
print("tab\tand newline\\n escaped", 'quote \' inside', "unicode: \u00e9")
