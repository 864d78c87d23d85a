match table:
    case {1: a, 2: b, 1.0: c}:
        pass
