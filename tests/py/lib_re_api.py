# re: Pattern and Match objects, findall/finditer/sub/subn/split/escape.
import re

p = re.compile(r'(?P<word>\w+)\s+(\d+)?')
print(p)
print(p.pattern, p.flags, p.groups, dict(p.groupindex), p.groupindex['word'])
print(re.compile('a+', re.IGNORECASE), re.compile(b'x', re.M | re.S), re.compile('x', re.A))
print(re.compile('a', re.I | re.X | re.M).flags, re.compile(b'a').flags)
print(repr(re.I), repr(re.I | re.M), re.NOFLAG, re.DOTALL.value, re.A == 256)
print(p == re.compile(r'(?P<word>\w+)\s+(\d+)?'), re.compile('a') is re.compile('a'))

m = p.search('  hello 42 world')
print(m)
print(m.group(), m.group(0), m.group(1), m.group('word'), m.group(1, 2), m[0], m['word'], m[2])
print(m.groups(), m.groupdict(), m.start(), m.end(), m.span(), m.span(2), m.start('word'))
print(m.lastindex, m.lastgroup, m.string, m.re is p, m.pos, m.endpos, m.regs)
m = p.search('hi ')
print(m.groups(), m.groups('-'), m.groupdict('?'), m.span(2), m.start(2), m.lastindex)
for bad in (3, -1, 'nope', 1.5):
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
print(m.expand(r'<\1> \g<word> \g<1>!'))
print(bool(re.match('', '')), re.match('a', 'b'))

p = re.compile(r'\d+')
print(p.match('12ab', 0), p.match('ab12', 2), p.match('ab12', 2, 3), p.search('ab12', 3))
print(p.fullmatch('123'), p.fullmatch('123', 0, 2), p.fullmatch('12a'))
print(re.compile('^a').search('ba', 1), re.compile('a$').search('ab', 0, 1))

print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)(\d)', 'a1b2c'),
      re.findall(r'(\w)=(\d)?', 'a=1 b= c=3'), re.findall('x*', 'axb'))
print([m.span() for m in re.finditer(r'\w+', 'ab cd  e')])
print([m.group() for m in re.finditer('', 'abc')])
print(re.sub(r'\d', '#', 'a1b22'), re.sub(r'\d', '#', 'a1b22', count=2))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, good day'))
print(re.sub(r'(?P<n>\d+)', r'[\g<n>]', 'x12y3'), re.sub('a', r'\n\t\\', 'bab'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1b22c333'))
print(re.subn(r'o', '0', 'foo boo'), re.subn('x', 'y', 'abc'))
print(re.sub('', '-', 'abc'), re.sub('b*', '-', 'abc'), re.sub(r'\b', '|', 'ab cd'))
print(re.sub(b'a', b'b', b'aaa'), re.sub(r'(a)|b', r'[\1]', 'ab'))
print(re.split(r'\s+', 'a b   c'), re.split(r'(\s)+', 'a b  c'), re.split(',', 'a,b,c', 1))
print(re.split(r'\b', 'ab cd'), re.split('x*', 'axbc'), re.split(r'(a)|(b)', 'xaybz'))
print(re.split(',', 'a,b,c,d', maxsplit=2), re.split(b',', b'1,2'))
print(re.escape('a.b*c? (d)[e]{f} g-h'), re.escape('é_ok#1'), re.escape(b'a.b'))
print(re.match(re.escape('1+1=2'), '1+1=2'))
print(re.search('(?i)ß', 'SS'), re.search('(?i)σ', 'Σ'))
print(re.compile(r'(?x) \d + # digits').findall('a 12 b 3'))
re.purge()
print(re.compile('x', re.I) is not None)

for call in [lambda: re.match('a', 1), lambda: re.match(b'a', 'a'), lambda: re.match('a', b'a'),
             lambda: re.compile(re.compile('a'), re.I), lambda: re.compile(5),
             lambda: re.sub('a', 1, 'a'), lambda: re.sub(r'(a)', r'\2', 'a'),
             lambda: re.sub('(?P<x>a)', r'\g<y>', 'a'), lambda: re.sub('a', r'\g', 'a'),
             lambda: re.sub('a', r'\q', 'a'), lambda: re.compile('a', re.L),
             lambda: re.compile(b'a', re.U), lambda: re.compile('a', re.A | re.U),
             lambda: re.sub(b'a', 'x', b'a'), lambda: re.sub('a', b'x', 'a')]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

class T:
    pass
print(re.Pattern.__name__, re.Match.__name__, type(re.compile('a')) is re.Pattern,
      type(re.match('a', 'a')) is re.Match)
