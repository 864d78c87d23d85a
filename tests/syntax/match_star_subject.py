items = [1]
match *items:
    case [1]:
        pass
