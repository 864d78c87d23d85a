#!/usr/bin/env python3
"""Writes the Unicode property tables minipy needs (build/gen/unicode_db.h).

Run at build time by the Makefile.  The tables are taken from the running
CPython's own unicodedata and str methods, so that minipy answers exactly as
CPython does; the build checks it runs under CPython 3.11 (Unicode 14.0).
"""
import os
import re
import sys
import unicodedata

if sys.version_info[:2] != (3, 11):
    sys.exit('gen_unicode.py needs CPython 3.11 (Unicode %s); this is %s'
             % ('14.0.0', sys.version.split()[0]))

# The names of \\N{...} escapes (src/util/unicode_names.c reads them).
# CPython computes two families of names instead of storing them, and so
# does minipy: 'CJK UNIFIED IDEOGRAPH-XXXX' and 'HANGUL SYLLABLE ...'.
# The other names and the aliases CPython accepts are sorted and stored
# front-coded: each record is the length of the prefix it shares with the
# record before, the length of the rest, the rest, and the code point in
# three bytes (big-endian).  Every NAME_BLOCK-th record starts afresh
# (shares nothing) and is indexed, for a binary search.
NAME_BLOCK = 32
TOOLS = os.path.dirname(os.path.abspath(__file__))
ALIASES = os.path.join(TOOLS, 'unicode_name_aliases.txt')
SEQUENCES = os.path.join(TOOLS, 'unicode_named_sequences.txt')


def all_names():
    names, cjk = {}, []
    for cp in range(sys.maxunicode + 1):
        name = unicodedata.name(chr(cp), None)
        if name is None or name.startswith('HANGUL SYLLABLE '):
            continue
        if name == 'CJK UNIFIED IDEOGRAPH-%X' % cp:
            cjk.append(cp)
            continue
        names[name] = cp
    with open(ALIASES, encoding='ascii') as f:
        for line in f:
            if line.strip() and not line.startswith('#'):
                cp, alias = line.strip().split(';')
                names.setdefault(alias, int(cp, 16))
    return sorted(names.items()), cjk


def c_string(data):
    """A C string literal of data, in lines of about 72 characters."""
    lines, cur = [], ''
    for b in data:
        ch = chr(b)
        cur += ch if re.match(r'[A-Z0-9 -]', ch) else '\\%03o' % b
        if len(cur) >= 72:
            lines.append('"%s"' % cur)
            cur = ''
    lines.append('"%s"' % cur)
    return '\n    '.join(lines)


def write_names(w):
    names, cjk = all_names()
    data, index, prev = bytearray(), [], ''
    for i, (name, cp) in enumerate(names):
        assert len(name) < 256 and re.fullmatch(r'[A-Z0-9 -]+', name), name
        shared = 0
        if i % NAME_BLOCK:
            while (shared < min(len(name), len(prev)) and
                   name[shared] == prev[shared]):
                shared += 1
        else:
            index.append(len(data))
        rest = name[shared:].encode('ascii')
        data += bytes([shared, len(rest)]) + rest + cp.to_bytes(3, 'big')
        prev = name
    w('#ifdef MP_UCD_NAMES\n')
    w('#define MP_UCD_NAME_BLOCK %d\n' % NAME_BLOCK)
    w('#define MP_UCD_NAME_COUNT %d\n' % len(names))
    w('static const char mp_ucd_names[] =\n    %s;\n' % c_string(data))
    w('static const uint32_t mp_ucd_name_index[] = {\n')
    for i in range(0, len(index), 8):
        w('   ' + ''.join(' %d,' % x for x in index[i:i + 8]) + '\n')
    w('};\n')
    cjk_ranges, start = [], cjk[0]
    for a, b in zip(cjk, cjk[1:] + [None]):
        if b != a + 1:
            cjk_ranges.append((start, a))
            start = b
    w('static const uint32_t mp_ucd_cjk_unified[][2] = {\n')
    w(''.join('    {0x%X, 0x%X},\n' % r for r in cjk_ranges))
    w('};\n')
    # The jamo of Hangul syllable names, read back from the names of the
    # syllables GA + T, G + V, and L + A.
    syllable = lambda cp: unicodedata.name(chr(cp))[len('HANGUL SYLLABLE '):]
    jamo = {
        'l': [syllable(0xAC00 + i * 21 * 28)[:-1] for i in range(19)],
        'v': [syllable(0xAC00 + i * 28)[1:] for i in range(21)],
        't': [syllable(0xAC00 + i)[2:] for i in range(28)],
    }
    for col, parts in jamo.items():
        w('static const char *const mp_ucd_jamo_%s[] = {%s};\n'
          % (col, ', '.join('"%s"' % n for n in parts)))
    write_name_index(w, names)
    write_named_sequences(w)
    w('#endif\n')


