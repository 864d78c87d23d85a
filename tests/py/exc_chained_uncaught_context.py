# An uncaught exception raised inside an except block: "During handling..." and the last line.
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        return undefined_fallback

print(lookup({"a": 1}, "a"))
print(lookup({"a": 1}, "b"))
print("not reached")
