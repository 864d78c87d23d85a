for len(x) in range(3):
    pass
