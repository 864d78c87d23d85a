match value:
    case int(__debug__=True):
        pass
