# Wrong argument types and counts for str methods: the TypeError messages.
tests = [lambda: "a".upper(1), lambda: "a".split(",", "2"), lambda: "a".join("b", "c"),
         lambda: "a".find(), lambda: "a".find(1), lambda: "a".count(None),
         lambda: "a".center(), lambda: "a".zfill("3"), lambda: "a".replace("a"),
         lambda: "a".startswith(), lambda: "a".encode(1), lambda: "a".strip("a", "b"),
         lambda: str.upper(5), lambda: "a".nosuch(), lambda: "a".expandtabs("4")]
for t in tests:
    try:
        t()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
