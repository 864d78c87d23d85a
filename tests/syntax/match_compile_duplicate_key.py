match request:
    case {"method": "GET", "path": p, "method": m}:
        pass
