#!/usr/bin/env python3
"""Writes tests/unit/str_cases.inc, the cases of test_str.c with the answers
of CPython 3.11 itself:  python3 tests/unit/gen_str_cases.py > tests/unit/str_cases.inc

Each call is written as in test_str.c's build(): arguments are encoded as
N (None), B0/B1, I<int>, F<float>, S<text>, T/L (tuple/list of \\1-separated
items) and D (dict of \\3-separated key\\2value pairs); the expected value is
repr(result) or "ExceptionType: message".
"""
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit('gen_str_cases.py needs CPython 3.11')



def c_str(s):
    """A C string literal of s (text as UTF-8, surrogates as WTF-8), with
    octal escapes, which never swallow the characters after them."""
    if isinstance(s, str):
        b = s.encode('utf-8', 'surrogatepass')
    else:
        b = s
    out = []
    for x in b:
        c = chr(x)
        if c == '"' or c == '\\':
            out.append('\\' + c)
        elif 32 <= x < 127 and c != '?':
            out.append(c)
        else:
            out.append('\\%03o' % x)
    return '"' + ''.join(out) + '"'



def enc_arg(a):
    """An argument as test_str.c's build() reads it."""
    if a is None:
        return 'N'
    if a is True or a is False:
        return 'B%d' % a
    if isinstance(a, int):
        return 'I%d' % a
    if isinstance(a, float):
        return 'F%r' % a
    if isinstance(a, str):
        return 'S' + a
    if isinstance(a, tuple):
        return 'T' + '\x01'.join(enc_arg(x) for x in a)
    if isinstance(a, list):
        return 'L' + '\x01'.join(enc_arg(x) for x in a)
    if isinstance(a, dict):
        return 'D' + '\x03'.join(enc_arg(k) + '\x02' + enc_arg(v) for k, v in a.items())
    raise ValueError(a)



def result(f):
    """repr(f()), or "ExceptionType: message" as test_str.c's outcome()."""
    try:
        r = f()
        return repr(r)
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)



def method_cases(cases):
    """(self, method, args[, kwargs]) calls; method '%' is self % args[0]."""
    print('static const mcase method_cases[] = {')
    for self, name, args, *kw in cases:
        kw = kw[0] if kw else {}
        want = result(lambda: getattr(self, name)(*args, **kw)) if name != '%' else result(lambda: self % args[0])
        cargs = ', '.join(c_str(enc_arg(a)) for a in args)
        ckw = ', '.join('{%s, %s}' % (c_str(k), c_str(enc_arg(v))) for k, v in kw.items())
        print('    {T(%s), %s, {%s}, %d, {%s}, %d, %s},' % (
            c_str(self), c_str(name), cargs or 'NULL', len(args), ckw or '{NULL, NULL}',
            len(kw), c_str(want)))
    print('};')


