s = "  Hello  "
t = s.strip().lower().replace("h", "j")
u = ", ".join(["a", "b"])
v = "%s-%d" % (a, b)
w = "{} {}".format(1, 2)
print(t, u, v, w)
