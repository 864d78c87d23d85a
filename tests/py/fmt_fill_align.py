# f-string fill and alignment for strings and numbers.
s = "abc"
print(f"[{s:10}] [{s:<10}] [{s:>10}] [{s:^10}]")
print(f"[{s:*<10}] [{s:*>10}] [{s:*^10}] [{s:*^9}]")
print(f"[{42:10}] [{42:<10}] [{42:^10}] [{42:>10}]")
print(f"[{-42:=10}] [{-42:0=10}] [{42:#=+10}] [{3.5:=+8}]")
print(f"[{'é':-^7}] [{'日本':.>6}] [{s:2}] [{s:0}]")
print(f"[{'x':{'>'}{5}}] [{s:{'^'}9}]")
print(f"[{True:>6}] [{None!s:>6}] [{[1, 2]!s:^10}]")
print(f"[{'left':<{8}}]")
for w in range(3, 7):
    print(f"|{'ab':^{w}}|")
print(f"[{'{':>3}] [{'}':<3}]")
