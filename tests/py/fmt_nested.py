# Nested replacement fields in format specs, and nested quotes.
width, prec = 12, 3
v = 3.14159265
print(f"[{v:{width}.{prec}f}]", f"[{v:<{width}}]", f"[{v:{'>'}{width}.{prec + 1}}]")
spec = ".2e"
print(f"{v:{spec}}", "{:{}}".format(v, spec), "{0:{1}.{2}f}".format(v, 8, 1))
for w in (5, 7):
    print(f"{'x':-^{w}}|{w:0{w}d}")
d = {"a": 1, "b": 2}
print(f"{d['a']} {d['b']:>3}")
print(f"{'nested' + '!':*^{width}}")
print(f"{[i * i for i in range(4)]}", f"{ {1: 2} }")
print(f"{f'{v:.1f}':>8}|")
print(f"{'a' if v > 3 else 'b'}")
print(f"{{}} {{{v:.0f}}} }}{{")
