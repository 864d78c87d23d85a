def f():
    try:
        try:
            a()
        except E:
            b()
        finally:
            c()
    except:
        raise
    finally:
        d()
