# del of empty target lists and targets reached through calls
cache = {"users": {"ann": 1, "bob": 2}, "pages": [1, 2, 3]}


def section(name):
    return cache[name]


del section("users")["ann"]
del section("pages")[0:1]
del ()
del []
del (cache["pages"]),
value = 1
del ((value))
print(cache)
