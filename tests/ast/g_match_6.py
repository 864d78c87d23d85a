# Sequence patterns in every shape: brackets, parentheses, open sequences
def shape(seq):
    match seq:
        case ():
            return "empty tuple pattern"
        case (a,):
            return "one item"
        case [a]:
            return "one item in brackets"
        case [a,]:
            return "one item, trailing comma"
        case (a, b):
            return "two items"
        case a, b, c:
            return "three, no brackets"
        case first, *middle, last:
            return "first and last"
        case *init, 0,:
            return "ends with zero"
        case [*_, 1] | (1, *_):
            return "a one at an end"
        case [[a, b], (c, d), [*e]]:
            return "nested"
        case [1, 2, *_,]:
            return "starts with 1, 2"
        case x,:
            return "trailing comma, no brackets"

print(shape([1, 2, 3]))