U = "héllo wörld ß 日本語 😀!"
G = "ΑΣ ΟΔΥΣΣΕΥΣ"
cases = [
    # searching, in code points
    (U, 'find', ('ö',)), (U, 'find', ('日本',)), (U, 'find', ('😀', 5)), (U, 'find', ('l', 3, 4)),
    (U, 'find', ('l', -10)), (U, 'find', ('', 25)), (U, 'find', ('', 20)), (U, 'find', ('x',)),
    (U, 'rfind', ('l',)), (U, 'rfind', ('l', 0, 9)), (U, 'rfind', ('',)), (U, 'rfind', ('語 😀',)),
    (U, 'index', ('本',)), (U, 'index', ('本', 16)), (U, 'rindex', ('o',)), (U, 'rindex', ('q',)),
    (U, 'count', ('l',)), (U, 'count', ('',)), (U, 'count', ('l', 4)), (U, 'count', ('', 3, 5)),
    ("aaaa", 'count', ('aa',)), ("ééé", 'count', ('éé',)), ("abcabc", 'rfind', ('abc', 1)),
    ("abababa", 'rfind', ('aba',)), ("abababa", 'rfind', ('aba', 0, 6)), ("xyzxyzéxyz", 'rfind', ('xyzé',)),
    (U, 'find', (1,)), (U, 'find', ()), (U, 'find', ('a', 'b')), (U, 'find', ('a', None, None)),
    (U, 'count', (None,)), (U, 'find', ('a', 1, 2, 3)), (U, 'index', ('l', 2**70)), (U, 'find', ('l', -2**70)),
    (U, 'startswith', ('hé',)), (U, 'startswith', ('é', 1)), (U, 'startswith', (('x', 'hél'),)),
    (U, 'endswith', ('😀!',)), (U, 'endswith', ('語', 0, 17)), (U, 'endswith', (('a', 1),)),
    (U, 'startswith', (1,)), (U, 'startswith', ('', 21)), (U, 'startswith', ('', 20)),
    ("abc", 'endswith', ('', 3, 2)), (U, 'endswith', ('',)),
    # splitting
    ("  a  b\u3000c\xa0 d\u2028 ", 'split', ()), ("  a  b\u3000c\xa0 d ", 'split', (None, 2)),
    ("  a  b\u3000c\xa0 d ", 'rsplit', (None, 2)), ("  a  b\u3000c\xa0 d ", 'rsplit', ()),
    ("a,b,,c,", 'split', (',',)), ("a,b,,c,", 'split', (',', 2)), ("a,b,,c,", 'rsplit', (',', 2)),
    ("aéaéa", 'split', ('é',)), ("aéaéa", 'rsplit', ('é', 1)), ("aaa", 'rsplit', ('aa',)), ("aaa", 'split', ('aa',)),
    ("abc", 'split', ('',)), ("", 'split', ()), ("", 'split', ('x',)), ("abc", 'split', (1,)),
    ("abc", 'split', ('b', 'x')), ("a b c", 'split', (), {'maxsplit': 1}), ("a b c", 'split', (), {'sep': 'b'}),
    ("a b c", 'split', (), {'x': 1}), ("a b", 'split', (' ', 1, 2)),
    ("one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029end", 'splitlines', ()),
    ("a\r\nb\n\nc\r", 'splitlines', (True,)), ("a\r\nb\n", 'splitlines', (), {'keepends': 1}), ("", 'splitlines', ()),
    ("a\nb", 'splitlines', (1.5,)), ("no breaks", 'splitlines', ()),
    (U, 'partition', (' ',)), (U, 'rpartition', (' ',)), (U, 'partition', ('zz',)), (U, 'rpartition', ('zz',)),
    (U, 'partition', ('',)), (U, 'partition', (5,)), ("a.b.c", 'rpartition', ('.',)),
    # stripping
    ("\u3000\xa0 x y \t\n\x85", 'strip', ()), ("\u3000\xa0 x y \t\n\x85", 'lstrip', ()), ("\u3000\xa0 x y \t\n\x85", 'rstrip', ()),
    ("éaéxé", 'strip', ('é',)), ("éaéxé", 'lstrip', ('éa',)), ("éaéxé", 'rstrip', ('xé',)), ("xxyxx", 'strip', ('x',)),
    ("abc", 'strip', ('',)), ("abc", 'strip', (None,)), ("abc", 'strip', (1,)), ("abc", 'strip', ('a', 'b')),
    ("日本語日", 'strip', ('日',)), ("😀a😀", 'strip', ('😀',)),
    ("prefix-é", 'removeprefix', ('prefix-',)), ("prefix-é", 'removesuffix', ('-é',)), ("abc", 'removesuffix', ('',)),
    ("abc", 'removeprefix', (None,)), ("abc", 'removesuffix', ('abcd',)),
    # padding
    ("é", 'center', (5,)), ("é", 'center', (6, '*')), ("ab", 'center', (5, 'é')), ("abc", 'center', (4,)),
    ("ab", 'center', (7, '日')), ("abc", 'ljust', (6, '😀')), ("abc", 'rjust', (6, '·')), ("abc", 'rjust', (2,)),
    ("abc", 'ljust', (5, 'xy')), ("abc", 'ljust', (5, 1)), ("abc", 'center', ()), ("abc", 'rjust', ('5',)),
    ("abc", 'ljust', (-3,)), ("abc", 'center', (2**70,)),
    ("42", 'zfill', (5,)), ("-42", 'zfill', (5,)), ("+é", 'zfill', (4,)), ("", 'zfill', (3,)), ("abc", 'zfill', (-1,)), ("abc", 'zfill', ('3',)),
    ("a\tbé\tc\n\td", 'expandtabs', ()), ("a\tbé\tc", 'expandtabs', (4,)), ("a\tb", 'expandtabs', (0,)),
    ("a\tb", 'expandtabs', (-1,)), ("日\t本\r\t", 'expandtabs', (3,)), ("a", 'expandtabs', (2**40,)), ("a\tb", 'expandtabs', (), {'tabsize': 2}),
    # replace
    (U, 'replace', ('l', 'L')), (U, 'replace', ('l', 'L', 2)), (U, 'replace', ('ö', 'oe')), (U, 'replace', ('😀', '')),
    ("abc", 'replace', ('', '-')), ("abc", 'replace', ('', '-', 2)), ("", 'replace', ('', 'x')), ("", 'replace', ('', 'x', 0)),
    ("日本", 'replace', ('', '·')), ("aaa", 'replace', ('a', 'b', -5)), ("aaa", 'replace', ('a', 'b', 0)), ("ééé", 'replace', ('é', 'e')),
    ("abc", 'replace', ('x', 'y')), ("abc", 'replace', ('a',)), ("abc", 'replace', (1, 'a')), ("abc", 'replace', ('a', None)),
    ("abc", 'replace', ('a', 'b', 'c')), ("abab", 'replace', ('ab', 'éé')),
    # case
    (U, 'upper', ()), (U, 'lower', ()), (U, 'title', ()), (U, 'capitalize', ()), (U, 'swapcase', ()), (U, 'casefold', ()),
    ("ß ﬃ ŉ ǰ ΐ", 'upper', ()), ("İstanbul", 'lower', ()), ("ǆenan ǅ ǆ", 'title', ()), ("ǆenan", 'capitalize', ()),
    (G, 'lower', ()), ("Σ", 'lower', ()), ("ΑΣ.", 'lower', ()), ("ΑΣ.Α", 'lower', ()), ("aΣ\u0345", 'lower', ()),
    ("ΑΣ Σ ΣΑ", 'lower', ()), (G, 'swapcase', ()), (G, 'title', ()), (G, 'capitalize', ()),
    ("they're bill's friends from the UK", 'title', ()), ("hello world", 'title', ()), ("HELLO", 'capitalize', ()),
    ("Straße", 'casefold', ()), ("ﬁne", 'casefold', ()), ("ΣΑΣ", 'casefold', ()), ("µ", 'upper', ()), ("ÿ", 'upper', ()),
    ("hELLO wORLD ǆ", 'swapcase', ()), ("ǅ", 'swapcase', ()), ("ﬃ", 'title', ()), ("ß", 'title', ()), ("ß", 'capitalize', ()),
    ("abc", 'upper', ()), ("ABC", 'upper', ()), ("Ab1", 'swapcase', ()), ("a1b2 c3", 'title', ()), ("1ABC", 'capitalize', ()),
    ("", 'upper', ()), ("", 'title', ()),
    # predicates
] + [(s, m, ()) for s in ["", "abc", "ABC", "Abc", "abc123", "123", "12.5", " ", "\t\n", "Hello World",
      "hello World", "é", "ß", "²", "½", "٣", "_id", "id1", "1id", "class", "\x00", "a b", "Ǆ", "ǅ", "ǅa", "ǅA",
      "\u3000", "\x85", "\x1c", "\xa0", "日本", "𝔘𝔫𝔦", "Ⅻ", "x\u0301", "\u2028", "a\U0001F600", "ΣΑΣ", "ʰ", "ǈ", "𝟘", "\ud800"]
   for m in ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isupper", "islower",
             "istitle", "isidentifier", "isprintable", "isascii"]] + [
    # translate, maketrans
    ("abcé", 'translate', ({97: None, 98: 'xyz', 99: 100, 233: 'E'},)), ("abc", 'translate', ({97: 0x110000},)),
    ("abc", 'translate', ({97: 1.5},)), ("abc", 'translate', ({97: -1},)), ("abc", 'translate', ([],)),
    ("abc", 'translate', ('xyz',)), ("aaa日", 'translate', ({97: '日', 26085: 'a'},)), ("abc", 'translate', (1,)),
    ("", 'maketrans', ({'a': 1, 98: 'x', 'é': None},)), ("", 'maketrans', ({'ab': 1},)), ("", 'maketrans', ({1.5: 1},)),
    ("", 'maketrans', ('aé', 'b日')), ("", 'maketrans', ('ab', 'c')), ("", 'maketrans', (1, 'c')), ("", 'maketrans', ('ab', 'cd', 'e😀')),
    ("", 'maketrans', ('a', 1)), ("", 'maketrans', (1,)), ("", 'maketrans', ()), ("", 'maketrans', ('a', 'b', 'c', 'd')),
    # join and the rest
    ("·", 'join', (["a", "é", "日"],)), ("", 'join', (["a", "b"],)), (", ", 'join', (("x",),)), ("-", 'join', ("abc",)),
    ("-", 'join', (["a", 1],)), ("-", 'join', (1,)), ("-", 'join', ([],)),
    ("", '__sizeof__', ()), ("a", '__sizeof__', ()), ("é", '__sizeof__', ()), ("aé€", '__sizeof__', ()), ("😀", '__sizeof__', ()),
    ("a" * 100, '__sizeof__', ()), ("abé", '__getnewargs__', ()),
    # encoding
    (U, 'encode', ()), (U, 'encode', ('ascii', 'replace')), (U, 'encode', ('ascii', 'ignore')), (U, 'encode', ('US-ASCII', 'xmlcharrefreplace')),
    (U, 'encode', ('latin-1', 'backslashreplace')), (U, 'encode', ('ascii',)), ("aéé€", 'encode', ('latin1',)), ("aé", 'encode', ('ISO-8859-1',)),
    ("x", 'encode', ('no-such-codec',)), ("x", 'encode', ('UTF8',)), ("x", 'encode', (' utf 8 ',)), ("x", 'encode', ('utf.8',)), ("x", 'encode', ('iso8859.1',)),
    ("x", 'encode', ('L1',)), ("x", 'encode', ('646',)), ("x", 'encode', (1,)), ("x", 'encode', ('utf-8', None)), ("x", 'encode', (), {'errors': 'strict', 'encoding': 'ascii'}),
    ("a\ud800\udc00b", 'encode', ()), ("a\ud800b", 'encode', ('utf-8', 'replace')), ("a\ud800\ud801b", 'encode', ('utf-8', 'backslashreplace')),
    ("a\udcff\udc80", 'encode', ('utf-8', 'surrogateescape')), ("a\udc80\udd00\udc81", 'encode', ('ascii', 'surrogateescape')),
    ("a\ud800", 'encode', ('utf-8', 'surrogatepass')), ("é\ud800", 'encode', ('latin-1', 'surrogatepass')), ("aé", 'encode', ('ascii', 'bogus')),
    ("abc", 'encode', ('ascii', 'bogus')), ("😀", 'encode', ('latin-1', 'xmlcharrefreplace')),
    ("a😀b", 'encode', ('utf-16',)), ("a😀b", 'encode', ('utf-16-be',)), ("naïve ☕", 'encode', ('utf-16-le',)), ("a😀b", 'encode', ('UTF32',)),
    ("a😀b", 'encode', ('utf_32_be',)), ("", 'encode', ('utf-16',)), ("abc", 'encode', ('utf-32-le',)), ("a😀\ud800b", 'encode', ('utf-16-le',)),
    ("a\ud800b", 'encode', ('utf-16-le', 'replace')), ("a\ud800b", 'encode', ('utf-16-le', 'backslashreplace')), ("a\ud800b", 'encode', ('utf-16-le', 'surrogatepass')),
    ("a\udc80b", 'encode', ('utf-16-le', 'surrogateescape')), ("a\ud800\udc00b", 'encode', ('utf-32',)), ("a\ud800b", 'encode', ('utf-32-le', 'xmlcharrefreplace')),
    ("a\ud800b", 'encode', ('utf-32-le', 'ignore')), ("a\ud800b", 'encode', ('u32', 'surrogatepass')), ("é", 'encode', ('unicodebigunmarked',)),
]
method_cases(cases)

