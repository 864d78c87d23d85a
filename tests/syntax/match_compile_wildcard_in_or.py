match value:
    case (_ | 0):
        pass
