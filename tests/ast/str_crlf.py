# CRLF line endings: newlines in strings are read as \n.
a = """one
two
"""
b = 'x\
y'
c = r"""raw
lines"""
d = b"""b
ytes"""
