match command:
    case [a, b, a]:
        pass