fmt_cases = [
    ('%s', 'é'), ('%5s|', 'é'), ('%-5s|', '日本'), ('%.2s|', 'héllo'), ('%5.1s|', 'é日'), ('%r', 'é'), ('%a', 'é日😀'),
    ('%d', 42), ('%5d|', -42), ('%-5d|', 42), ('%05d', -42), ('%+d', 5), ('% d', 5), ('% +d', 5), ('%+.3d', 5), ('%.0d', 0),
    ('%x', 255), ('%X', 255), ('%#x', 255), ('%#X', 255), ('%#o', 8), ('%o', -8), ('%#.5x', 255), ('%.5x', -255), ('%#10x|', 255), ('%#010x', 255),
    ('%-#10x|', 255), ('%x', -255), ('%#x', -255), ('%i %u', (3, 4)), ('%d', True), ('%d', 3.99), ('%d', -3.99), ('%x', 3.5), ('%d', '3'),
    ('%d', 2**70), ('%x', 2**70), ('%f', 1.5), ('%.2f', 3.14159), ('%08.3f', -1.5), ('%+08.3e', 1.5), ('%e', 1e100), ('%G', 1e-10),
    ('%g', 123456789.0), ('%#.0f', 2.0), ('%F', float('inf')), ('%f', float('nan')), ('%010f', float('-inf')), ('%f', 'x'), ('%f', 3),
    ('%.*f', (2, 3.14159)), ('%.*f', (-3, 1.5)), ('%*d|', (5, 3)), ('%*d|', (-5, 3)), ('%*s', ('a', 'b')), ('%.*s', ('a', 'b')),
    ('%c', 'é'), ('%c', 0x65e5), ('%c', 'ab'), ('%c', 1.5), ('%c', 0x110000), ('%c', -1), ('%3c|', 97),
    ('%%', ()), ('100%% %s', 'x'), ('%5%', ()), ('%5%', (1,)), ('%ld', 5), ('%hd', 5), ('%Lf', 1.0),
    ('%(a)s %(b)d', {'a': 'é', 'b': 2}), ('%(a)s', {'b': 1}), ('%(a', {'a': 1}), ('%(a)s', ('x',)), ('%(a)s %s', {'a': 1}), ('%(a)*d', {'a': 1}),
    ('%s %s', (1,)), ('%s', (1, 2)), ('%s', ()), ('abc', 5), ('abc', ()), ('abc', [1]), ('%s', [1, 2]), ('abc', 'x'),
    ('%y', 1), ('abc %é', 1), ('%', ()), ('%-', (1,)), ('%*', (5,)), ('%.', (1,)), ('%s', None), ('%s %r', ('日', '日')),
    ('%(x)s-%(x)r', {'x': 'é'}), ('%d', None), ('%-+05d|', 7), ('%0-10d|', 5), ('%#o', 0), ('%#x', 0), ('%.3s', 'ab'),
]
print('static const mcase percent_cases[] = {')
for fmt, rhs in fmt_cases:
    want = result(lambda: fmt % rhs)
    print('    {T(%s), "%%", {%s}, 1, {{NULL, NULL}}, 0, %s},' % (c_str(fmt), c_str(enc_arg(rhs)), c_str(want)))
