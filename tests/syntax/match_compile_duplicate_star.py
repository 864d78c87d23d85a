match items:
    case [first, *first]:
        pass
