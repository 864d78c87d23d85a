# Text files in other encodings: Latin-1, ASCII, UTF-16 and UTF-32 with their byte order marks, error handlers.
import os
name = "file_codecs.tmp"
for enc in ["latin-1", "ascii", "utf-16", "utf-16-le", "utf-32", "utf-8"]:
    with open(name, "w", encoding=enc, errors="replace") as f:
        print(enc, f.encoding, f.errors, f.write("caf\u00e9 \u263a\n"), f.write("end"))
    with open(name, "rb") as f:
        raw = f.read()
    with open(name, encoding=enc) as f:
        print(raw, repr(f.read()))
with open(name, "w", encoding="utf-16") as f:
    f.write("ab")
with open(name, "a", encoding="utf-16") as f:
    f.write("cd")
with open(name, "rb") as f:
    print(f.read())
with open(name, "wb") as f:
    f.write(b"ok \xff\xfe bytes\n")
for errors in ["strict", "replace", "ignore", "surrogateescape", "backslashreplace"]:
    try:
        with open(name, encoding="utf-8", errors=errors) as f:
            print(errors, ascii(f.read()))
    except UnicodeDecodeError as e:
        print(errors, type(e).__name__, e)
with open(name, "w", encoding="ascii", errors="xmlcharrefreplace") as f:
    f.write("na\u00efve \u2603")
with open(name, "rb") as f:
    print(f.read())
for bad in ["no-such-codec", "hex"]:
    try:
        open(name, encoding=bad)
    except LookupError as e:
        print(type(e).__name__, e)
with open(name, encoding="latin-1") as f:
    print(f, f.readline(4), f.tell())
os.remove(name)
