d = {}
match d:
    case _(x):
        pass
