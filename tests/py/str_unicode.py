# Non-ASCII text: lengths, indexing, slicing and case of multi-byte characters.
s = "héllo wörld ß 日本語 😀!"
print(len(s), s[1], s[7], s[12], s[14:17], s[-2], s[-1])
print(s[::-1])
print(s.upper())
print("é".upper(), "É".lower(), "ß".upper(), "ﬃ".upper(), "ŉ".upper())
print(len("ß".upper()), len("ﬃ".upper()))
print([c for c in "añ😀"])
print(ord("é"), ord("日"), ord("😀"), chr(233), chr(26085), chr(128512))
print("日本" + "語", "語" * 3, "本" in "日本語")
print(sorted("ébaç"), "é" > "z", "a" < "é")
print(len("e\u0301"), "e\u0301" == "é", repr("e\u0301"))
print("ǆ".title(), "ǆ".upper(), "Ǆ".lower())
print("Ωmega".lower(), "ΣΊΣΥΦΟΣ".lower())
