point = (1, 2)
match point:
    case (x, y) as (p):
        print(p)
