# Triple-quoted strings keep their newlines; quotes inside need no escape.
a = '''line one
line two
'''
b = """He said "hi" and 'bye'
"""
c = '''ends with quote"'''
d = """ends with quote'"""
e = '''escaped\
 newline'''
f = '''trailing backslash \\'''
g = """a""" """b"""
h = '''''quotes'' '''
