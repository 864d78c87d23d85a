match shape:
    case [x, y] | [y, z]:
        pass
