match value:
    case [*head, middle, *tail]:
        pass
