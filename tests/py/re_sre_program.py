# re: a compiled pattern keeps one program that every match reads in
# place: patterns used thousands of times, several iterators over one
# pattern at once, long programs (many alternatives, many groups, deep
# nesting of lookarounds and loops), str and bytes, and every call
# (match, fullmatch, search, finditer, findall, sub, subn, split).
import copy
import re

# One pattern, used many times: the results never drift.
word = re.compile(r"(\w)(\w*)")
text = "alpha beta  gamma, delta; épsilon ζeta 42"
first = [m.span() for m in word.finditer(text)]
for i in range(2000):
    spans = [m.span() for m in word.finditer(text)]
    if spans != first:
        print("drift at", i, spans)
        break
print(first)
print(word.sub(lambda m: m.group(1).upper() + m.group(2), text))
print(word.subn(r"<\2\1>", text))
print(word.split(text))
print(word.findall(text))
print(word.match(text).groups(), word.fullmatch("abc").groups(), word.search("  x").span())

# Two iterators over the same pattern, interleaved.
pairs = re.compile(r"(\d)(\d)?")
a = pairs.finditer("1234567")
b = pairs.finditer("98 76 5")
print([(x.group(), y.group()) for x, y in zip(a, b)])

# Many patterns alive at once, each with its own program.
pats = [re.compile("x{%d}(y|z)" % n) for n in range(1, 40)]
s = "x" * 25 + "z"
print([p.search(s).span() for p in pats if p.search(s)])
print(sum(1 for p in pats for _ in p.finditer(s * 3)))

# A long program: a thousand alternatives.
names = re.compile("|".join("name%d" % i for i in range(1000)))
print(names.fullmatch("name999").group(), names.findall("name5 name50 name500 name5000"))
for i in range(300):
    m = names.fullmatch("name%d" % (i * 7 % 1000))
print(m.group())

# Many groups: lastindex and every mark come back.
many = re.compile("".join("(%s)" % chr(97 + i % 26) for i in range(120)))
m = many.match("".join(chr(97 + i % 26) for i in range(120)))
print(m.lastindex, m.span(120), m.group(57, 58, 120))

# Deep nesting: lookaheads inside lookaheads, atomic groups, nested loops.
deep = re.compile("(?=" * 40 + "a" + ")" * 40 + "ab")
print(deep.findall("ab aab b"))
atomic = re.compile("(?>" * 30 + "a+" + ")" * 30 + "b")
print(atomic.search("aaab").span(), atomic.search("aaa"))
loops = re.compile("((?:(?:ab)+c)*d){2,3}")
print(loops.match("abcababcddababcdd").groups(), loops.fullmatch("ddd").span())
look = re.compile(r"(?<=(a))(?<!b)(?=(\w+))(?!\d)")
print([m.groups() for m in look.finditer("aa1 ab ax")])

# Conditionals and back references, repeated.
cond = re.compile(r"(<)?(\w+)(?(1)>|$)")
for s in ["<a>", "a", "<a", "a>", "<ab>c"]:
    m = cond.search(s)
    print(repr(s), m and m.group())
ref = re.compile(r"(?i)(\w)\1+")
print([m.group() for m in ref.finditer("aAbbBc ddD eE")])

# bytes patterns, and bytearray subjects (whose bytes the engine reads
# where the bytearray keeps them).
bp = re.compile(rb"[\x00-\x1f]+|\xff+")
print(bp.split(b"ab\x00\x01cd\xff\xffe"), bp.sub(b"-", bytearray(b"\x05z\xff")))
ba = bytearray(b"abc \x00\x01 defgh \xff" * 3)
print([m.span() for m in bp.finditer(ba)], bp.sub(b"|", ba), re.match(rb"(a)(b)", ba).regs)

# pos and endpos, empty matches and must-advance in sub and split.
empty = re.compile(r"x*")
print(empty.sub("-", "abxd"), empty.split("axbc"), [m.span() for m in empty.finditer("xax", 1, 3)])
print(word.search(text, 6, 10).group(), word.match(text, 100), word.fullmatch(text, 0, 5).group())

# A pattern copied or deep-copied is the same pattern.
c = copy.copy(word)
d = copy.deepcopy(word)
print(c is word, d is word, c.findall("ab cd"), d.pattern == word.pattern)

# Recompiled after the cache is cleared: the same answers.
before = re.findall(r"(a|b)+c", "abc bac cab")
re.purge()
print(before, re.findall(r"(a|b)+c", "abc bac cab"))
