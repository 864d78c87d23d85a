point = (1, 2)
match point:
    case (x, y) as _:
        print(x, y)
