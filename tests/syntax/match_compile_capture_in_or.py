match value:
    case 1 | rest:
        pass
    case 2:
        pass
