for i in x:
    try:
        if i:
            break
        continue
    finally:
        print('f')
def f():
    for i in x:
        try:
            return i
        finally:
            print(i)
def g():
    with a:
        return 1
def h():
    with a:
        for i in x:
            break
