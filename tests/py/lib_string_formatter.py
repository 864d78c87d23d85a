# string.Formatter: format strings parsed in Python, as str.format does.
from string import Formatter

f = Formatter()
print(f.format('{} + {} = {}', 1, 2, 3))
print(f.format('{0}{1}{0}', 'abra', 'cad'))
print(f.format('{name:>8}|{0:^7.2f}|{x!r}', 3.14159, name='pi', x='s'))
print(f.format('{0[1]} {p.real} {d[key]} {d[0]}', [5, 6], p=3 + 4j, d={'key': 'v', 0: 'zero'}))
print(f.format('{:{}{}}', 'abc', '>', 6), f.format('{0:{1}}', 42, 'x'))
print(f.format('{{literal}} {}', 1), f.format('{!a} {!s}', 'caf\xe9', None))
print(f.vformat('{a}-{0}', (9,), {'a': 'A'}))

# parse() gives the pieces
for text in ['', 'plain', 'a{b}c', '{}{}', '{0!r:>{width}}', 'x{{y}}z', '{a[}]}',
             '{a.b[c]!s}', '}}{{', '{:{:{}}}', '{!r}', '{a:}', '{a[:!]}tail']:
    print(repr(text), list(f.parse(text)))

# the errors
for text in ['{', '}', 'a}b', '{0', '{0!', '{0!r', '{0!rx}', '{a{b}', '{0:{',
             '{0[}', '{0.}', '{0[]}', '{0]x}', '{0!z}', '{} {0}', '{0} {}',
             '{:{:{:{}}}}']:
    try:
        print(repr(text), repr(f.format(text, 1, 2, 3, 4, 5)))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(repr(text), type(e).__name__, e)
for call in ["f.format('{x}')", "f.format('{5}', 1)", "f.format('{0.nope}', 1)",
             "f.format('{0:d}', 'str')", "list(f.parse(5))"]:
    try:
        print(call, eval(call))
    except Exception as e:
        print(call, type(e).__name__, e)

# a subclass changes one step
class Defaulting(Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, '<' + key + '>')
        return super().get_value(key, args, kwargs)
    def check_unused_args(self, used_args, args, kwargs):
        unused = sorted(set(kwargs) - used_args)
        if unused:
            print('unused:', unused)
print(Defaulting().format('{a} {b} {0}', 'pos', a=1, c=3))

class Upper(Formatter):
    def format_field(self, value, format_spec):
        return super().format_field(value, format_spec).upper()
    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)
print(Upper().format('{0} {1!u} {0!r}', 'abc', 'xyz'))
