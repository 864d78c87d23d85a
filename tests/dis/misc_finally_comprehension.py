def f(xs):
    try:
        g()
    finally:
        fds = [h(x) for x in xs]
        print(fds)
nan1 = 1e300 * 1e300 * 0
nan2 = -1e300 * 1e300 * 0
pair = (nan1, 1e300 * 1e300 * 0)
