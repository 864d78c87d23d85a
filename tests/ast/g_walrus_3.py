# The walrus operator in call arguments, subscripts and displays
def show(*args, **kwargs):
    print(args, kwargs)


show(x := 10, x + 1)
show(y := "why", key=y)
items = [0, 1, 2, 3]
print(items[i := 2], i)
print(items[(j := 1):j + 2])
point = [a := 1, b := 2]
bag = {c := 3, c + 1}
print(point, bag, a, b)
print(len(s := "walrus"), s)
print((z := 5), (w := z * 2), z + w)
