d = {}
print(**d, "x")
