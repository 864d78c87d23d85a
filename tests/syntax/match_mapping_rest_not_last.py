d = {}
match d:
    case {1: _, **rest, 2: x}:
        pass
