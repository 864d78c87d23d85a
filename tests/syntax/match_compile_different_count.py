match shape:
    case {"x": x} | {"y": _}:
        pass
