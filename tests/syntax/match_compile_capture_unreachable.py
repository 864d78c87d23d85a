def f(value):
    match value:
        case other:
            return other
        case 1:
            return 1
