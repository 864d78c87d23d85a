# re: patterns built from a table of pieces by a fixed pseudo-random
# sequence, each searched, found-all, substituted and split in a string
# built the same way; compares the whole engine (groups, lookaround,
# atomic and possessive repeats, conditionals, flags) with CPython.
import re

ATOMS = ['((a)|b)', '(a(b)?)+', '(?P<n>a)(?P=n)?', '[a-cA-C]', 'é', 'É', '(?i:A)',
         '(?:a|b){1,3}?', '(a|b)(?(2)b|a)', 'a', 'b', '.', '[ab]', '[^a]', r'\w', r'\d',
         r'\s', r'\b', '^', '$', '(a)', '(b|a)', '(?:ab)', '(a*)', '(?=a)', '(?!b)',
         '(?<=a)', '(?<!b)', '(?>a+)', 'x', '(a|)', r'\1']
QUANTS = ['', '', '', '*', '+', '?', '*?', '+?', '??', '{2}', '{1,2}', '{0,}', '{,2}?',
          '*+', '++']
CHARS = 'aAbB bé1ÉxX\n'
FLAGS = [0, 0, re.I, re.M, re.S]

seed = 12345


def rand(n):
    """A number in range(n) from a linear congruential sequence."""
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n


for _ in range(700):
    pattern = ''.join(ATOMS[rand(len(ATOMS))] + QUANTS[rand(len(QUANTS))]
                      for _ in range(1 + rand(4)))
    if rand(5) == 0:
        pattern += '|' + ATOMS[rand(len(ATOMS))]
    s = ''.join(CHARS[rand(len(CHARS))] for _ in range(rand(9)))
    flags = FLAGS[rand(len(FLAGS))]
    try:
        p = re.compile(pattern, flags)
    except re.error as e:
        print(repr(pattern), 'error:', e)
        continue
    m = p.search(s)
    print(repr(pattern), repr(s), flags, m and (m.span(), m.groups(), m.lastindex),
          p.findall(s), repr(p.sub('-', s)), p.split(s))
