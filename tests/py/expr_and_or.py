# and/or return one of their operands; short-circuiting skips the right side.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", [] and "x", None or 0, 0 or None)
print("a" and "b" and "c", "a" and "" and "c", "" or [] or {} or 0, 0 or "" or "last")
print(not "", not "x", not [], not None, not 0.0, not 0j)
calls = []
def t(x):
    calls.append(x)
    return x
r = t(0) and t(1)
print(r, calls)
calls.clear()
r = t(1) or t(2)
print(r, calls)
calls.clear()
r = t(0) or t("") or t("z") or t("never")
print(r, calls)
name = ""
print(name or "anonymous", (name and name.upper()) or "none")
d = {}
print(d.get("k") or "fallback", d and d["k"])
x = None
print(x is None or x > 0, x is not None and x > 0)
print(True + (False or 2), (1 and 0) + 5)
