z = 1
match z:
    case 1j + z:
        pass
