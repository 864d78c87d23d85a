d = {}
match d:
    case {x: 1}:
        pass
