def f(**kw=None):
    pass
