match point:
    case [x, ([x] | (x, 0))]:
        pass
