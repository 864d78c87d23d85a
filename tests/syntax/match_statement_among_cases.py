d = {}
match d:
    case 1:
        pass
    x = 1
