# A bytes-like subject (bytearray, memoryview) gives bytes pieces, as
# CPython's getslice makes them; the match keeps the subject itself.
import re

for subject in (bytearray(b"abcab"), memoryview(b"abcab"), b"abcab"):
    m = re.search(b"(a)(b)?", subject)
    print(type(subject).__name__, m.group(), m.groups(), m.group(1, 2), type(m.string).__name__)
    print(re.findall(b"a(b)", subject), re.findall(b"ab", subject))
    print(re.split(b"(b)", subject), re.split(b"c", subject))
    print(re.sub(b"a", b"x", subject), re.subn(b"b", lambda m: m.group() * 2, subject))
    print([m.group() for m in re.finditer(b".", subject)][:3])
    print(re.fullmatch(b"abcab", subject).group(0), m.groupdict(), m.span(2))
