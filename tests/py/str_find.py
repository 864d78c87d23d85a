# find, rfind, index, rindex, count, with start and end arguments.
s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.find("xyz"), s.find(""))
print(s.rfind("hello"), s.rfind("o"), s.rfind("o", 0, 10), s.rfind(""))
print(s.index("world"), s.rindex("l"), s.count("l"), s.count("hello"), s.count(""))
print(s.find("o", -5), s.find("o", 5, 6), s.find("", 100), s.find("", 25))
print(s.count("l", 0, 5), s.count("ll"), "aaaa".count("aa"), "".count(""))
print("abc".find("c", -1), "abc".find("a", -100), "abc".rfind("", 1, 2))
for m, args in (("index", ("zzz",)), ("rindex", ("q",)), ("index", ("h", 1, 3))):
    try:
        getattr(s, m)(*args)
    except ValueError as e:
        print(m, type(e).__name__, e)
print("héllo".find("l"), "日本語テキスト".find("テ"), "日本語".index("語"))
print("a" in s, "hello" in s, "" in s, "Hello" not in s)