def write_name_index(w, records):
    """unicodedata.name() goes the other way: the number of the record
    holding each code point's own name (not an alias), plus one (0: the
    code point has no stored name), through a two-level index."""
    values = [0] * (sys.maxunicode + 1)
    for i, (name, cp) in enumerate(records):
        if unicodedata.name(chr(cp), None) == name:
            values[cp] = i + 1
    assert max(values) < 65536
    write_index(w, 'name', values)


def write_named_sequences(w):
    """The named sequences unicodedata.lookup() accepts (\\N{...} does
    not), sorted by name for a binary search: the name, then the code
    points."""
    seqs = []
    with open(SEQUENCES, encoding='ascii') as f:
        for line in f:
            if line.strip() and not line.startswith('#'):
                name, cps = line.strip().split(';')
                seq = [int(x, 16) for x in cps.split()]
                assert unicodedata.lookup(name) == ''.join(map(chr, seq)), name
                seqs.append((name, seq))
    seqs.sort()
    longest = max(len(seq) for _, seq in seqs)
    w('#define MP_UCD_SEQUENCE_MAX %d\n' % longest)
    w('static const struct { const char *name; uint32_t cps[MP_UCD_SEQUENCE_MAX]; }'
      ' mp_ucd_sequences[] = {\n')
    for name, seq in seqs:
        w('    {"%s", {%s}},\n' % (name, ', '.join('0x%X' % c for c in seq)))
    w('};\n')


# The character database behind str's methods (src/util/unicode.c reads
# it): for every code point a record of flags, its decimal value and its
# four full case mappings, found through a two-level index
# (mp_ucd_index1[cp >> SHIFT], then mp_ucd_index2).  Every property is
# read back from CPython's own str methods on one character, so minipy's
# answers are CPython's by construction.  Cased and Case_Ignorable, which
# str has no method for, are observed through title() and through the
# final-sigma rule of lower(), which use them.
CHAR_FLAGS = ['alpha', 'decimal', 'digit', 'numeric', 'space', 'lower', 'upper',
              'title', 'cased', 'case_ignorable', 'printable', 'xid_start',
              'xid_continue', 'lower_ext', 'upper_ext', 'title_ext', 'fold_ext']
DECIMAL_SHIFT = 24


def char_record(cp, ext, ext_index):
    c = chr(cp)
    flags = 0
    cased = ('x' + c + 'x').title()[-1] == 'x'
    if cased:
        ignorable = ('A\u03a3' + c).lower()[1] == '\u03c2'
    else:
        ignorable = ('A' + c + '\u03a3').lower()[-1] == '\u03c2'
    props = {
        'alpha': c.isalpha(), 'decimal': c.isdecimal(), 'digit': c.isdigit(),
        'numeric': c.isnumeric(), 'space': c.isspace(), 'lower': c.islower(),
        'upper': c.isupper(), 'title': unicodedata.category(c) == 'Lt',
        'cased': cased, 'case_ignorable': ignorable, 'printable': c.isprintable(),
        'xid_start': ('a' + c).isidentifier() and c.isidentifier(),
        'xid_continue': ('a' + c).isidentifier(),
    }
    for i, name in enumerate(CHAR_FLAGS):
        if props.get(name):
            flags |= 1 << i
    maps = []
    for kind, f in (('lower', str.lower), ('upper', str.upper),
                    ('title', str.title), ('fold', str.casefold)):
        m = f(c)
        if len(m) == 1:
            maps.append(ord(m) - cp)
            continue
        flags |= 1 << CHAR_FLAGS.index(kind + '_ext')
        key = tuple(ord(x) for x in m)
        if key not in ext_index:
            ext_index[key] = len(ext)
            ext.extend(key)
        maps.append(len(key) << 24 | ext_index[key])
    if props['decimal']:
        flags |= unicodedata.decimal(c) << DECIMAL_SHIFT
    return (flags,) + tuple(maps)


