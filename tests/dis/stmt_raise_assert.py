def f(x):
    assert x
    assert x, 'message'
    assert x > 0, f'bad {x}'
    if x:
        raise ValueError('bad')
    raise
def g():
    try:
        pass
    except E as e:
        raise RuntimeError('x') from e
