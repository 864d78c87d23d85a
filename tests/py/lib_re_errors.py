# re: re.error for bad patterns, with CPython's messages and positions.
import re

BAD = ['*', 'a**', '+a', 'a{2}{3}', '(a', 'a)', '(?:a', '((a)', 'ab)c', '[a', '[a-', '[z-a]',
       r'\q', '\\', r'a\1', r'(a)\2', r'(a\1)', '(?P<1a>x)', '(?P<a>x)(?P<a>y)', '(?P=b)',
       '(?P<a', '(?Px)', '(?<x)', '(?z)', '(?i', '(?-)', 'a{3,2}', '(?<=a+)b', '(?<=a|bc)d',
       '(?#abc', 'a(?i)b', r'[\q]', r'\x4', r'\u12', r'x\400', '(?P<a>x)(?(b)y)',
       '(?(0)a)', '(?i-i:a)', '(?a-u:x)', '(?L)x', 'a|*', '(?', '(?P', '(?<', '(?P=)',
       '(?P<>x)', 'a\n(b', '(?x)a\n  (b']
for pattern in BAD:
    try:
        re.compile(pattern)
        print(repr(pattern), 'compiled')
    except re.error as e:
        print(repr(pattern), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
try:
    re.compile(b'(a')
except re.error as e:
    print(e, e.pattern)
print(issubclass(re.error, Exception), re.error.__module__)
e = re.error('custom')
print(e, e.msg, e.pos, e.pattern)

# Catastrophic backtracking stays bounded: a nested repeat on a long run of
# characters that finally fails.
print(re.match(r'(a|aa)+$', 'a' * 24 + 'b'))
print(len(re.findall(r'\w', 'x' * 100000)))
print(re.match(r'(.)*', 'y' * 50000).span())