def split_index(values):
    """The two-level index of values with the smallest total size."""
    best = None
    for shift in range(4, 11):
        size = 1 << shift
        blocks, index1, index2 = {}, [], []
        for start in range(0, len(values), size):
            block = tuple(values[start:start + size])
            if block not in blocks:
                blocks[block] = len(blocks)
                index2.extend(block)
            index1.append(blocks[block])
        cost = (len(index1) * (1 if len(blocks) < 256 else 2) +
                len(index2) * (1 if max(values) < 256 else 2))
        if best is None or cost < best[0]:
            best = (cost, shift, index1, index2)
    return best[1:]


def c_int_type(values):
    return 'uint8_t' if max(values) < 256 else 'uint16_t'


def write_index(w, prefix, values):
    """A two-level index of values (one per code point): value of cp is
    mp_ucd_PREFIX_index2[(index1[cp >> SHIFT] << SHIFT) + (cp & mask)]."""
    shift, index1, index2 = split_index(values)
    w('#define MP_UCD_%s_SHIFT %d\n' % (prefix.upper(), shift))
    for name, data in (('index1', index1), ('index2', index2)):
        w('static const %s mp_ucd_%s_%s[] = {\n' % (c_int_type(data), prefix, name))
        for i in range(0, len(data), 16):
            w('   ' + ''.join(' %d,' % x for x in data[i:i + 16]) + '\n')
        w('};\n')


def write_chars(w):
    records, record_index, values = [], {}, []
    ext, ext_index = [], {}
    for cp in range(sys.maxunicode + 1):
        rec = char_record(cp, ext, ext_index)
        if rec not in record_index:
            record_index[rec] = len(records)
            records.append(rec)
        values.append(record_index[rec])
    shift, index1, index2 = split_index(values)
    w('#ifdef MP_UCD_CHARS\n')
    for i, name in enumerate(CHAR_FLAGS):
        w('#define MP_UCD_%s (1u << %d)\n' % (name.upper(), i))
    w('#define MP_UCD_DECIMAL_SHIFT %d\n' % DECIMAL_SHIFT)
    w('#define MP_UCD_SHIFT %d\n' % shift)
    w('typedef struct { uint32_t flags; int32_t lower, upper, title, fold; } mp_ucd_record;\n')
    w('static const mp_ucd_record mp_ucd_records[] = {\n')
    for rec in records:
        w('    {0x%X, %d, %d, %d, %d},\n' % rec)
    w('};\n')
    for name, data in (('index1', index1), ('index2', index2)):
        w('static const %s mp_ucd_%s[] = {\n' % (c_int_type(data), name))
        for i in range(0, len(data), 16):
            w('   ' + ''.join(' %d,' % x for x in data[i:i + 16]) + '\n')
        w('};\n')
    w('static const uint32_t mp_ucd_case_ext[] = {\n')
    for i in range(0, len(ext), 8):
        w('   ' + ''.join(' 0x%X,' % x for x in ext[i:i + 8]) + '\n')
    w('};\n')
    w('#endif\n')


HANGUL = (0xAC00, 0xD7A3)
FORMS = ('NFC', 'NFD', 'NFKC', 'NFKD')


def write_props(w):
    """The properties unicodedata reports (src/util/unicode_props.c): for
    every code point a record of its general category, bidirectional
    class, canonical combining class, East Asian width and mirrored flag
    (the first three as indexes into lists of their names), the index of
    its numeric value in mp_ucd_numeric (0: none; digit() and decimal()
    are the same value where str.isdigit() and isdecimal() say so), and
    four 'quick check' bits: whether normalize(FORM, c) returns c itself
    without normalising, which CPython decides from the Unicode
    NF*_Quick_Check properties.  Records are found through a two-level
    index."""
    categories, bidis, widths = [], [''], []
    numerics = [None]
    records, record_index, values = [], {}, []
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        cat, bidi = unicodedata.category(c), unicodedata.bidirectional(c)
        width, num = unicodedata.east_asian_width(c), unicodedata.numeric(c, None)
        for value, names in ((cat, categories), (bidi, bidis), (width, widths),
                             (num, numerics)):
            if value not in names:
                names.append(value)
        assert (unicodedata.digit(c, None) == (num if c.isdigit() else None) and
                unicodedata.decimal(c, None) == (num if c.isdecimal() else None))
        quick = 0
        if cp >= 0x80:
            for i, form in enumerate(FORMS):
                if unicodedata.normalize(form, c) is c:
                    quick |= 1 << i
        else:
            quick = 15
        rec = (categories.index(cat), bidis.index(bidi), unicodedata.combining(c),
               widths.index(width), unicodedata.mirrored(c) | quick << 1,
               numerics.index(num))
        if rec not in record_index:
            record_index[rec] = len(records)
            records.append(rec)
        values.append(record_index[rec])
    w('#ifdef MP_UCD_PROPS\n')
    for name, names in (('category', categories), ('bidirectional', bidis),
                        ('east_asian_width', widths)):
        w('static const char *const mp_ucd_%s_names[] = {%s};\n'
          % (name, ', '.join('"%s"' % n for n in names)))
    w('static const double mp_ucd_numeric[] = {0, %s};\n'
      % ', '.join(repr(x) for x in numerics[1:]))
    w('#define MP_UCD_MIRRORED 1u\n')
    w('#define MP_UCD_QUICK_SHIFT 1 /* then one bit per form: %s */\n' % ', '.join(FORMS))
    w('typedef struct { uint8_t category, bidirectional, combining, east_asian_width,'
      ' flags, numeric; } mp_ucd_props;\n')
    w('static const mp_ucd_props mp_ucd_props_records[] = {\n')
    for i in range(0, len(records), 4):
        w('   ' + ''.join(' {%d, %d, %d, %d, %d, %d},' % r for r in records[i:i + 4]) + '\n')
    w('};\n')
    write_index(w, 'props', values)
    w('#endif\n')


