def f():
    try:
        g()
    except Exception as err:
        print(err)
    print('after')
