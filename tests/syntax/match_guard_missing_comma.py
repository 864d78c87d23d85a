d = {}
match d:
    case x if (y z):
        pass
