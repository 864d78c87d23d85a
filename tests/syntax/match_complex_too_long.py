z = 1
match z:
    case 1 + 2j + 3j:
        pass
