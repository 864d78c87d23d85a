# unicodedata.normalize and is_normalized in the four forms on tricky
# strings: Hangul, combining sequences out of order, singletons,
# composition exclusions, compatibility mappings; the identity of the
# result; identifiers are NFKC-normalised with the same rules.
import unicodedata

FORMS = ('NFC', 'NFD', 'NFKC', 'NFKD')
cases = [
    '', 'abc', 'caf\u00e9', 'cafe\u0301', '\u00c5', 'A\u030a', '\u212b',
    '\u2126', '\u1e69', 's\u0323\u0307', 's\u0307\u0323', '\u1e0b\u0323',
    'q\u0307\u0323', 'e\u0301\u0301', 'e\u0316\u0301', 'e\u0301\u0316',
    'a\u0328\u0301\u0323', '\u01d5', 'U\u0308\u0304', '\u00dc\u0304',
    '\u0344', '\u0f73', '\u0f81', '\u0958', '\u2adc', '\ufb2c', '\u1d15e',
    '\U0001d15f', '\u0340\u0341\u0343', 'x\u0301', 'x\u0301\u0300',
    '\u00bd', '\ufb01', '\u2460', '\u2075', '\u33c2', '\u3392', '\uff76',
    '\uff76\uff9e', '\u30ab\u3099', '\u304c', '\u1e9b\u0323', '\u017f\u0307',
    '\uac00', '\uac01', '\ud4db', '\u1100\u1161', '\u1100\u1161\u11a8',
    '\uac00\u11a8', '\uac01\u11a8', '\u1100\u0300\u1161', '\u1112\u1175\u11c2',
    '\u1100', '\u1161\u11a8', '\u3131\u314f', '\ud7a3', '\u11a7',
    '\u1100\u1161\u11a7', '\u0b47\u0b3e', '\u0b4b', '\u09c7\u09be',
    '\u0d46\u0d3e', '\u1025\u102e', '\u0061\u0315\u0300\u05ae\u0300\u0062',
    '\u0041\u0301\u0301\u0301\u0301', '\u00e0\u05ae', '\u0300\u0061',
    '\u0301', '\u0301\u0300', '\u05b8\u05b9\u05b1\u0591\u05c3\u05b0\u05ac\u059f',
    '\u0592\u05b7\u05bc\u05a5\u05b0\u05c0\u05c4\u05ad', '\U0001d400\U0001d7ce',
    '\U0002f800\U0002fa1d', '\ufdfa', '\ufdfb', '\u3300', '\u1f82\u0345',
    '\u03d3', '\u03d2\u0301', '\u0385', '\u1fee', '\u1fed',
    '\ud800', 'a\udc00\u0301', '\U000110ab', '\U00011099\U000110ba',
    '\U0001133b\U0001133e', '\U00011347\U0001133e', '\u0627\u0653',
    '\u0e40\u0e01', '\u0d4a', 'Stra\u00dfe', '\u0130', 'I\u0307',
    '\u1e9e', 'Ǆ', 'ǅ', 'ǆ', '\u2167', '\u00a0', '\u2002x\u3000',
]
for s in cases:
    out = [ascii(s)]
    for form in FORMS:
        r = unicodedata.normalize(form, s)
        out.append('%s=%s%s%s' % (form, ascii(r), '*' if r is s else '',
                                  '' if unicodedata.is_normalized(form, s) else '!'))
    print(' '.join(out))


# Long strings: every character of some ranges, and many marks in a
# row.
def digest(text, acc):
    for ch in text:
        acc = (acc * 1000003 + ord(ch)) % 2305843009213693951
    return acc


blocks = [(0xa0, 0x250), (0x300, 0x370), (0x1e00, 0x2000), (0x3040, 0x3100),
          (0xf900, 0xfb50), (0xfe70, 0xff00), (0xac00, 0xad00), (0x1100, 0x1200),
          (0x1d15e, 0x1d1c0), (0x2f800, 0x2f900)]
for lo, hi in blocks:
    text = ''.join(chr(cp) for cp in range(lo, hi))
    print('%05X-%05X' % (lo, hi), [digest(unicodedata.normalize(f, text), 0) for f in FORMS],
          [unicodedata.is_normalized(f, text) for f in FORMS])
marks = 'a' + ''.join(chr(0x300 + (i * 7) % 0x70) for i in range(300)) + '\u0323b'
print([digest(unicodedata.normalize(f, marks), 0) for f in FORMS])

# Pseudo-random strings (a fixed generator) over characters that take
# part in normalisation.
pool = [chr(cp) for cp in range(0x300, 0x350)] + [chr(cp) for cp in range(0xc0, 0x180)]
pool += [chr(cp) for cp in range(0x1100, 0x1176)] + [chr(cp) for cp in range(0x11a7, 0x11c3)]
pool += [chr(cp) for cp in range(0xac00, 0xac40)] + list('aeiouAEIOU\u03b1\u03c9\u0391')
pool += [chr(cp) for cp in range(0x1f00, 0x1f80)] + ['\u0345', '\u0f71', '\u0f72', '\u0f80', '\u0f73']
pool += ['\u212b', '\u2126', '\u0344', '\u0958', '\ufb2c', '\u05bc', '\u05c1', '\u05e9', '\u00bd', '\ufb01']
seed = 2024
acc = [0, 0, 0, 0]
changed = [0, 0, 0, 0]
for i in range(3000):
    chars = []
    for _ in range(1 + i % 9):
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
        chars.append(pool[(seed >> 33) % len(pool)])
    s = ''.join(chars)
    for k, form in enumerate(FORMS):
        r = unicodedata.normalize(form, s)
        acc[k] = digest(r + str(unicodedata.is_normalized(form, s)), acc[k])
        changed[k] += r != s
print(acc, changed)


# A str subclass comes back as itself when it is already normalized.
class Text(str):
    pass


for s in [Text('abc'), Text('\u00e9'), Text('e\u0301'), Text('x\u0301'), Text('')]:
    print([type(unicodedata.normalize(f, s)).__name__ for f in FORMS])

# Identifiers are NFKC-normalised (PEP 3131), so these are one name each.
namespace = {}
exec('\u01d5 = 1\n\u1e9b\u0323 = 2\n\ufb01le = 3\n\u212b = 4\n', namespace)
print(sorted(ascii(k) for k in namespace if not k.startswith('__')))
print(namespace[unicodedata.normalize('NFKC', '\u01d5')], namespace['file'])
