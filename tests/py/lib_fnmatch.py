# fnmatch: shell patterns matched and translated to regular expressions.
import fnmatch

# translate() gives the exact regular expression, which programs print.
patterns = [
    '', '*', '**', '?', '*.py', 'a*b', '*a*', 'a*b*c', '*a*b*', '**a**b',
    'file?.txt', '[abc]', '[!abc]', '[a-z]*', '[!a-z]', '[]]', '[!]]',
    '[]-]', '[a-]', '[-a]', '[!-a]', '[z-a]', '[a-cz-b]', '[a-c-e]',
    '[', '[!', '[a', 'a[', '[!]', '[]', '[^a]', '[[a]', '[\\]', '[a\\b]',
    '[a\\-z]', '[&&]', '[~~]', '[||]', '[a|b]', 'a.b', 'a+b(c)', '$^',
    'x{1,2}', '\\*', 'dir/*.c', '*[0-9]', '[*?]', 'π*', '[α-ω]',
]
for pat in patterns:
    print(repr(pat), fnmatch.translate(pat))

# Matching, with the expression compiled from translate().
names = ['', 'a', 'abc', 'ab', 'b', 'z', '-', ']', 'a.py', '.py',
         'file1.txt', 'file10.txt', 'a-b', 'A', 'ABC', 'x\ny', '^a', '\\',
         'aXbXc', 'ba', 'α']
for pat in ['*', '?', 'a*', '*.py', 'file?.txt', '[a-c]', '[!a-c]', '[]]',
            '[]-]', '[!]]', 'a*b*c', '[z-a]', '[!]', '[]', 'x?y', '[\\]',
            '[^a]*', 'A*', '[a-]*', '*[!a]']:
    print(repr(pat), [n for n in names if fnmatch.fnmatchcase(n, pat)])

# fnmatch normalises case the way the system does: POSIX does not.
print(fnmatch.fnmatch('ABC', 'abc'), fnmatch.fnmatch('ABC', 'A?C'))
print(fnmatch.fnmatch('notes.TXT', '*.txt'), fnmatch.fnmatchcase('notes.TXT', '*.TXT'))

# A leading dot is not special to fnmatch (it is to glob).
print(fnmatch.fnmatch('.hidden', '*'), fnmatch.fnmatch('.hidden', '?hidden'))

# filter keeps the order of its input, which may be any iterable.
files = ['main.c', 'util.h', 'util.c', 'README', 'Makefile', 'test.py', 'x.C']
print(fnmatch.filter(files, '*.c'))
print(fnmatch.filter(files, '*.[ch]'))
print(fnmatch.filter(iter(files), '[!a-z]*'))
print(fnmatch.filter((f for f in files), '*'))
print(fnmatch.filter([], '*'))

# bytes patterns match bytes names.
print(fnmatch.fnmatchcase(b'data.bin', b'*.bin'), fnmatch.fnmatch(b'x', b'[!x]'))
print(fnmatch.filter([b'a.txt', b'b.dat', b'c.txt'], b'*.txt'))
print(fnmatch.fnmatchcase(b'\xe9t\xe9', b'\xe9?\xe9'))

# Long patterns with many stars match in reasonable time (atomic groups).
print(fnmatch.fnmatchcase('a' * 50, '*a*a*a*a*a*a*a*a*a*a*a*b'))
print(fnmatch.fnmatchcase('a' * 50 + 'b', '*a*a*a*a*a*a*a*a*a*a*a*b'))

# Mixing str and bytes is an error from re.
for args in [('abc', b'a*'), (b'abc', 'a*')]:
    try:
        print(fnmatch.fnmatchcase(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    fnmatch.translate(b'*')
except TypeError as e:
    print(type(e).__name__, e)
try:
    fnmatch.filter(['a', 1], '*')
except TypeError as e:
    print(type(e).__name__, e)

print(fnmatch.__all__)
