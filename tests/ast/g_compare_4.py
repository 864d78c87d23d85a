# Identity versus equality
a = [1, 2, 3]
b = a
c = list(a)
print(a == c, a is c, a is b, a is not c)

def check(value):
    if value is None:
        return "none"
    if value is True or value is False:
        return "bool"
    if type(value) is int and value not in (0, 1):
        return "int"
    return "other"

print(check(None), check(True), check(7), check("s"))