print('};')

format_cases = [
    ('{} {}', ('é', 2), {}), ('{1}{0}', ('a', 'b'), {}), ('{0}{}', (1, 2), {}), ('{}{0}', (1, 2), {}), ('{', (), {}), ('}', (), {}),
    ('x}y', (), {}), ('{{}}', (), {}), ('{{{0}}}', (5,), {}), ('{0!}', (1,), {}), ('{0!x}', (1,), {}), ('{0!rr}', (1,), {}), ('{0!é}', (1,), {}),
    ('{0!r:>5}|', ('é',), {}), ('{0!a}', ('é',), {}), ('{!s}', (1,), {}), ('{0:{1}}|', (1, 5), {}), ('{0:{1}.{2}f}', (3.14159, 8, 2), {}),
    ('{:{}.{}f}', (3.14159, 8, 2), {}), ('{0:{1:{2}}}', (1, 2, 3), {}), ('{:{:{}}}', (1, 2, 3), {}), ('{a.b}', (), {'a': 1}),
    ('{0[}', ([1],), {}), ('{0]}', ([1],), {}), ('{0[0]x}', ([1],), {}), ('{0.}', (1,), {}), ('{0[]}', ({'': 1},), {}),
    ('{2}', (1,), {}), ('{x}', (1,), {}), ('{x}', (), {'y': 1}), ('{0[a]}', ({'a': 5},), {}), ('{0[10]}', (list(range(11)),), {}),
    ('{0[-1]}', ({'-1': 5},), {}), ('{0.real}', (3,), {}), ('{0:{1}', (1, 2), {}), ('{0:}}', (1,), {}), ('{99999999999999999999}', (1,), {}),
    ('{0}', (), {}), ('{}', (), {}), ('{ }', (1,), {}), ('{0 }', (1,), {}), ('{:{}}', (1, 5), {}), ('{0:{}}', (1, 5), {}),
    ('{a', (), {'a': 1}), ('x{', (), {}), ('{0:x', (1,), {}), ('{0!r', (1,), {}), ('{0!', (1,), {}), ('{0[0]', ([1],), {}),
    ('{[0]}', ([5],), {}), ('{.real}', (5,), {}), ('{0}}', (1,), {}), ('{name:*^9}|{n:+05d}', (), {'name': 'é日', 'n': 42}),
    ('{:é>6}|{:日<4}|', ('ab', 'c'), {}), ('{:^7.2s}|', ('héllo',), {}), ('{٠}', ('digit',), {}), ('{0[٠]}', (['x'],), {}),
    ('{:x} {:#b} {:,}', (255, 5, 1234567), {}), ('{:.3}', ('abcdef',), {}), ('{0} {0!r} {0!s:>4}', ('é',), {}),
    ('{a[0]} {a[1]}', (), {'a': ['p', 'q']}), ('{0[x][0]}', ({'x': 'yz'},), {}), ('{0.imag.real}', (5,), {}), ('{0[0].real}', ([5],), {}),
    ('{:%}', (0.25,), {}), ('{:d}', ('x',), {}), ('{:s}', (5,), {}), ('{:>{w}}', ('a',), {'w': 3}), ('{!}', (1,), {}),
    ('{:{', (1,), {}), ('{0{}', (1,), {}), ('{0!s!r}', (1,), {}), ('héllo {0} wörld', ('日',), {}), ('', (), {}), ('{}', ('',), {}),
]
print('static const mcase format_cases[] = {')
for fmt, args, kw in format_cases:
    want = result(lambda: fmt.format(*args, **kw))
    cargs = ', '.join(c_str(enc_arg(a)) for a in args)
    ckw = ', '.join('{%s, %s}' % (c_str(k), c_str(enc_arg(v))) for k, v in kw.items())
    print('    {T(%s), "format", {%s}, %d, {%s}, %d, %s},' % (c_str(fmt), cargs or 'NULL', len(args), ckw or '{NULL, NULL}', len(kw), c_str(want)))
