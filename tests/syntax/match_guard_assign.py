x = [1]
match x:
    case [1] if x = 1:
        pass
