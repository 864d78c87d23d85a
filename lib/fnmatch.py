"""Filename matching with shell patterns.

fnmatch(FILENAME, PATTERN) matches according to the local convention.
fnmatchcase(FILENAME, PATTERN) always takes case in account.

The functions operate by translating the pattern into a regular
expression.  They cache the compiled regular expressions for speed.

The function translate(PATTERN) returns a regular expression
corresponding to PATTERN.  (It does not compile it.)
"""
# minipy's version of CPython 3.11's fnmatch.  A shell pattern becomes a
# regular expression: '*' any run of characters, '?' one character,
# '[seq]' one character in seq, '[!seq]' one character not in seq.
# translate() must give exactly CPython's strings, since programs print
# them and join several with '|'.

import os
import posixpath
import re
import functools

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN.

    Patterns are Unix shell style:

    *       matches everything
    ?       matches any single character
    [seq]   matches any character in seq
    [!seq]  matches any char not in seq

    An initial period in FILENAME is not special.
    Both FILENAME and PATTERN are first case-normalized
    if the operating system requires it.
    If you don't want this, use fnmatchcase(FILENAME, PATTERN).
    """
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    # A bytes pattern is translated as Latin-1 text, so that each byte is
    # one character, and the expression encoded back the same way.
    if isinstance(pat, bytes):
        res = translate(str(pat, 'ISO-8859-1'))
        res = bytes(res, 'ISO-8859-1')
    else:
        res = translate(pat)
    return re.compile(res).match


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    result = []
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    if os.path is posixpath:
        # normcase is the identity on POSIX: no need to call it per name.
        for name in names:
            if match(name):
                result.append(name)
    else:
        for name in names:
            if match(os.path.normcase(name)):
                result.append(name)
    return result


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case.

    This is a version of fnmatch() which doesn't case-normalize
    its arguments.
    """
    match = _compile_pattern(pat)
    return match(name) is not None


# A marker in translate()'s first pass for a run of '*'.
_STAR = object()


def translate(pat):
    """Translate a shell PATTERN to a regular expression.

    There is no way to quote meta-characters.
    """
    pieces = _pattern_pieces(pat)
    return fr'(?s:{_join_pieces(pieces)})\Z'


def _pattern_pieces(pat):
    # First pass: the pattern as a list of regular-expression pieces, one
    # per wildcard, set or literal character, with _STAR for each run of
    # '*' (consecutive stars mean the same as one).
    pieces = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not pieces or pieces[-1] is not _STAR:
                pieces.append(_STAR)
        elif c == '?':
            pieces.append('.')
        elif c == '[':
            # The set runs to the first ']' that is not its first member
            # (after an optional '!'); without one, '[' is a literal.
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                pieces.append('\\[')
            else:
                pieces.append(_translate_set(pat, i, j))
                i = j + 1
        else:
            pieces.append(re.escape(c))
    return pieces


def _translate_set(pat, start, end):
    # The regular expression for the set pat[start:end] (the text between
    # '[' and ']').
    stuff = pat[start:end]
    if '-' not in stuff:
        stuff = stuff.replace('\\', r'\\')
    else:
        # Split at the hyphens that make ranges ('a-z'), keeping each
        # range's ends in neighbouring chunks; a hyphen first (after '!')
        # or last is a literal one.
        chunks = []
        k = start + 2 if pat[start] == '!' else start + 1
        while True:
            k = pat.find('-', k, end)
            if k < 0:
                break
            chunks.append(pat[start:k])
            start = k + 1
            k += 3
        last = pat[start:end]
        if last:
            chunks.append(last)
        else:
            chunks[-1] += '-'
        # A range whose start is after its end ('z-a') matches nothing, and
        # re rejects it: drop it, joining what surrounds it.
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
        # Backslashes and the hyphens that are not ranges are escaped, so
        # that re sees no escape sequence and no set difference ('--').
        stuff = '-'.join(s.replace('\\', r'\\').replace('-', r'\-')
                         for s in chunks)
    # re may one day read '&&', '~~' and '||' in a set as set operations.
    stuff = re.sub(r'([&~|])', r'\\\1', stuff)
    if not stuff:
        return '(?!)'           # an empty set never matches
    if stuff == '!':
        return '.'              # a negated empty set matches anything
    if stuff[0] == '!':
        stuff = '^' + stuff[1:]
    elif stuff[0] in ('^', '['):
        stuff = '\\' + stuff
    return f'[{stuff}]'


def _join_pieces(pieces):
    # Second pass: the pieces joined into one expression.  A star followed
    # by fixed text, with another star after it, is '(?>.*?fixed)': the
    # shortest run that reaches the text, in an atomic group so that a
    # failing match does not backtrack into it (which made patterns like
    # '*a*a*a*' take exponential time).  A final star is '.*', the text
    # after the last star plain.
    out = []
    i, n = 0, len(pieces)
    while i < n and pieces[i] is not _STAR:
        out.append(pieces[i])
        i += 1
    while i < n:
        # pieces[i] is a star.
        i += 1
        if i == n:
            out.append('.*')
            break
        fixed = []
        while i < n and pieces[i] is not _STAR:
            fixed.append(pieces[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            out.append('.*')
            out.append(fixed)
        else:
            out.append(f'(?>.*?{fixed})')
    return ''.join(out)
