def f():
    return 1
    print('dead')
def g():
    raise E
    x = 1
def h():
    while True:
        pass
    print('never')