for fmt, m in [('{a}-{b}', {'a': 1, 'b': 'é'}), ('{0}', {}), ('{}', {}), ('{a}', {}), ('{a[0]}', {'a': 'xy'}), ('{a:>{w}}', {'a': 'z', 'w': 3})]:
    want = result(lambda: fmt.format_map(m))
    print('    {T(%s), "format_map", {%s}, 1, {{NULL, NULL}}, 0, %s},' % (c_str(fmt), c_str(enc_arg(m)), c_str(want)))
for s, spec in [('é', ''), ('é', '>5'), ('日本', '*^6'), ('abc', '.2'), ('abc', 'd'), ('abc', '=5'), ('abc', '+'), ('é', 5), ('é', None), ('abc', '05'), ('ab', ',')]:
    want = result(lambda: s.__format__(spec))
    print('    {T(%s), "__format__", {%s}, 1, {{NULL, NULL}}, 0, %s},' % (c_str(s), c_str(enc_arg(spec)), c_str(want)))
print('};')

dec = [
    (b'h\xc3\xa9llo', None, None), (b'\xff\xfeab', 'utf-8', 'replace'), (b'\xffab', 'utf-8', 'ignore'), (b'\xff\xfe', 'utf-8', None),
    (b'\xe2\x82', 'utf-8', None), (b'\xe2\x82x', 'utf-8', None), (b'\xed\xa0\x80', 'utf-8', None), (b'\xf0\x80', 'utf-8', None),
    (b'\xc0\xaf', 'utf-8', 'replace'), (b'\xed\xa0\x80\xed\xb0\x80', 'utf-8', 'surrogatepass'), (b'a\xed\xa0', 'utf-8', 'surrogatepass'),
    (b'a\xffb', 'ascii', None), (b'a\xff\xfeb', 'ascii', 'surrogateescape'), (b'\xe2\x82', 'utf-8', 'backslashreplace'),
    (b'\xf4\x90\x80\x80', 'utf-8', 'replace'), (b'caf\xe9', 'latin-1', None), (b'\x80abc', 'l1', None), (b'\xe9\x80', 'utf-8', 'surrogateescape'),
    (b'\xf0\x9f\x98', 'utf-8', 'replace'), (b'\xf0\x9f\x98x', 'utf-8', 'replace'), (b'\xe0\x80\x80', 'utf-8', None), (b'\xf4\x90', 'utf-8', None),
    (b'\xf0\x9f', 'utf-8', None), (b'\x80', 'utf-8', None), (b'\xff', 'utf-8', 'surrogatepass'), (b'\xff', 'utf-8', 'xmlcharrefreplace'),
    (b'\xff', 'utf-8', 'bogus'), (b'abc', 'utf-8', 'bogus'), (b'x', 'rot-13', None), (b'\xc3\xa9\xf0\x9f\x98\x80', 'UTF8', None),
    (b'a\x00b', 'ascii', None), (b'a\xffb', 'ascii', 'replace'), (b'\xc3', 'utf-8', 'replace'), (b'ok\xe2\x82\xac', 'u8', 'strict'),
    (b"a\x00b", "utf-16-le", None), (b"a\x00b\x00c", "utf-16-le", None), (b"\xff\xfea\x00", "utf-16", None), (b"\xfe\xff\x00a", "utf-16", None),
    (b"a\x00", "utf-16", None), (b"\x00a", "utf-16", None), (b"\x00\xd8a\x00", "utf-16-le", None), (b"\x00\xdca\x00", "utf-16-le", None),
    (b"\x00\xd8", "utf-16-le", None), (b"\x00\xd8\x00\xd8", "utf-16-le", None), (b"\x00\xd8\x00\xdc", "utf-16-le", None),
    (b"a\x00b", "utf-16-le", "replace"), (b"\x00\xd8a\x00", "utf-16-le", "replace"), (b"\x00\xdca\x00", "utf-16-le", "surrogatepass"),
    (b"\x00\xdca\x00", "utf-16-le", "backslashreplace"), (b"\x00\xd8", "utf-16-le", "replace"), (b"a\x00\x00\x00b", "utf-32-le", None),
    (b"\x00\x00\x11\x00", "utf-32-le", None), (b"\x00\xd8\x00\x00", "utf-32-le", None), (b"\xff\xfe\x00\x00a\x00\x00\x00", "utf-32", None),
    (b"\x00\x00\xfe\xff\x00\x00\x00a", "utf-32", None), (b"\x00\xd8\x00\x00", "utf-32-le", "surrogatepass"), (b"\x00\x00\x11\x00", "utf-32-le", "replace"),
    (b"\xff\xfe", "utf-16", None), (b"", "utf-16", None), (b"\xff\xfe\xff\xfe", "utf-16", None), (b"\x00\xd8\xff", "utf-16-le", None),
    (b"a\x00b", "utf-16", None), (b"\xfe\xff\x00a\x00", "utf-16", None), (b"a\x00\x00", "utf-32", None), (b"\x00\xdca\x00", "utf-16-le", "surrogateescape"),
    (b"\x80\xdca\x00", "utf-16-le", "surrogateescape"), (b"\x00\xd8a\x00", "utf-16-le", "surrogatepass"), (b"\x00\xd8", "utf-16-le", "surrogatepass"),
    (b"a\x00b", "utf-16-le", "ignore"), (b"a\x00\x00", "utf-32-le", "backslashreplace"), (b"\x00\xd8\x00\xd8\x00\xdc", "utf-16-le", "replace"),
    (b"\x00\x00\x11\x00", "utf-32-le", "surrogatepass"), (b"=\xd8\x00\xde", "utf16le", None), (b"\xed\xa0\x80\xed\xb0\x80", "utf-8", "surrogatepass"),
]
print('static const dcase decode_cases[] = {')
for data, enc, err in dec:
    try:
        r = repr(data.decode(*(x for x in (enc, err) if x is not None)) if (enc or not err) else data.decode(errors=err))
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print('    {%s, %d, %s, %s, %s},' % (c_str(data), len(data), c_str(enc) if enc else 'NULL', c_str(err) if err else 'NULL', c_str(r)))
print('};')

