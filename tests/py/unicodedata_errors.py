# unicodedata's errors: wrong argument types and lengths, missing values,
# bad forms and names, as CPython 3.11 reports them.
import array
import unicodedata


def attempt(label, f, *args):
    try:
        print(label, ascii(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


class Text(str):
    pass


class Thing:
    pass


for fname in ['name', 'decimal', 'digit', 'numeric', 'category', 'bidirectional',
              'combining', 'east_asian_width', 'mirrored', 'decomposition']:
    f = getattr(unicodedata, fname)
    for arg in ['', 'ab', 1, None, b'a', ['a'], Thing(), 2.5, '\U0001f600\u0301']:
        attempt(fname, f, arg)
    attempt(fname, f, Text('7'))

for fname, msg in [('decimal', 'a'), ('digit', '\u00bd'), ('numeric', 'x'), ('name', '\x00')]:
    f = getattr(unicodedata, fname)
    attempt(fname, f, msg)
    attempt(fname, f, msg, None)
    attempt(fname, f, msg, 'default')
    attempt(fname, f, '\u0663', 'unused')
    attempt(fname, f, 'ab', 'default')
for c in ['\u00b2', '\u2460', '\u00bd', '\u216b', '\u4e07', '\u0f33', '\U00012432', '5', '\u0e53']:
    attempt('numbers', lambda c: (unicodedata.decimal(c, None), unicodedata.digit(c, None),
                                  unicodedata.numeric(c, None)), c)

for fname in ['normalize', 'is_normalized']:
    f = getattr(unicodedata, fname)
    attempt(fname, f, 'NFX', 'abc')
    attempt(fname, f, 'nfc', 'abc')
    attempt(fname, f, 'NFC ', 'abc')
    attempt(fname, f, 'X', '')
    attempt(fname, f, 1, 'abc')
    attempt(fname, f, None, 'abc')
    attempt(fname, f, 'NFC', 1)
    attempt(fname, f, 'NFC', None)
    attempt(fname, f, b'NFC', 'abc')
    attempt(fname, f, 'NFC', b'abc')
    attempt(fname, f, 1, 2)
    attempt(fname, f, Text('NFKD'), Text('\u00bd'))

attempt('lookup', unicodedata.lookup, 'NO SUCH CHARACTER')
attempt('lookup', unicodedata.lookup, 1)
attempt('lookup', unicodedata.lookup, None)
attempt('lookup', unicodedata.lookup, ['SNOWMAN'])
attempt('lookup', unicodedata.lookup, bytearray(b'SNOWMAN'))
attempt('lookup', unicodedata.lookup, memoryview(b'SNOWMAN'))
attempt('lookup', unicodedata.lookup, array.array('b', b'SNOWMAN'))
attempt('lookup', unicodedata.lookup, 'a\udcffb')
attempt('lookup', unicodedata.lookup, '\ud800')
attempt('lookup', unicodedata.lookup, 'x' * 1000)

# Argument counts and keywords (none is taken).
attempt('count', unicodedata.category)
attempt('count', unicodedata.lookup, 'a', 'b')
attempt('count', unicodedata.mirrored, 'a', 'b')
attempt('keywords', lambda: unicodedata.name(chr='a'))
attempt('keywords', lambda: unicodedata.normalize(form='NFC', unistr='a'))
attempt('keywords', lambda: unicodedata.combining(chr='a'))
attempt('count', unicodedata.name)
attempt('count', unicodedata.name, 'a', 'b', 'c')
attempt('count', unicodedata.numeric)
attempt('count', unicodedata.decimal, '1', 2, 3)
attempt('count', unicodedata.normalize, 'NFC')
attempt('count', unicodedata.is_normalized, 'NFC', 'a', 'b')
attempt('count', unicodedata.is_normalized)

# Attributes the module has and has not.
print(unicodedata.unidata_version, unicodedata.__name__)
print(sorted(n for n in dir(unicodedata) if not n.startswith('_') and n not in ('UCD', 'ucd_3_2_0')))
print(unicodedata.lookup.__doc__)
print(unicodedata.normalize.__doc__)
