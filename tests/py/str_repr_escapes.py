# repr of strings: quote choice and escapes.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline",
           "back\\slash", "\r\x00\x07\x1b\x7f", "é ß 日本", "\u200b zero width", "\x80\x9f\xa0\xad",
           "\ud800", "😀", "\U0001f600\U000e0001", "", "'", '"', "\\'"]
for s in samples:
    print(repr(s), len(s))
print(str("x"), repr("x"), str(repr("x")), repr(repr("x")))
print(["a", 'b"', "c'"], ("d",), {"k": "v'"})
print(repr("\N{LATIN SMALL LETTER E WITH ACUTE}"), "\x41\101\u0041")
print(r"raw\n\t", repr(r"raw\n"), b"bytes'", repr(b'q"'))
