d = {}
match d:
    case _.attr:
        pass
