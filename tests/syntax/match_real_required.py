z = 1
match z:
    case 1j + 2j:
        pass
