# Non-ASCII text in files: explicit UTF-8, byte lengths on disk, other encodings.
import os
name = "file_encoding.tmp"
text = "héllo wörld — 日本語 😀\n"
with open(name, "w", encoding="utf-8") as f:
    print(f.write(text), f.encoding)
print(os.path.getsize(name), len(text), len(text.encode("utf-8")))
with open(name, encoding="utf-8") as f:
    back = f.read()
print(back == text, back.strip())
with open(name, "rb") as f:
    raw = f.read()
print(raw[:8], raw.decode("utf-8") == text)
with open(name, "w", encoding="latin-1") as f:
    f.write("café")
with open(name, "rb") as f:
    print(f.read())
with open(name, encoding="latin-1") as f:
    print(f.read())
try:
    with open(name, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    with open(name, "w", encoding="ascii") as f:
        f.write("naïve")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
os.remove(name)
