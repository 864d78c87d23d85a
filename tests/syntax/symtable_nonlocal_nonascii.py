def f():
    x = 'é'; nonlocal y
