# re: edge cases: huge repeat counts, deep nesting, long literals, case folding in classes, flags.
import re
for p, s in [('a{3000000000}', 'aaa'), ('a{0,3000000000}', 'aaa'), ('(?:ab){2,3000000000}', 'ababab'), ('a{4294967296}', 'a'), ('a{,4294967295}', 'a'), ('(' * 50 + ')' * 50, 'x'), ('[' , ''), ('x' * 10000, 'x' * 10000)]:
    try:
        m = re.search(p, s)
        print(m and m.span())
    except Exception as e:
        print(type(e).__name__, e)
print(re.sub('(?P<a>x)', r'\g<0>\g<a>', 'axb'), re.match(r'(?u)\w', 'é'), re.match(r'(?a:\w)', 'é'))
print(re.fullmatch('a|ab', 'ab'), re.search(r'\Bé', 'ré'), re.findall(r'[\s\S]', 'a\n'))
print(re.search('(?i)[ä-ö]', 'Ö'), re.search('(?i)[^a]', 'A'), re.match(b'(?i)\xe9', b'\xc9'))
print(re.compile('(?s)a').flags, re.compile('(?x)a', re.M).flags, re.compile('(?i)(?m)a'))
