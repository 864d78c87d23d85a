# Patterns: get with default, setdefault for lists, counting with dict.get.
inventory = {"apples": 3}
print(inventory.get("apples", 0), inventory.get("pears", 0), inventory)
inventory["pears"] = inventory.get("pears", 0) + 5
print(inventory)
index = {}
for i, w in enumerate("one two one three two one".split()):
    index.setdefault(w, []).append(i)
print(index)
freq = {}
for ch in "hello world":
    if ch != " ":
        freq[ch] = freq.get(ch, 0) + 1
print(freq)
top = sorted(freq, key=lambda c: (-freq[c], c))[:3]
print(top)
print({}.get("x"), {}.get("x", []), {"a": None}.get("a", "dflt"))
print(dict.get(inventory, "apples"), inventory.__getitem__("pears"))
print(inventory.__contains__("apples"), inventory.__len__())
