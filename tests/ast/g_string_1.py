# String literals of simple kinds
single = 'single quotes'
double = "double quotes"
with_quote = "it's fine"
other_quote = 'say "hi"'
triple = """a triple-quoted
string over two lines"""
triple_single = '''also triple'''
raw = r"C:\path\to\file"
raw_upper = R'\d+'
bytes_value = b"raw bytes"
bytes_raw = rb"\x00"
unicode_prefix = u"old style"
empty = ""
print(single, double, with_quote, other_quote, triple, triple_single)
print(raw, raw_upper, bytes_value, bytes_raw, unicode_prefix, repr(empty))
