match value:
    case _:
        pass
    case 0:
        pass