def write_decomp(w):
    """The decomposition mappings of UnicodeData.txt, one level deep as
    unicodedata.decomposition() shows them (normalisation applies them
    again to their own results; Hangul syllables are left to the
    algorithm): for each code point with one, the offset in mp_ucd_decomp
    of a word (tag << 8 | count), followed by the count code points.  Tag
    0 is a canonical mapping, the others the compatibility tags
    ('<compat>', '<font>', ...).  Offset 0 is no mapping."""
    tags, data, values = [''], [0], [0] * (sys.maxunicode + 1)
    for cp in range(sys.maxunicode + 1):
        fields = unicodedata.decomposition(chr(cp)).split()
        if not fields:
            continue
        tag = fields.pop(0) if fields[0].startswith('<') else ''
        if tag not in tags:
            tags.append(tag)
        values[cp] = len(data)
        data.append(tags.index(tag) << 8 | len(fields))
        data.extend(int(x, 16) for x in fields)
    assert len(data) < 65536
    w('#ifdef MP_UCD_DECOMP\n')
    w('static const char *const mp_ucd_decomp_tags[] = {%s};\n'
      % ', '.join('"%s"' % t for t in tags))
    w('static const uint32_t mp_ucd_decomp[] = {\n')
    for i in range(0, len(data), 8):
        w('   ' + ''.join(' 0x%X,' % x for x in data[i:i + 8]) + '\n')
    w('};\n')
    write_index(w, 'decomp', values)
    w('#endif\n')


def write_compose(w):
    """The primary composites for canonical composition (NFC and NFKC, in
    unicode_norm.c; identifiers are normalised with it, PEP 3131): each
    canonical mapping (one level deep: U+01D5 is U+00DC U+0304) to a pair
    that NFC puts back together (composition exclusions do not).  Hangul
    syllables are left to the formulas."""
    pairs = []
    for cp in range(sys.maxunicode + 1):
        if 0xD800 <= cp <= 0xDFFF or HANGUL[0] <= cp <= HANGUL[1]:
            continue
        c = chr(cp)
        fields = unicodedata.decomposition(c).split()
        if len(fields) == 2 and not fields[0].startswith('<'):
            pair = [int(x, 16) for x in fields]
            if unicodedata.normalize('NFC', chr(pair[0]) + chr(pair[1])) == c:
                pairs.append((pair[0], pair[1], cp))
    pairs.sort()
    w('#ifdef MP_UCD_COMPOSE\n')
    w('static const uint32_t mp_ucd_compose[][3] = {\n')
    for i in range(0, len(pairs), 4):
        w('   ' + ''.join(' {0x%X, 0x%X, 0x%X},' % e for e in pairs[i:i + 4]) + '\n')
    w('};\n#endif\n')


def main():
    w = sys.stdout.write
    w('/* Generated by tools/gen_unicode.py from CPython %s (Unicode %s).'
      ' Do not edit. */\n' % (sys.version.split()[0], unicodedata.unidata_version))
    write_names(w)
    write_chars(w)
    write_compose(w)
    write_props(w)
    write_decomp(w)


main()
