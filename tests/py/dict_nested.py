# Nested dicts, defaults with setdefault, counting and grouping.
data = {"ann": {"age": 30, "langs": ["py", "c"]}, "bob": {"age": 25, "langs": []}}
print(data["ann"]["langs"][1], data["bob"]["age"])
data["bob"]["langs"].append("go")
data.setdefault("cid", {})["age"] = 40
print(data)
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(counts, key=counts.get))
matrix = {(r, c): r * 3 + c for r in range(2) for c in range(3)}
print(matrix[(1, 2)], len(matrix))
