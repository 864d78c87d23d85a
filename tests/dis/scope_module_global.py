x = 1
def f():
    global x
    x = 2
x = 3
print(x)
