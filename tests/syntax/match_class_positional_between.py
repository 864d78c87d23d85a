class Point:
    pass

match Point():
    case Point(0, x=1, y, z=2, w):
        pass
