point = (1, 2)
match point:
    case (x, y) as [a, b]:
        print(x, y)
