z = 1
match z:
    case -z:
        pass
