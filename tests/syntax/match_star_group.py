items = [1]
match items:
    case (*rest):
        pass
