d = {}
match d:
    case {**_}:
        pass
