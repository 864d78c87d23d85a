# unicodedata.name and lookup: round trips over many code points, the
# computed names (Hangul syllables, CJK unified ideographs), aliases and
# named sequences (lookup only), any case, bytes.
import unicodedata

found = missing = 0
acc = 0
for cp in list(range(0, 0x30000, 7)) + list(range(0xe0000, 0xe0200)):
    c = chr(cp)
    name = unicodedata.name(c, None)
    if name is None:
        missing += 1
        continue
    found += 1
    computed = name.startswith(('CJK UNIFIED', 'HANGUL SYLLABLE'))
    if unicodedata.lookup(name) != c or (not computed and unicodedata.lookup(name.lower()) != c):
        print('round trip fails', hex(cp), name)
    for ch in name:
        acc = (acc * 1000003 + ord(ch)) % 2305843009213693951
print(found, 'names', missing, 'without', acc)

for cp in [0x41, 0xe9, 0x3a9, 0x1f600, 0xfeff, 0x1d11e, 0xe01ef, 0x2f800,
           0x12000, 0x17000, 0x18b00, 0x1b170, 0xfa0e, 0x3400, 0x4dbf,
           0x9fff, 0x20000, 0x2a6df, 0x2b739, 0x2b820, 0x2ceb0, 0x30000,
           0x3134a, 0xac00, 0xac01, 0xae4c, 0xc560, 0xd7a3, 0xb7b7, 0xc3d1]:
    name = unicodedata.name(chr(cp), None)
    print('%05X' % cp, name, name is not None and unicodedata.lookup(name) == chr(cp))

# Not names: unassigned, controls, surrogates, private use, past the
# CJK and Hangul ranges.
for cp in [0x0, 0x1f, 0x7f, 0x9f, 0x378, 0xd7a4, 0xd800, 0xe000, 0xfdd0,
           0x2a6e0, 0x3134b, 0xeffff, 0x10ffff]:
    print('%05X' % cp, unicodedata.name(chr(cp), None), unicodedata.name(chr(cp), 42))

# Aliases: lookup finds them, name gives the character's own name.
for alias in ['NULL', 'nul', 'LINE FEED', 'LF', 'BYTE ORDER MARK', 'BOM',
              'ZWNJ', 'zero width no-break space', 'LATIN CAPITAL LETTER GHA',
              'HANGUL JONGSEONG YESIEUNG-KIYEOK', 'KANNADA LETTER LLLA',
              'VS256', 'CUNEIFORM SIGN NU11 TENU', 'MEDIUM MATHEMATICAL SPACE',
              'PRIVATE USE-1', 'SINGLE SHIFT TWO', 'WEIERSTRASS ELLIPTIC FUNCTION']:
    c = unicodedata.lookup(alias)
    print(repr(alias), ascii(c), unicodedata.name(c, None))

# Named sequences: lookup only.
for seq in ['LATIN CAPITAL LETTER A WITH MACRON AND GRAVE',
            'latin small letter e with vertical line below and acute',
            'KEYCAP DIGIT ZERO', 'TAMIL SYLLABLE KSSAU',
            'GEORGIAN LETTER U-BRJGU', 'BENGALI LETTER KHINYA',
            'HIRAGANA LETTER BIDAKUON NGA', 'MODIFIER LETTER EXTRA-LOW EXTRA-HIGH CONTOUR TONE BAR',
            'JAPANESE INDUSTRIAL STANDARD SYMBOL']:
    try:
        print(repr(seq), ascii(unicodedata.lookup(seq)))
    except KeyError as e:
        print(repr(seq), type(e).__name__, e)

# Hangul and CJK computed names are upper case only; other names any case.
for name in ['HANGUL SYLLABLE GA', 'HANGUL SYLLABLE GAG', 'HANGUL SYLLABLE HIH',
             'HANGUL SYLLABLE YI', 'HANGUL SYLLABLE SSYAESS', 'hangul syllable ga',
             'HANGUL SYLLABLE GAX', 'HANGUL SYLLABLE ', 'HANGUL SYLLABLE Q',
             'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-4e00',
             'CJK UNIFIED IDEOGRAPH-20000', 'CJK UNIFIED IDEOGRAPH-2A6E0',
             'CJK UNIFIED IDEOGRAPH-04E00', 'CJK UNIFIED IDEOGRAPH-4E0',
             'CJK UNIFIED IDEOGRAPH-', 'cjk unified ideograph-4E00',
             'CJK COMPATIBILITY IDEOGRAPH-F900', 'cjk compatibility ideograph-f900',
             'Latin Small Letter Sharp S', 'LATIN SMALL LETTER SHARP', 'SNOWMAN ',
             ' SNOWMAN', 'SNOWMAN', 'snowman', 'TANGUT IDEOGRAPH-17000',
             'KHITAN SMALL SCRIPT CHARACTER-18B00', 'NUSHU CHARACTER-1B170',
             'SPACE', 'A', '']:
    try:
        print(repr(name), ascii(unicodedata.lookup(name)))
    except KeyError as e:
        print(repr(name), type(e).__name__, e)

# bytes work as str does; the message shows the name up to a NUL, its
# bad UTF-8 replaced.
for name in [b'SNOWMAN', b'latin small letter a', b'no such thing',
             b'\xff\xfeX', b'A\x00B', 'caf\u00e9', '\u00e9' * 128,
             '\u00e9' * 129, 'a' * 256, 'a' * 257]:
    try:
        print(ascii(unicodedata.lookup(name)))
    except KeyError as e:
        print(type(e).__name__, ascii(str(e)))


class Name(str):
    pass


class Raw(bytes):
    pass


print(ascii(unicodedata.lookup(Name('SNOWMAN'))), ascii(unicodedata.lookup(Raw(b'COMET'))))
print(unicodedata.name(Name('x')))
