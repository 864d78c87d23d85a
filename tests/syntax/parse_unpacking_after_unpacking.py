d = {}
l = []
print(**d, *l)
