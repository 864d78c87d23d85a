# string: the constants, capwords and Template.
import string
from string import Template

for name in ['whitespace', 'ascii_lowercase', 'ascii_uppercase', 'ascii_letters',
             'digits', 'hexdigits', 'octdigits', 'punctuation', 'printable']:
    print(name, repr(getattr(string, name)))
print(string.__all__)

print(string.capwords(' hello   wORLD  of python '))
print(string.capwords('a-b-c', '-'), string.capwords('x,,y', ','), repr(string.capwords('')))
print(string.capwords("they're bill's friends"))

t = Template('$who likes $what')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(t.template, Template.delimiter, Template.idpattern)
print(Template('${noun}ification costs $$$price.').substitute(noun='simpl', price=5))
print(Template('$a$b ${a}x $_u9 $$a $').safe_substitute(a=1, b=[2]))
print(Template('no placeholders').substitute())
print(Template('$x and ${x} and $X').substitute(x=1, X=2))
print(Template('caf\xe9 $na\xefve').safe_substitute(na='N'))

# safe_substitute leaves what it cannot fill as it was
t = Template('$who likes $what ${who} ${ bad} $1 $')
print(t.safe_substitute(who='tim'))
print(t.safe_substitute({}))
print(t.get_identifiers(), t.is_valid())
print(Template('$a $b $a ${c}$$d').get_identifiers(), Template('$a $$').is_valid())

# the errors
cases = [('$who likes $what', {'who': 'tim'}),
         ('Give $who $100', {'who': 'tim'}),
         ('line one\nline two $', {}),
         ('a\nb\n\n  ${x', {'x': 1}),
         ('${}', {}),
         ('$', {}),
         ('$ok then $ $nope', {'ok': 1}),
         ('crlf\r\n line $!', {})]
for text, mapping in cases:
    try:
        print(Template(text).substitute(mapping))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
try:
    Template('$a').substitute({}, {})
except TypeError as e:
    print(type(e).__name__, e)

# a subclass with another delimiter
class Percent(Template):
    delimiter = '%'
p = Percent('%name is %{age} years, 100%% sure')
print(p.substitute(name='Bo', age=7))
class Long(Template):
    delimiter = '<<'
print(Long('<<x>> <<<<x <<{x}').substitute(x='!'))

# values are converted with str()
print(Template('$n $f $l $none').substitute(n=1, f=2.5, l=[1, 'a'], none=None))
