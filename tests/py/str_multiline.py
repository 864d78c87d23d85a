# Triple-quoted strings, line continuations inside strings, and dedenting by hand.
text = """first line
    second line indented
third line"""
print(text)
print(len(text.splitlines()), repr(text[:10]))
t2 = '''single's "quotes" inside'''
print(t2)
t3 = "continued \
on the same line"
print(t3)
t4 = """\
no leading newline
"""
print(repr(t4))
lines = [l.strip() for l in text.splitlines()]
print(lines)
print("""a
b""" == "a\nb")
