match value:
    case (x as y):
        pass
    case 0:
        pass
