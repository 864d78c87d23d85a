# A small file-processing task: write CSV-like lines, parse them, summarise.
import os
name = "file_lines_processing.tmp"
rows = [("apple", 3, 0.5), ("pear", 1, 0.75), ("plum", 12, 0.2)]
with open(name, "w") as f:
    f.write("name,qty,price\n")
    for r in rows:
        f.write(",".join(str(v) for v in r) + "\n")
total = 0.0
with open(name) as f:
    header = f.readline().strip().split(",")
    print(header)
    for line in f:
        fields = line.rstrip("\n").split(",")
        rec = dict(zip(header, fields))
        cost = int(rec["qty"]) * float(rec["price"])
        total += cost
        print(f"{rec['name']:<6} {cost:6.2f}")
print(f"total {total:.2f}")
with open(name) as f:
    longest = max(f, key=len)
print(repr(longest))
with open(name) as f:
    print(sum(1 for _ in f), "lines")
os.remove(name)
print(os.path.exists(name))
