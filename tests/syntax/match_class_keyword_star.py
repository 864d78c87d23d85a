d = {}
match d:
    case C(a=*b):
        pass