import unicodedata
FLAG_NAMES = ['ALPHA', 'DECIMAL', 'DIGIT', 'NUMERIC', 'SPACE', 'LOWER', 'UPPER', 'TITLE', 'CASED',
              'CASE_IGNORABLE', 'PRINTABLE', 'XID_START', 'XID_CONTINUE']


def char_flags(c):
    cased = ('x' + c + 'x').title()[-1] == 'x'
    if cased:
        ignorable = ('A\u03a3' + c).lower()[1] == '\u03c2'
    else:
        ignorable = ('A' + c + '\u03a3').lower()[-1] == '\u03c2'
    v = [c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isspace(), c.islower(),
         c.isupper(), unicodedata.category(c) == 'Lt', cased, ignorable, c.isprintable(),
         ('a' + c).isidentifier() and c.isidentifier(), ('a' + c).isidentifier()]
    return ' | '.join('MP_UC_' + n for n, b in zip(FLAG_NAMES, v) if b) or '0'


def mapping(s):
    return '{' + ', '.join('0x%X' % ord(x) for x in s) + '}'


print('static const dbcase db_cases[] = {')
for c in ['\u01c5', '\xdf', '\u0130', '\ufb03', '\u0663', '\xb2', '\xbd', '\u3000', '\x85', '\u0345',
          '\u03a3', '\ud800', '\U0010ffff', '0', '_', "'", '\u02b0', '\U0001d518', '\u2167']:
    d = unicodedata.decimal(c, -1) if c.isdecimal() else -1
    print('    {0x%X, %s, %d, %s, %s, %s, %s},' % (ord(c), char_flags(c), d, mapping(c.lower()),
                                                 mapping(c.upper()), mapping(c.title()), mapping(c.casefold())))
print('};')
