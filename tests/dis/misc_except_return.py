def f():
    try:
        return g()
    except E as e:
        return e
    except:
        return None
def h():
    try:
        pass
    except E as e:
        for i in x:
            break
