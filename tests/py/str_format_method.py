# str.format with positional, numbered, keyword, index and attribute fields.
print("{} + {} = {}".format(1, 2, 3))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[0]} {0[1]} {1[key]}".format([10, 20], {"key": "v"}))
print("{z.real} {z.imag}".format(z=3 + 4j))
print("{{literal}} {}".format("x"), "{{}}".format())
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"))
print("{0!r} {0!s} {0!a}".format("é"))
print("{:{width}.{prec}f}".format(3.14159, width=10, prec=2))
print("{0:{1}}|".format("x", 5))
args = ("a", "b")
kw = {"k": "v"}
print("{0}{1}{k}".format(*args, **kw))
print("{[1]}".format("xyz"), "{.__name__}".format(int))
for bad in ("{", "}", "{0} {}", "{x}", "{1}", "{:d}"):
    try:
        print(bad.format("s"))
    except (ValueError, KeyError, IndexError) as e:
        print(repr(bad), type(e).__name__, e)
